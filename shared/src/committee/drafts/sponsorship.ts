/**
 * Who stands behind a working paper: its sponsors (the submitter first) add
 * co-sponsors, the submitter removes one or a co-sponsor removes itself, and
 * other members sign or unsign it. Members only, unless the profile lets
 * invited delegations sponsor (proc §8). Lists freeze once the chair approves.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, refuse, type Decision, type Refusal } from '../core/decision.ts';
import { draftLabel, findDraft, type DraftResolution } from './drafts.ts';
import { inviteeOf, memberOf, nameOf } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';

/** Whether a delegation may sponsor, sign and amend drafts: members, and invitees if the profile says so. */
export const maySponsor = (state: CommitteeState, code: string): boolean =>
  memberOf(state, code) !== undefined ||
  (state.rules.inviteesMaySponsor && inviteeOf(state, code) !== undefined);

/** The refusal for a delegation that may not sponsor. */
export const notASponsor = (state: CommitteeState, code: string): Refusal =>
  refuse(
    'out_of_order',
    `${nameOf(state, code)} participates without vote and does not sponsor, sign or amend drafts`,
  );

/** The draft a command names, and the delegation it acts for, which must be one of its sponsors. */
export const asSponsor = (
  state: CommitteeState,
  issuer: Issuer,
  named: string | undefined,
  draftId: string,
): { delegation: string; draft: DraftResolution } | Refusal => {
  const delegation = actingDelegation(state, issuer, named);
  if (isRefusal(delegation)) return delegation;
  const draft = findDraft(state, draftId);
  if (!draft) return refuse('not_found', `there is no draft ${draftId}`);
  if (!draft.sponsors.includes(delegation)) {
    return refuse('forbidden', `only a sponsor of ${draftLabel(draft)} may do that`);
  }
  return { delegation, draft };
};

/** Null while the text is a working paper, else why its paperwork is closed. */
export const stillAWorkingPaper = (draft: DraftResolution): Refusal | null =>
  draft.status.kind === 'workingPaper'
    ? null
    : refuse(
        'out_of_order',
        draft.status.kind === 'draft'
          ? `${draftLabel(draft)} is approved: its text changes only by amendment, its sponsors and signatories no more`
          : `${draftLabel(draft)} is ${draft.status.kind}`,
      );

/** draft.addSponsor: a sponsor adds a co-sponsor (a signatory that becomes one stops signing). */
export const addSponsor = (
  state: CommitteeState,
  command: CommandOf<'draft.addSponsor'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const { delegation, draftId, sponsor } = command.payload;
  const found = asSponsor(state, issuer, delegation, draftId);
  if (isRefusal(found)) return found;
  const closed = stillAWorkingPaper(found.draft);
  if (closed) return closed;
  if (!memberOf(state, sponsor) && !inviteeOf(state, sponsor)) {
    return refuse('not_found', `${sponsor} is not on the roster`);
  }
  if (!maySponsor(state, sponsor)) return notASponsor(state, sponsor);
  if (found.draft.sponsors.includes(sponsor)) {
    return refuse(
      'conflict',
      `${nameOf(state, sponsor)} already sponsors ${draftLabel(found.draft)}`,
    );
  }
  return accept({
    type: 'draft.sponsorAdded',
    at: ctx.now,
    draftId: found.draft.id,
    delegation: sponsor,
  });
};

/** draft.removeSponsor: the submitter removes a co-sponsor, or a co-sponsor removes itself. */
export const removeSponsor = (
  state: CommitteeState,
  command: CommandOf<'draft.removeSponsor'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const { delegation, draftId, sponsor } = command.payload;
  const found = asSponsor(state, issuer, delegation, draftId);
  if (isRefusal(found)) return found;
  const { draft } = found;
  const closed = stillAWorkingPaper(draft);
  if (closed) return closed;
  if (!draft.sponsors.includes(sponsor)) {
    return refuse('not_found', `${nameOf(state, sponsor)} does not sponsor ${draftLabel(draft)}`);
  }
  if (sponsor === draft.sponsors[0]) {
    return refuse(
      'out_of_order',
      'the submitter stays a sponsor: withdraw the working paper instead',
    );
  }
  if (found.delegation !== draft.sponsors[0] && found.delegation !== sponsor) {
    return refuse('forbidden', 'a co-sponsor removes only itself');
  }
  return accept({
    type: 'draft.sponsorRemoved',
    at: ctx.now,
    draftId: draft.id,
    delegation: sponsor,
  });
};

const signing = (
  state: CommitteeState,
  issuer: Issuer,
  named: string | undefined,
  draftId: string,
): { delegation: string; draft: DraftResolution } | Refusal => {
  const delegation = actingDelegation(state, issuer, named);
  if (isRefusal(delegation)) return delegation;
  if (!maySponsor(state, delegation)) return notASponsor(state, delegation);
  const draft = findDraft(state, draftId);
  if (!draft) return refuse('not_found', `there is no draft ${draftId}`);
  const closed = stillAWorkingPaper(draft);
  if (closed) return closed;
  if (draft.sponsors.includes(delegation)) {
    return refuse(
      'conflict',
      `${nameOf(state, delegation)} sponsors ${draftLabel(draft)}: sponsors do not sign`,
    );
  }
  return { delegation, draft };
};

/** draft.sign: a member other than the sponsors signs a working paper, to see it debated. */
export const signDraft = (
  state: CommitteeState,
  command: CommandOf<'draft.sign'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const found = signing(state, issuer, command.payload.delegation, command.payload.draftId);
  if (isRefusal(found)) return found;
  if (found.draft.signatories.includes(found.delegation)) {
    return refuse('conflict', `${nameOf(state, found.delegation)} has already signed`);
  }
  return accept({
    type: 'draft.signed',
    at: ctx.now,
    draftId: found.draft.id,
    delegation: found.delegation,
  });
};

/** draft.unsign: a signatory takes its signature back while the text is a working paper. */
export const unsignDraft = (
  state: CommitteeState,
  command: CommandOf<'draft.unsign'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const found = signing(state, issuer, command.payload.delegation, command.payload.draftId);
  if (isRefusal(found)) return found;
  if (!found.draft.signatories.includes(found.delegation)) {
    return refuse('conflict', `${nameOf(state, found.delegation)} has not signed`);
  }
  return accept({
    type: 'draft.unsigned',
    at: ctx.now,
    draftId: found.draft.id,
    delegation: found.delegation,
  });
};
