/**
 * Chair keys and seat tokens arrive in the link's fragment (`#key=…`,
 * `#token=…`) so they never reach a server log, and are remembered on this
 * device so a reload or a dropped connection never signs anyone out.
 */
const storageKey = (committee: string, kind: 'chair' | 'seat'): string =>
  `placard:${committee}:${kind}`;

/** Take a secret from the URL fragment (then remove it from the address bar) or from storage. */
export function rememberedSecret(committee: string, kind: 'chair' | 'seat'): string | null {
  const param = kind === 'chair' ? 'key' : 'token';
  const fragment = new URLSearchParams(location.hash.slice(1));
  const fromLink = fragment.get(param);
  if (fromLink) {
    localStorage.setItem(storageKey(committee, kind), fromLink);
    fragment.delete(param);
    const rest = fragment.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
    );
    return fromLink;
  }
  return localStorage.getItem(storageKey(committee, kind));
}

/** Remember a secret typed by hand (e.g. a seat's short code). */
export function rememberSecret(committee: string, kind: 'chair' | 'seat', secret: string): void {
  localStorage.setItem(storageKey(committee, kind), secret);
}

/** Sign out / leave the seat on this device. */
export function forgetSecret(committee: string, kind: 'chair' | 'seat'): void {
  localStorage.removeItem(storageKey(committee, kind));
}
