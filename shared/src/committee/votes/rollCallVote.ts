/**
 * Roll-call votes: members present are called in English alphabetical order
 * starting from one drawn by lot, wrapping round. A member may pass once and
 * is recalled after the first round, when only yes or no will do. "Yes/no with
 * rights" earns an explanation of vote after the result.
 */
import type { DecisionContext } from '../../actor.ts';
import { abstentionRefusal } from './ballot.ts';
import { accept, refuse, type Decision } from '../core/decision.ts';
import { inEnglishOrder } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';
import {
  calledMember,
  inRecallRound,
  type OpenVote,
  type RollCall,
  type VoteAnswer,
  type VoteMember,
} from './votes.ts';

/** The roll call for these members: alphabetical from the member drawn by lot (draw in [0, 1)). */
export const drawRollCall = (members: readonly VoteMember[], draw: number): RollCall | null => {
  const called = inEnglishOrder(members.filter((member) => member.present)).map(
    (member) => member.code,
  );
  // Clamp so a draw of exactly 1 (or a stray value) still names a member.
  const startIndex = Math.min(called.length - 1, Math.max(0, Math.floor(draw * called.length)));
  const start = called[startIndex];
  if (start === undefined) return null;
  return {
    start,
    order: [...called.slice(startIndex), ...called.slice(0, startIndex)],
    next: 0,
    recall: [],
    recallNext: 0,
  };
};

/** A member's answer when called in a roll call (or the chair entering it). */
export const answerRollCall = (
  state: CommitteeState,
  vote: OpenVote,
  rollCall: RollCall,
  delegation: string,
  answer: VoteAnswer,
  by: 'seat' | 'chair',
  ctx: DecisionContext,
): Decision => {
  const called = calledMember(rollCall);
  if (called === null)
    return refuse('out_of_order', 'every member has answered: the chair may close the vote');
  if (called !== delegation)
    return refuse('out_of_order', `${called} is being called, not ${delegation}`);
  const recalled = inRecallRound(rollCall);
  if (recalled && answer !== 'yes' && answer !== 'no') {
    return refuse('out_of_order', 'a member recalled after passing votes yes or no');
  }
  if (answer === 'pass')
    return accept({ type: 'rollCall.passed', at: ctx.now, voteId: vote.id, delegation });
  if (answer === 'abstain') {
    const refusal = abstentionRefusal(state, vote, delegation);
    if (refusal) return refusal;
  }
  const choice = answer === 'yesWithRights' ? 'yes' : answer === 'noWithRights' ? 'no' : answer;
  return accept({
    type: 'vote.recorded',
    at: ctx.now,
    voteId: vote.id,
    delegation,
    choice,
    withRights: answer === 'yesWithRights' || answer === 'noWithRights',
    by,
  });
};

/** The roll call after the called member answered (recorded or passed). */
export const advanceRollCall = (rollCall: RollCall, passed: string | null): RollCall =>
  inRecallRound(rollCall)
    ? { ...rollCall, recallNext: rollCall.recallNext + 1 }
    : {
        ...rollCall,
        next: rollCall.next + 1,
        recall: passed === null ? rollCall.recall : [...rollCall.recall, passed],
      };
