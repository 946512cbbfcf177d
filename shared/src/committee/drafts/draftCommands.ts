/**
 * Deciding the life of a working paper: a member's seat submits it (and is its
 * first sponsor), sponsors edit it or withdraw it, and the chair approves it as
 * a draft once it has enough sponsors and signatories (sponsorship.ts).
 * None of this needs the floor: it happens on phones, in or out of session.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, refuse, type Decision, type Refusal } from '../core/decision.ts';
import { parseDraftText } from './draftParser.ts';
import { MAX_DRAFT_CHARACTERS, MAX_OPEN_WORKING_PAPERS } from './draftLimits.ts';
import type { DraftContentInput } from './draftSchemas.ts';
import { contentLength, draftLabel, findDraft, type DraftContent } from './drafts.ts';
import { lapsing } from './draftResults.ts';
import { votingBegunOn } from './draftVoting.ts';
import { asSponsor, maySponsor, notASponsor, stillAWorkingPaper } from './sponsorship.ts';
import { nameOf } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';

/** The words of a draft from an editor's clauses or from pasted text; `invalid` when they do not read. */
export const readContent = (input: DraftContentInput): DraftContent | Refusal => {
  let content: DraftContent;
  if ('text' in input) {
    const parsed = parseDraftText(input.text);
    if (!parsed.ok) return refuse('invalid', parsed.error);
    content = parsed.value;
  } else {
    content = {
      preambular: input.preambular ?? [],
      operative: input.operative.map((clause) => ({
        text: clause.text,
        subClauses: clause.subClauses ?? [],
      })),
    };
  }
  if (content.preambular.length > 30 || content.operative.length > 40) {
    return refuse('invalid', 'a draft has at most 30 preambular and 40 operative clauses');
  }
  if (content.operative.some((clause) => clause.subClauses.length > 20)) {
    return refuse('invalid', 'an operative clause has at most 20 sub-clauses');
  }
  if (contentLength(content) > MAX_DRAFT_CHARACTERS) {
    return refuse('invalid', `a draft is at most ${MAX_DRAFT_CHARACTERS} characters`);
  }
  return content;
};

/** draft.submit: a member files a working paper and becomes its first sponsor. */
export const submitDraft = (
  state: CommitteeState,
  command: CommandOf<'draft.submit'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const sponsor = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(sponsor)) return sponsor;
  if (!maySponsor(state, sponsor)) return notASponsor(state, sponsor);
  const open = state.drafts.filter(
    (draft) => draft.sponsors[0] === sponsor && draft.status.kind === 'workingPaper',
  ).length;
  if (open >= MAX_OPEN_WORKING_PAPERS) {
    return refuse(
      'out_of_order',
      `${nameOf(state, sponsor)} has ${open} working papers open: withdraw one first`,
    );
  }
  const content = readContent(command.payload.content);
  if (isRefusal(content)) return content;
  return accept({
    type: 'draft.submitted',
    at: ctx.now,
    draft: { id: `WP/${state.drafts.length + 1}`, title: command.payload.title, sponsor, content },
  });
};

/** draft.edit: a sponsor changes the title or words of a working paper. */
export const editDraft = (
  state: CommitteeState,
  command: CommandOf<'draft.edit'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const { delegation, draftId, title, content } = command.payload;
  const found = asSponsor(state, issuer, delegation, draftId);
  if (isRefusal(found)) return found;
  const closed = stillAWorkingPaper(found.draft);
  if (closed) return closed;
  if (title === undefined && content === undefined) return refuse('invalid', 'nothing to change');
  const words = content === undefined ? found.draft : readContent(content);
  if (isRefusal(words)) return words;
  return accept({
    type: 'draft.edited',
    at: ctx.now,
    draftId: found.draft.id,
    title: title ?? found.draft.title,
    content: {
      preambular: words.preambular,
      operative: words.operative.map(({ text, subClauses }) => ({ text, subClauses })),
    },
  });
};

/** draft.withdraw: a sponsor withdraws the text until voting on it begins; its amendments lapse. */
export const withdrawDraft = (
  state: CommitteeState,
  command: CommandOf<'draft.withdraw'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const found = asSponsor(state, issuer, command.payload.delegation, command.payload.draftId);
  if (isRefusal(found)) return found;
  const { draft } = found;
  if (draft.status.kind !== 'workingPaper' && draft.status.kind !== 'draft') {
    return refuse('out_of_order', `${draftLabel(draft)} is ${draft.status.kind}`);
  }
  if (votingBegunOn(state, draft.id)) {
    return refuse('out_of_order', `voting on ${draftLabel(draft)} has begun`);
  }
  const lapsed = lapsing(state, draft.id, null);
  return accept(
    { type: 'draft.withdrawn', at: ctx.now, draftId: draft.id, by: found.delegation },
    ...(lapsed.length > 0
      ? [
          {
            type: 'amendments.lapsed',
            at: ctx.now,
            amendmentIds: lapsed,
            reason: 'the draft was withdrawn',
          } as const,
        ]
      : []),
  );
};

/** draft.approve: the chair approves a working paper with enough sponsors and signatories; it gets a symbol. */
export const approveDraft = (
  state: CommitteeState,
  command: CommandOf<'draft.approve'>,
  ctx: DecisionContext,
): Decision => {
  const draft = findDraft(state, command.payload.draftId);
  if (!draft) return refuse('not_found', `there is no draft ${command.payload.draftId}`);
  if (draft.status.kind === 'draft')
    return refuse('conflict', `${draftLabel(draft)} is already approved`);
  if (draft.status.kind !== 'workingPaper')
    return refuse('out_of_order', `${draftLabel(draft)} is ${draft.status.kind}`);
  const { draftMinSponsors, draftMinSignatories } = state.rules;
  if (draft.sponsors.length < draftMinSponsors || draft.signatories.length < draftMinSignatories) {
    return refuse(
      'out_of_order',
      `a draft needs ${draftMinSponsors} sponsor(s) and ${draftMinSignatories} signatories; ${draft.id} has ${draft.sponsors.length} and ${draft.signatories.length}`,
    );
  }
  const approved = state.drafts.filter((other) => other.symbol !== null).length;
  return accept({
    type: 'draft.approved',
    at: ctx.now,
    draftId: draft.id,
    symbol: `DR/${approved + 1}`,
  });
};
