/**
 * Message lookup shared by every area's catalog. Each area (board, seat,
 * chair) gets a `t` over the common messages and its own, so a page loads
 * only the words it shows: phones on conference Wi-Fi do not download the
 * chair console's catalog. Another language is a catalog with the same keys.
 */
export type Params = Readonly<Record<string, string | number>>;

let language = 'en';

/** Choose the language by tag (e.g. 'es-MX'); a missing catalog falls back to English. */
export function setLanguage(tag: string): void {
  language = tag.split('-')[0] ?? 'en';
}

/** A `t` over catalogs by language (English required) for one area. */
export function translator<K extends string>(
  catalogs: { readonly en: Readonly<Record<K, string>> } & Readonly<
    Record<string, Readonly<Record<K, string>>>
  >,
): (key: K, params?: Params) => string {
  return (key, params = {}) => {
    const catalog = catalogs[language] ?? catalogs.en;
    return catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
