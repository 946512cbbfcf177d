/**
 * Who issues a command. The server resolves it at the socket handshake and it
 * never comes from the payload: a delegate can only act for its own seat.
 * `system` is the server itself (timer expiry), never a connection.
 */
export type Actor =
  | { readonly role: 'chair' }
  | { readonly role: 'seat'; readonly seat: string }
  | { readonly role: 'observer' }
  | { readonly role: 'system' };

/** What `decide` needs from the outside world: no clock, no randomness inside shared/. */
export interface DecisionContext {
  readonly actor: Actor;
  /** Server time in epoch milliseconds when the command is decided. */
  readonly now: number;
  /** A uniform draw in [0, 1) supplied by the caller (e.g. the roll call's starting member). */
  readonly draw: number;
}

/** A rejected command: a stable code for programs and a sentence for people. */
export interface DomainError {
  readonly code: DomainErrorCode;
  readonly message: string;
}

export type DomainErrorCode =
  /** the actor's role may not issue this command */
  | 'forbidden'
  /** the payload does not match the command's schema */
  | 'invalid'
  /** the command is well formed but not allowed now (wrong floor, closed list, …) */
  | 'out_of_order'
  /** it names something that does not exist (delegation, motion, vote) */
  | 'not_found'
  /** it would repeat what already holds (already on the list, already voted) */
  | 'conflict';

export const domainError = (code: DomainErrorCode, message: string): DomainError => ({
  code,
  message,
});
