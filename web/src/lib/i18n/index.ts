/**
 * The one message catalog for every screen. English is complete; another
 * language is a catalog with the same keys (the type makes a missing key an
 * error), so Spanish and French can follow without touching components.
 * Each area keeps its messages in its own file under `en/`.
 */
import { board } from './en/board.ts';
import { chair } from './en/chair.ts';
import { common } from './en/common.ts';
import { seat } from './en/seat.ts';

const en = { ...common, ...chair, ...seat, ...board } as const;

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;

const catalogs: Readonly<Record<string, Catalog>> = { en };
let active: Catalog = en;

/** Choose the catalog by language tag; unknown languages fall back to English. */
export function setLanguage(tag: string): void {
  active = catalogs[tag.split('-')[0] ?? 'en'] ?? en;
}

/** The message for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return active[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
