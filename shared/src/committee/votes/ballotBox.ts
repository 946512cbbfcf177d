/**
 * Applying vote events: records come in, tallies follow them, a closed vote is
 * frozen with a record for every member, and "with rights" votes queue their
 * explanations of vote.
 */
import { serialOf } from '../core/decision.ts';
import type { VoteEvent } from '../core/events.ts';
import { unreachable } from '../core/unreachable.ts';
import { advanceRollCall } from './rollCallVote.ts';
import { nonEmptyQueue } from '../speakers/speechRecords.ts';
import type { CommitteeState } from '../core/state.ts';
import { tally, type OpenVote, type Vote, type VoteRecord } from './votes.ts';

const emptyTally = { yes: 0, no: 0, abstain: 0, absent: 0 };

const updateOpenVote = (
  state: CommitteeState,
  voteId: string,
  change: (vote: OpenVote) => Vote,
): CommitteeState => ({
  ...state,
  votes: state.votes.map((vote) =>
    vote.id === voteId && vote.status === 'open' ? change(vote) : vote,
  ),
});

/** Apply a vote event. */
export const applyVote = (state: CommitteeState, event: VoteEvent): CommitteeState => {
  switch (event.type) {
    case 'vote.opened': {
      const vote: OpenVote = {
        ...event.vote,
        question: event.vote.question ?? null,
        status: 'open',
        openedAt: event.at,
        records: [],
        tally: emptyTally,
      };
      const floor =
        state.floor.kind === 'votingProcedure' && event.vote.rollCall
          ? { ...state.floor, rollCallNext: false }
          : state.floor;
      return {
        ...state,
        floor,
        votes: [...state.votes, vote],
        motions: state.motions.map((motion) =>
          motion.id === event.vote.motionId
            ? { ...motion, status: { kind: 'voting', voteId: event.vote.id } }
            : motion,
        ),
        nextSerial: Math.max(state.nextSerial, serialOf(event.vote.id) + 1),
      };
    }
    case 'vote.recorded':
      return updateOpenVote(state, event.voteId, (vote) => {
        const recall = vote.rollCall !== null && vote.rollCall.next >= vote.rollCall.order.length;
        const record: VoteRecord = {
          delegation: event.delegation,
          choice: event.choice,
          withRights: event.withRights,
          passed: recall,
          by: event.by,
          at: event.at,
        };
        const records = vote.records.some((existing) => existing.delegation === event.delegation)
          ? vote.records.map((existing) =>
              existing.delegation === event.delegation ? record : existing,
            )
          : [...vote.records, record];
        return {
          ...vote,
          records,
          tally: tally({ records, members: vote.members }),
          rollCall: vote.rollCall ? advanceRollCall(vote.rollCall, null) : null,
        };
      });
    case 'rollCall.passed':
      return updateOpenVote(state, event.voteId, (vote) => ({
        ...vote,
        rollCall: vote.rollCall ? advanceRollCall(vote.rollCall, event.delegation) : null,
      }));
    case 'vote.closed': {
      const vote = state.votes.find((candidate) => candidate.id === event.voteId);
      if (vote?.status !== 'open') return state;
      // The record keeps every member: those who did not vote are recorded absent.
      const absent: VoteRecord[] = vote.members
        .filter((member) => !vote.records.some((record) => record.delegation === member.code))
        .map((member) => ({
          delegation: member.code,
          choice: 'absent',
          withRights: false,
          passed: false,
          by: 'close',
          at: event.at,
        }));
      const records = [...vote.records, ...absent];
      const withRights = records
        .filter((record) => record.withRights)
        .map((record) => record.delegation);
      return {
        ...updateOpenVote(state, vote.id, () => ({
          ...vote,
          status: 'closed',
          closedAt: event.at,
          records,
          tally: tally({ records, members: vote.members }),
          result: event.result,
        })),
        explanations:
          withRights.length > 0 ? { voteId: vote.id, queue: withRights } : state.explanations,
      };
    }
    case 'explanation.waived':
      return {
        ...state,
        explanations: state.explanations
          ? nonEmptyQueue(
              state.explanations.voteId,
              state.explanations.queue.filter((code) => code !== event.delegation),
            )
          : null,
      };
    default:
      return unreachable(event);
  }
};
