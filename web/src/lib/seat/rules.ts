/**
 * What this seat may do now, asked of the rules engine itself through the web
 * core's one rule check (`#lib/committee/rules.ts`), as this seat.
 */
import type { Actor, Command, CommitteeState, OpenVote, VoteAnswer } from '@placard/shared';
import { refusal } from '#lib/committee/rules.ts';

export { refused, refusal, type Refused } from '#lib/committee/rules.ts';

/** This seat, as the rules see who sends a command. */
export const asSeat = (seat: string): Actor => ({ role: 'seat', seat });

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
  return answerOrder.filter((choice) => voteRefusal(state, seat, vote, now, choice) === null);
}

/** Why this seat cannot give `choice` in this vote now (e.g. another member is being called), or null. */
export function voteRefusal(
  state: CommitteeState,
  seat: string,
  vote: OpenVote,
  now: number,
  choice: VoteAnswer = 'yes',
): string | null {
  const command: Command = { type: 'vote.cast', payload: { voteId: vote.id, choice } };
  return refusal(state, asSeat(seat), command, now);
}
