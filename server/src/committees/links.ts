/**
 * The links people open. Secrets ride in the URL fragment (`#key=…`), which browsers
 * never send to the server, so they cannot end up in access logs or proxies.
 */

/** The public live board of a committee. */
export function boardLink(baseUrl: string, committeeId: string): string {
  return `${baseUrl}/board/${committeeId}`;
}

/** The chair console, carrying the chair key. */
export function chairLink(baseUrl: string, committeeId: string, chairKey: string): string {
  return `${baseUrl}/chair/${committeeId}#key=${chairKey}`;
}

/** A delegation's seat, carrying its seat token. */
export function seatLink(baseUrl: string, committeeId: string, seatToken: string): string {
  return `${baseUrl}/seat/${committeeId}#token=${seatToken}`;
}
