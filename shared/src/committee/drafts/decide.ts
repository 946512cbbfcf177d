/**
 * The commands of drafts submitted, edited, sponsored, signed, withdrawn and approved;
 * amendments, each handed to the rule that decides it.
 */
import type { PartDecider } from '../core/decider.ts';
import { unreachable } from '../core/unreachable.ts';
import {
  acceptAmendment,
  declineAmendment,
  proposeAmendment,
  withdrawAmendment,
} from './amendments.ts';
import { approveDraft, editDraft, submitDraft, withdrawDraft } from './draftCommands.ts';
import { addSponsor, removeSponsor, signDraft, unsignDraft } from './sponsorship.ts';

/** The commands of drafts submitted, edited, sponsored, signed, withdrawn and approved; amendments. */
export type DraftsCommandType =
  | 'draft.submit'
  | 'draft.edit'
  | 'draft.addSponsor'
  | 'draft.removeSponsor'
  | 'draft.sign'
  | 'draft.unsign'
  | 'draft.withdraw'
  | 'draft.approve'
  | 'amendment.propose'
  | 'amendment.accept'
  | 'amendment.decline'
  | 'amendment.withdraw';

/** Decide a command of drafts submitted, edited, sponsored, signed, withdrawn and approved; amendments. */
export const decideDrafts: PartDecider<DraftsCommandType> = (state, command, ctx, issuer) => {
  switch (command.type) {
    case 'draft.submit':
      return submitDraft(state, command, ctx, issuer);
    case 'draft.edit':
      return editDraft(state, command, ctx, issuer);
    case 'draft.addSponsor':
      return addSponsor(state, command, ctx, issuer);
    case 'draft.removeSponsor':
      return removeSponsor(state, command, ctx, issuer);
    case 'draft.sign':
      return signDraft(state, command, ctx, issuer);
    case 'draft.unsign':
      return unsignDraft(state, command, ctx, issuer);
    case 'draft.withdraw':
      return withdrawDraft(state, command, ctx, issuer);
    case 'draft.approve':
      return approveDraft(state, command, ctx);
    case 'amendment.propose':
      return proposeAmendment(state, command, ctx, issuer);
    case 'amendment.accept':
      return acceptAmendment(state, command, ctx, issuer);
    case 'amendment.decline':
      return declineAmendment(state, command, ctx, issuer);
    case 'amendment.withdraw':
      return withdrawAmendment(state, command, ctx, issuer);
    default:
      return unreachable(command);
  }
};
