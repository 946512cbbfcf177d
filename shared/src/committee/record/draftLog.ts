/**
 * Journal lines for the decisions on drafts and amendments: approval,
 * introduction, friendly incorporation, division, order, results, withdrawals
 * and lapses. Read from the state before the event.
 */
import { draftLabel, findAmendment, findDraft } from '../drafts/drafts.ts';
import { describeChange } from '../drafts/draftVoting.ts';
import type { EventOf } from '../core/events.ts';
import { unreachable } from '../motions/motionKinds.ts';
import { nameOf } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';

type DraftDecision = EventOf<
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

const names = (state: CommitteeState, codes: readonly string[]): string =>
  codes.length === 0 ? 'none' : codes.map((code) => nameOf(state, code)).join(', ');

const label = (state: CommitteeState, id: string): string => {
  const draft = findDraft(state, id);
  return draft ? draftLabel(draft) : id;
};

const amendmentText = (state: CommitteeState, id: string): string => {
  const amendment = findAmendment(state, id);
  const draft = amendment && findDraft(state, amendment.draftId);
  return amendment && draft
    ? `Amendment ${id} to ${draftLabel(draft)} (${describeChange(draft, amendment.change)})`
    : `Amendment ${id}`;
};

/** The journal line of a decision on a draft or an amendment. */
export const describeDraftDecision = (state: CommitteeState, event: DraftDecision): string => {
  switch (event.type) {
    case 'draft.approved': {
      const draft = findDraft(state, event.draftId);
      return draft
        ? `Working paper ${draft.id} approved as draft resolution ${event.symbol}: ${draft.title} (sponsors: ${names(state, draft.sponsors)}; signatories: ${names(state, draft.signatories)})`
        : `Draft resolution ${event.symbol} approved`;
    }
    case 'draft.introduced':
      return `Draft resolution ${label(state, event.draftId)} introduced: ${findDraft(state, event.draftId)?.title ?? ''}`;
    case 'amendment.introduced':
      return `${amendmentText(state, event.amendmentId)} introduced as unfriendly`;
    case 'amendment.incorporated':
      return `${amendmentText(state, event.amendmentId)} accepted by the sponsors as friendly`;
    case 'draft.divided':
      return `Question divided on ${label(state, event.draftId)}: ${event.parts.map((part) => part.label).join(' / ')}`;
    case 'drafts.reordered':
      return `Drafts reordered: ${event.order.map((id) => label(state, id)).join(', ')}`;
    case 'draft.withdrawn':
      return `${findDraft(state, event.draftId)?.symbol ? 'Draft resolution' : 'Working paper'} ${label(state, event.draftId)} withdrawn by ${nameOf(state, event.by)}`;
    case 'draft.adopted':
      return `Draft resolution ${label(state, event.draftId)} adopted as resolution ${event.resolutionNumber}`;
    case 'draft.failed':
      return event.everyPartFailed
        ? `Draft resolution ${label(state, event.draftId)} failed: every operative part failed`
        : `Draft resolution ${label(state, event.draftId)} failed`;
    case 'draft.vetoed':
      return `Draft resolution ${label(state, event.draftId)} vetoed (${names(state, event.vetoedBy)})`;
    case 'amendments.lapsed':
      return `Lapsed (${event.reason}): ${event.amendmentIds.map((id) => `amendment ${id}`).join(', ')}`;
    default:
      return unreachable(event);
  }
};
