/**
 * Applying the events of drafts and amendments: a working paper is filed,
 * edited, sponsored and signed, approved as a draft, introduced, amended
 * (friendly or by vote), divided, and decided. An event about a draft or
 * amendment that is not there (e.g. from an older log) changes nothing.
 */
import type { AmendmentEvent, DraftEvent, EventOf } from '../core/events.ts';
import {
  applyChange,
  keyedClauses,
  type Amendment,
  type DraftContent,
  type DraftResolution,
} from './drafts.ts';
import { unreachable } from '../core/unreachable.ts';
import type { CommitteeState } from '../core/state.ts';

/** The draft and amendment events `applyDraftRecords` handles (including the effects of motions). */
export type DraftRecordEvent =
  | DraftEvent
  | AmendmentEvent
  | EventOf<'draft.introduced' | 'amendment.introduced' | 'draft.divided' | 'drafts.reordered'>;

const updateDraft = (
  state: CommitteeState,
  id: string,
  change: (draft: DraftResolution) => DraftResolution,
): CommitteeState => ({
  ...state,
  drafts: state.drafts.map((draft) => (draft.id === id ? change(draft) : draft)),
});

const updateAmendment = (
  state: CommitteeState,
  id: string,
  change: (amendment: Amendment) => Amendment,
): CommitteeState => ({
  ...state,
  amendments: state.amendments.map((amendment) =>
    amendment.id === id ? change(amendment) : amendment,
  ),
});

const withWords = (draft: DraftResolution, title: string, content: DraftContent) => ({
  ...draft,
  title,
  preambular: content.preambular,
  operative: keyedClauses(content.operative),
  nextClauseKey: content.operative.length + 1,
});

const without = (codes: readonly string[], code: string): string[] =>
  codes.filter((candidate) => candidate !== code);

/** The amendment's change made to its draft's text (friendly incorporation or adoption). */
const amendText = (state: CommitteeState, amendmentId: string): CommitteeState => {
  const amendment = state.amendments.find((candidate) => candidate.id === amendmentId);
  if (!amendment) return state;
  return updateDraft(state, amendment.draftId, (draft) => ({
    ...draft,
    operative: applyChange(draft.operative, amendment.change),
  }));
};

/** Once every part of a divided question is voted, the text keeps the parts that passed. */
const survivingText = (draft: DraftResolution): DraftResolution => {
  const parts = draft.division ?? [];
  if (parts.some((part) => part.result === null)) return draft;
  const kept = new Set(
    parts.filter((part) => part.result?.outcome === 'adopted').flatMap((part) => part.clauses),
  );
  return kept.size === 0
    ? draft
    : { ...draft, operative: draft.operative.filter((clause) => kept.has(clause.key)) };
};

/** Apply an event of the drafts and amendments. */
export const applyDraftRecords = (
  state: CommitteeState,
  event: DraftRecordEvent,
): CommitteeState => {
  switch (event.type) {
    case 'draft.submitted': {
      const { id, title, sponsor, content } = event.draft;
      const paper: DraftResolution = {
        id,
        symbol: null,
        title,
        sponsors: [sponsor],
        signatories: [],
        preambular: content.preambular,
        operative: keyedClauses(content.operative),
        original: null,
        nextClauseKey: content.operative.length + 1,
        status: { kind: 'workingPaper' },
        submittedAt: event.at,
        approvedAt: null,
        introduced: null,
        division: null,
      };
      return { ...state, drafts: [...state.drafts, paper] };
    }
    case 'draft.edited':
      return updateDraft(state, event.draftId, (draft) =>
        withWords(draft, event.title, event.content),
      );
    case 'draft.sponsorAdded':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        sponsors: [...draft.sponsors, event.delegation],
        signatories: without(draft.signatories, event.delegation),
      }));
    case 'draft.sponsorRemoved':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        sponsors: without(draft.sponsors, event.delegation),
      }));
    case 'draft.signed':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        signatories: [...draft.signatories, event.delegation],
      }));
    case 'draft.unsigned':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        signatories: without(draft.signatories, event.delegation),
      }));
    case 'draft.withdrawn':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        status: { kind: 'withdrawn', at: event.at, by: event.by },
      }));
    case 'draft.approved':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        symbol: event.symbol,
        status: { kind: 'draft' },
        approvedAt: event.at,
        original: draft.operative,
      }));
    case 'draft.introduced':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        introduced: { by: event.by, at: event.at },
      }));
    case 'draft.divided':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        division: event.parts.map((part) => ({ ...part, result: null })),
      }));
    case 'drafts.reordered': {
      // The drafts named take the places they held among themselves, in the new order.
      const named = event.order.flatMap((id) => state.drafts.filter((draft) => draft.id === id));
      let next = 0;
      return {
        ...state,
        drafts: state.drafts.map((draft) =>
          event.order.includes(draft.id) ? (named[next++] ?? draft) : draft,
        ),
      };
    }
    case 'draft.partVoted':
      return updateDraft(state, event.draftId, (draft) =>
        survivingText({
          ...draft,
          division: (draft.division ?? []).map((part, index) =>
            index === event.part
              ? { ...part, result: { outcome: event.outcome, voteId: event.voteId } }
              : part,
          ),
        }),
      );
    case 'draft.adopted':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        status: {
          kind: 'adopted',
          at: event.at,
          voteId: event.voteId,
          resolutionNumber: event.resolutionNumber,
          tally: event.tally,
        },
      }));
    case 'draft.failed':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        status: {
          kind: 'failed',
          at: event.at,
          voteId: event.voteId,
          everyPartFailed: event.everyPartFailed,
        },
      }));
    case 'draft.vetoed':
      return updateDraft(state, event.draftId, (draft) => ({
        ...draft,
        status: { kind: 'vetoed', at: event.at, voteId: event.voteId, vetoedBy: event.vetoedBy },
      }));
    case 'amendment.proposed': {
      const { change, draftId } = event.amendment;
      const amendment: Amendment = {
        ...event.amendment,
        acceptedBy: [],
        declinedBy: [],
        proposedAt: event.at,
        introduced: null,
        status: { kind: 'proposed' },
      };
      const next = { ...state, amendments: [...state.amendments, amendment] };
      // An added clause takes its key now, so two additions never share one.
      return change.action === 'add'
        ? updateDraft(next, draftId, (draft) => ({
            ...draft,
            nextClauseKey: Math.max(draft.nextClauseKey, change.key + 1),
          }))
        : next;
    }
    case 'amendment.accepted':
      return updateAmendment(state, event.amendmentId, (amendment) => ({
        ...amendment,
        acceptedBy: [...without(amendment.acceptedBy, event.delegation), event.delegation],
        declinedBy: without(amendment.declinedBy, event.delegation),
      }));
    case 'amendment.declined':
      return updateAmendment(state, event.amendmentId, (amendment) => ({
        ...amendment,
        declinedBy: [...without(amendment.declinedBy, event.delegation), event.delegation],
        acceptedBy: without(amendment.acceptedBy, event.delegation),
      }));
    case 'amendment.incorporated':
      return amendText(
        updateAmendment(state, event.amendmentId, (amendment) => ({
          ...amendment,
          status: { kind: 'incorporated', at: event.at },
        })),
        event.amendmentId,
      );
    case 'amendment.withdrawn':
      return updateAmendment(state, event.amendmentId, (amendment) => ({
        ...amendment,
        status: { kind: 'withdrawn', at: event.at },
      }));
    case 'amendment.introduced':
      return updateAmendment(state, event.amendmentId, (amendment) => ({
        ...amendment,
        introduced: { by: event.by, at: event.at },
        status: { kind: 'introduced' },
      }));
    case 'amendment.voted': {
      const voted = updateAmendment(state, event.amendmentId, (amendment) => ({
        ...amendment,
        status:
          event.outcome === 'vetoed'
            ? { kind: 'vetoed', at: event.at, voteId: event.voteId, vetoedBy: event.vetoedBy }
            : { kind: event.outcome, at: event.at, voteId: event.voteId },
      }));
      return event.outcome === 'adopted' ? amendText(voted, event.amendmentId) : voted;
    }
    case 'amendments.lapsed':
      return {
        ...state,
        amendments: state.amendments.map((amendment) =>
          event.amendmentIds.includes(amendment.id)
            ? { ...amendment, status: { kind: 'lapsed', at: event.at, reason: event.reason } }
            : amendment,
        ),
      };
    default:
      return unreachable(event);
  }
};
