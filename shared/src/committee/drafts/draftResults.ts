/**
 * What a closed vote on a question of the drafts decides (proc §2, §8): an
 * amendment adopted, failed or vetoed (and the amendments it makes moot
 * lapse); a part of a divided question; the draft itself, adopted with the
 * next resolution number, failed or vetoed. A draft that is decided takes its
 * undecided amendments with it.
 */
import {
  findDraft,
  undecided,
  type Amendment,
  type DraftResolution,
  type Question,
} from './drafts.ts';
import type { DomainEvent } from '../core/events.ts';
import { unreachable } from '../core/unreachable.ts';
import type { CommitteeState } from '../core/state.ts';
import type { ClosedVote, VoteResult } from '../votes/votes.ts';

/** Undecided amendments to a draft (all of them, or those aimed at one clause), except one. */
export const lapsing = (
  state: CommitteeState,
  draftId: string,
  clauseKey: number | null,
  except: string | null = null,
): string[] =>
  state.amendments
    .filter(
      (amendment) =>
        amendment.draftId === draftId &&
        amendment.id !== except &&
        undecided(amendment) &&
        (clauseKey === null ||
          (amendment.change.action !== 'add' && amendment.change.key === clauseKey)),
    )
    .map((amendment) => amendment.id);

/** Once a clause is struck or replaced, other amendments to it lapse (their words are gone). */
export const lapsesAfterChange = (
  state: CommitteeState,
  amendment: Amendment,
  at: number,
): DomainEvent[] => {
  if (amendment.change.action === 'add') return [];
  const ids = lapsing(state, amendment.draftId, amendment.change.key, amendment.id);
  return ids.length === 0
    ? []
    : [
        {
          type: 'amendments.lapsed',
          at,
          amendmentIds: ids,
          reason: `${amendment.id} changed the clause`,
        },
      ];
};

const draftDecided = (state: CommitteeState, draftId: string, at: number): DomainEvent[] => {
  const ids = lapsing(state, draftId, null);
  return ids.length === 0
    ? []
    : [{ type: 'amendments.lapsed', at, amendmentIds: ids, reason: 'the draft was decided' }];
};

type Decided = (
  state: CommitteeState,
  draft: DraftResolution,
  voteId: string,
  result: VoteResult,
  at: number,
) => DomainEvent[];

const amendmentDecided =
  (amendmentId: string): Decided =>
  (state, _draft, voteId, result, at) => {
    const amendment = state.amendments.find((candidate) => candidate.id === amendmentId);
    if (!amendment || amendment.status.kind !== 'introduced') return [];
    return [
      {
        type: 'amendment.voted',
        at,
        amendmentId: amendment.id,
        voteId,
        outcome: result.outcome,
        vetoedBy: result.vetoedBy,
      },
      ...(result.outcome === 'adopted' ? lapsesAfterChange(state, amendment, at) : []),
    ];
  };

const partDecided =
  (part: number): Decided =>
  (state, draft, voteId, result, at) => {
    const events: DomainEvent[] = [
      { type: 'draft.partVoted', at, draftId: draft.id, part, voteId, outcome: result.outcome },
    ];
    const outcomes = (draft.division ?? []).map((entry, index) =>
      index === part ? result.outcome : (entry.result?.outcome ?? null),
    );
    // Every operative part failed: the draft fails without a final vote (proc §8).
    if (outcomes.every((outcome) => outcome !== null && outcome !== 'adopted')) {
      events.push(
        { type: 'draft.failed', at, draftId: draft.id, voteId: null, everyPartFailed: true },
        ...draftDecided(state, draft.id, at),
      );
    }
    return events;
  };

const wholeDecided: Decided = (state, draft, voteId, result, at) => {
  const decided = draftDecided(state, draft.id, at);
  const draftId = draft.id;
  switch (result.outcome) {
    case 'adopted': {
      const numbers = state.drafts.map((other) =>
        other.status.kind === 'adopted' ? other.status.resolutionNumber : 0,
      );
      const resolutionNumber = Math.max(0, ...numbers) + 1;
      return [
        { type: 'draft.adopted', at, draftId, voteId, resolutionNumber, tally: result.tally },
        ...decided,
      ];
    }
    case 'failed':
      return [{ type: 'draft.failed', at, draftId, voteId, everyPartFailed: false }, ...decided];
    case 'vetoed':
      return [{ type: 'draft.vetoed', at, draftId, voteId, vetoedBy: result.vetoedBy }, ...decided];
    default:
      return unreachable(result.outcome);
  }
};

const decides = (question: Question): Decided => {
  switch (question.kind) {
    case 'amendment':
      return amendmentDecided(question.amendmentId);
    case 'part':
      return partDecided(question.part);
    case 'draft':
      return wholeDecided;
    default:
      return unreachable(question);
  }
};

/** What a closed vote on a question of the drafts decides: the amendment's, part's or draft's fate. */
export const questionDecided = (
  state: CommitteeState,
  vote: Pick<ClosedVote, 'id' | 'question'>,
  result: VoteResult,
  at: number,
): DomainEvent[] => {
  if (!vote.question) return [];
  const draft = findDraft(state, vote.question.draftId);
  if (!draft || draft.status.kind !== 'draft') return [];
  return decides(vote.question)(state, draft, vote.id, result, at);
};
