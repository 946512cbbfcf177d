/**
 * What this seat may do now, asked of the rules engine itself: each control
 * runs the command it would send through the shared, pure `decideParsed` on the
 * state the phone holds. The server decides again on its own copy, but the
 * buttons never offer what the rules would refuse, and never disagree with
 * them about why.
 */
import {
  decideParsed,
  type Command,
  type CommitteeState,
  type OpenVote,
  type VoteAnswer,
} from '@placard/shared';

/** Why the rules refuse a command: the error's code (e.g. `invalid` for words that do not read) and reason. */
export interface Refused {
  readonly code: string;
  readonly message: string;
}

/** Null when the seat may send `command` now, else the rules' error. */
export function refused(
  state: CommitteeState,
  seat: string,
  command: Command,
  now: number,
): Refused | null {
  const decision = decideParsed(state, command, { actor: { role: 'seat', seat }, now, draw: 0 });
  return decision.ok ? null : decision.error;
}

/** Null when the seat may send `command` now, else the rules' reason in plain words. */
export function refusal(
  state: CommitteeState,
  seat: string,
  command: Command,
  now: number,
): string | null {
  return refused(state, seat, command, now)?.message ?? null;
}

/** Every answer a seat can give, in the order the buttons show them. */
export const answerOrder: readonly VoteAnswer[] = [
  'yes',
  'no',
  'abstain',
  'pass',
  'yesWithRights',
  'noWithRights',
];

/** The answers this seat may give in this vote now (empty when it is not its turn or it voted). */
export function allowedAnswers(
  state: CommitteeState,
  seat: string,
  vote: OpenVote,
  now: number,
): readonly VoteAnswer[] {
  return answerOrder.filter(
    (choice) =>
      refusal(state, seat, { type: 'vote.cast', payload: { voteId: vote.id, choice } }, now) ===
      null,
  );
}

/** Why this seat cannot vote now (e.g. another member is being called), or null. */
export function voteRefusal(
  state: CommitteeState,
  seat: string,
  vote: OpenVote,
  now: number,
): string | null {
  return refusal(
    state,
    seat,
    { type: 'vote.cast', payload: { voteId: vote.id, choice: 'yes' } },
    now,
  );
}
