/**
 * "Would the rules refuse this, and why": a control runs the command it would
 * send through the shared, pure `decideParsed` on the state this screen holds.
 * The server decides again on its own copy, but the buttons never offer what
 * the rules would refuse, and never disagree with them about why.
 */
import { decideParsed, type Actor, type Command, type CommitteeState } from '@placard/shared';

/** Why the rules refuse a command: the error's code (e.g. `invalid` for words that do not read) and reason. */
export interface Refused {
  readonly code: string;
  readonly message: string;
}

/** Null when `actor` may send `command` now, else the rules' error. */
export function refused(
  state: CommitteeState,
  actor: Actor,
  command: Command,
  now: number,
): Refused | null {
  // The draw (a roll call's first member) changes what is decided, never whether.
  const decision = decideParsed(state, command, { actor, now, draw: 0 });
  return decision.ok ? null : decision.error;
}

/** Null when `actor` may send `command` now, else the rules' reason in their words. */
export const refusal = (
  state: CommitteeState,
  actor: Actor,
  command: Command,
  now: number,
): string | null => refused(state, actor, command, now)?.message ?? null;
