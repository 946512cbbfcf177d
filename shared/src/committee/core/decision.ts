/**
 * The answer of `decide`: the events to append, or why the command was refused.
 * Domain refusals are values, never exceptions, so the server can remember them.
 */
import { domainError, type DomainError, type DomainErrorCode } from '../../actor.ts';
import type { DomainEvent } from './events.ts';

export type Decision =
  | { readonly ok: true; readonly events: readonly DomainEvent[] }
  | { readonly ok: false; readonly error: DomainError };

/** Refusal of a command. */
export type Refusal = Extract<Decision, { ok: false }>;

/** An accepted command and what happened. */
export const accept = (...events: DomainEvent[]): Decision => ({ ok: true, events });

/** A refused command. */
export const refuse = (code: DomainErrorCode, message: string): Refusal => ({
  ok: false,
  error: domainError(code, message),
});

/** Hands out fresh ids (`M12`, `V13`…) from the state's serial, in the order they are asked for. */
export const idSource = (serial: number): ((prefix: string) => string) => {
  let next = serial;
  return (prefix) => `${prefix}${next++}`;
};

/** The serial number inside an id made by `idSource` (0 if it has none). */
export const serialOf = (id: string): number => {
  const digits = /(\d+)$/.exec(id)?.[1];
  return digits === undefined ? 0 : Number(digits);
};
