/**
 * The drafts' part of the record: approval, introduction, friendly incorporation,
 * division, order, results, withdrawals and lapses of drafts and amendments.
 * Names are taken from the state before the event, as the chair called them then.
 */
import { clauseNumber, draftLabel, findAmendment, findDraft } from '../committee/drafts/drafts.ts';
import type { EventOf } from '../committee/core/events.ts';
import { unreachable } from '../committee/core/unreachable.ts';
import type { CommitteeState } from '../committee/core/state.ts';
import type { AmendmentRef, RecordEntry } from './entries.ts';

/** The events this part records. */
export type DraftDecision = EventOf<
  | 'draft.introduced'
  | 'amendment.introduced'
  | 'draft.divided'
  | 'drafts.reordered'
  | 'draft.withdrawn'
  | 'draft.approved'
  | 'draft.adopted'
  | 'draft.failed'
  | 'draft.vetoed'
  | 'amendment.incorporated'
  | 'amendments.lapsed'
>;

const label = (state: CommitteeState, id: string): string => {
  const draft = findDraft(state, id);
  return draft ? draftLabel(draft) : id;
};

const amendmentRef = (state: CommitteeState, id: string): AmendmentRef => {
  const amendment = findAmendment(state, id);
  const draft = amendment && findDraft(state, amendment.draftId);
  if (!amendment || !draft) return { id, change: null };
  const change = amendment.change;
  const clause =
    change.action === 'add' ? change.clause : (clauseNumber(draft, change.key) ?? change.clause);
  return { id, change: { draft: draftLabel(draft), action: change.action, clause } };
};

/** The record entry of a decision on a draft or an amendment. */
export const projectDraft = (state: CommitteeState, event: DraftDecision): RecordEntry => {
  const at = event.at;
  switch (event.type) {
    case 'draft.approved': {
      const draft = findDraft(state, event.draftId);
      const paper = draft
        ? { title: draft.title, sponsors: draft.sponsors, signatories: draft.signatories }
        : null;
      return { kind: event.type, at, draftId: event.draftId, symbol: event.symbol, paper };
    }
    case 'draft.introduced':
      return {
        kind: event.type,
        at,
        draft: label(state, event.draftId),
        title: findDraft(state, event.draftId)?.title ?? '',
      };
    case 'amendment.introduced':
    case 'amendment.incorporated':
      return { kind: event.type, at, amendment: amendmentRef(state, event.amendmentId) };
    case 'draft.divided':
      return {
        kind: event.type,
        at,
        draft: label(state, event.draftId),
        parts: event.parts.map((part) => part.label),
      };
    case 'drafts.reordered':
      return { kind: event.type, at, drafts: event.order.map((id) => label(state, id)) };
    case 'draft.withdrawn':
      return {
        kind: event.type,
        at,
        draft: label(state, event.draftId),
        approved: Boolean(findDraft(state, event.draftId)?.symbol),
        by: event.by,
      };
    case 'draft.adopted':
      return {
        kind: event.type,
        at,
        draftId: event.draftId,
        draft: label(state, event.draftId),
        title: findDraft(state, event.draftId)?.title ?? '',
        resolutionNumber: event.resolutionNumber,
      };
    case 'draft.failed':
      return {
        kind: event.type,
        at,
        draft: label(state, event.draftId),
        everyPartFailed: event.everyPartFailed,
      };
    case 'draft.vetoed':
      return { kind: event.type, at, draft: label(state, event.draftId), vetoedBy: event.vetoedBy };
    case 'amendments.lapsed':
      return { kind: event.type, at, reason: event.reason, amendments: event.amendmentIds };
    default:
      return unreachable(event);
  }
};
