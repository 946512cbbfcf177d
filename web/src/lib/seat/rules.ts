/**
 * What this seat may do now, asked of the rules engine itself through the web
 * core's one rule check (`#lib/committee/rules.ts`), as this seat.
 */
import type { Command, CommitteeState, OpenVote, VoteAnswer } from '@placard/shared';
import { refused as refusedTo, type Refused } from '#lib/committee/rules.ts';

export type { Refused };

/** Null when the seat may send `command` now, else the rules' error. */
export const refused = (
  state: CommitteeState,
  seat: string,
  command: Command,
  now: number,
): Refused | null => refusedTo(state, { role: 'seat', seat }, command, now);

/** Null when the seat may send `command` now, else the rules' reason in plain words. */
export const refusal = (
  state: CommitteeState,
  seat: string,
  command: Command,
  now: number,
): string | null => refused(state, seat, command, now)?.message ?? null;

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
