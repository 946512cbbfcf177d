/**
 * The committee and delegation this phone last sat as, so the installed app
 * (which starts at /seat) reopens the seat without the link, and the briefing
 * can show the delegation's position while the phone is offline.
 */
const lastKey = 'placard:lastSeat';
const seatKey = (committee: string): string => `placard:${committee}:seatCode`;

export function rememberLastSeat(committee: string, seat: string): void {
  localStorage.setItem(lastKey, committee);
  localStorage.setItem(seatKey(committee), seat);
}

/** The committee this phone last sat in, if it still remembers a seat. */
export function lastCommittee(): string | null {
  return localStorage.getItem(lastKey);
}

/** The delegation this phone last sat as in this committee. */
export function lastSeatCode(committee: string): string | null {
  return localStorage.getItem(seatKey(committee));
}

export function forgetLastSeat(committee: string): void {
  localStorage.removeItem(lastKey);
  localStorage.removeItem(seatKey(committee));
}

/** A typed short code as the server's handshake accepts it: spaces dropped, dashes and case kept. */
export const cleanShortCode = (typed: string): string => typed.replace(/\s+/g, '');
