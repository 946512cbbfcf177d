/** The votes' part of the record: a vote's result, a roll call ordered. */
import type { EventOf } from '../committee/core/events.ts';
import type { CommitteeState } from '../committee/core/state.ts';
import type { RecordEntry } from './entries.ts';

/** The events this part records. */
export type VoteDecision = EventOf<'vote.closed' | 'vote.rollCallOrdered'>;

/** The record entry of a vote's result or of the order to vote next by roll call. */
export const projectVote = (state: CommitteeState, event: VoteDecision): RecordEntry => {
  if (event.type === 'vote.rollCallOrdered') return { kind: event.type, at: event.at };
  const vote = state.votes.find((candidate) => candidate.id === event.voteId);
  return {
    kind: event.type,
    at: event.at,
    voteId: event.voteId,
    subject: vote?.subject.title ?? '',
    tally: event.result.tally,
    outcome: event.result.outcome,
    vetoedBy: event.result.vetoedBy,
  };
};
