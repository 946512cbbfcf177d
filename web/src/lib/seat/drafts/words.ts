/**
 * Drafts and amendments in the delegate's words: where a draft stands (working
 * paper, draft DR/n, on the floor, adopted as resolution n …), where an
 * amendment stands (awaiting the sponsors, friendly, unfriendly, on the floor …)
 * and what it changes, numbered as the text now stands (AMEND-5).
 */
import {
  clauseNumber,
  type Amendment,
  type AmendmentChange,
  type CommitteeState,
  type DraftResolution,
} from '@placard/shared';
import { t } from '#lib/i18n/seatDrafts.ts';
import { shortName } from '#lib/committee/names.ts';

/** Delegations by short name, in the order given ("France, China"). */
export const names = (committee: CommitteeState, codes: readonly string[]): string =>
  codes.map((code) => shortName(committee, code)).join(', ');

/** Where the draft stands, in a few words. */
export function draftStatus(committee: CommitteeState, draft: DraftResolution): string {
  const status = draft.status;
  switch (status.kind) {
    case 'workingPaper':
      return t('seat.draft.status.workingPaper');
    case 'draft':
      return draft.introduced ? t('seat.draft.status.onFloor') : t('seat.draft.status.draft');
    case 'adopted':
      return t('seat.draft.status.adopted', {
        number: status.resolutionNumber,
        yes: status.tally.yes,
        no: status.tally.no,
        abstain: status.tally.abstain,
      });
    case 'failed':
      return status.everyPartFailed
        ? t('seat.draft.status.everyPartFailed')
        : t('seat.draft.status.failed');
    case 'vetoed':
      return t('seat.draft.status.vetoed', { names: names(committee, status.vetoedBy) });
    case 'withdrawn':
      return t('seat.draft.status.withdrawn', { name: shortName(committee, status.by) });
  }
}

/** Whether the draft is still in play (not adopted, failed, vetoed or withdrawn). */
export const stillOpen = (draft: DraftResolution): boolean =>
  draft.status.kind === 'workingPaper' || draft.status.kind === 'draft';

/** What a working paper still lacks before the chair may approve it (DRAFT-6), or that it is ready. */
export function approvalProgress(committee: CommitteeState, draft: DraftResolution): string {
  const { draftMinSponsors, draftMinSignatories } = committee.rules;
  const ready =
    draft.sponsors.length >= draftMinSponsors && draft.signatories.length >= draftMinSignatories;
  return ready
    ? t('seat.draft.ready')
    : t('seat.draft.needs', {
        sponsors: draftMinSponsors,
        signatories: draftMinSignatories,
        hasSponsors: draft.sponsors.length,
        hasSignatories: draft.signatories.length,
      });
}

/** "Strike operative clause 3", numbered as the text now stands. */
export function describeChange(draft: DraftResolution, change: AmendmentChange): string {
  switch (change.action) {
    case 'add':
      return t('seat.amendment.change.add', { number: change.clause });
    case 'strike':
      return t('seat.amendment.change.strike', {
        number: clauseNumber(draft, change.key) ?? change.clause,
      });
    case 'replace':
      return t('seat.amendment.change.replace', {
        number: clauseNumber(draft, change.key) ?? change.clause,
      });
  }
}

/** Where an amendment stands: awaiting the sponsors, friendly, unfriendly, on the floor, decided. */
export function amendmentStatus(
  committee: CommitteeState,
  draft: DraftResolution,
  amendment: Amendment,
): string {
  const status = amendment.status;
  switch (status.kind) {
    case 'proposed': {
      if (amendment.declinedBy.length > 0) {
        return t('seat.amendment.status.unfriendly', {
          names: names(committee, amendment.declinedBy),
        });
      }
      const waiting = draft.sponsors.filter((code) => !amendment.acceptedBy.includes(code));
      return t('seat.amendment.status.awaiting', { names: names(committee, waiting) });
    }
    case 'introduced':
      return t('seat.amendment.status.onFloor');
    case 'incorporated':
      return t('seat.amendment.status.incorporated');
    case 'adopted':
      return t('seat.amendment.status.adopted');
    case 'failed':
      return t('seat.amendment.status.failed');
    case 'vetoed':
      return t('seat.amendment.status.vetoed', { names: names(committee, status.vetoedBy) });
    case 'withdrawn':
      return t('seat.amendment.status.withdrawn');
    case 'lapsed':
      return t('seat.amendment.status.lapsed', { reason: status.reason });
  }
}
