/**
 * Who may abstain: a member that answered "present and voting" may not abstain
 * on a substantive vote (procedure.md §2); on procedural votes the profile decides.
 */
import { refuse, type Refusal } from '../core/decision.ts';
import { nameOf } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';
import type { OpenVote } from './votes.ts';

/** Why this member may not abstain on this vote, or null if it may. */
export const abstentionRefusal = (
  state: CommitteeState,
  vote: OpenVote,
  delegation: string,
): Refusal | null => {
  const member = vote.members.find((candidate) => candidate.code === delegation);
  if (vote.kind === 'substantive' && member?.presentAndVoting) {
    return refuse(
      'out_of_order',
      `${nameOf(state, delegation)} answered "present and voting" and may not abstain`,
    );
  }
  if (vote.kind === 'procedural' && !state.rules.proceduralAbstentionsAllowed) {
    return refuse('out_of_order', 'abstentions are not allowed on procedural votes');
  }
  return null;
};
