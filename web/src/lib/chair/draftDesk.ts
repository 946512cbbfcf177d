/**
 * The chair's questions about drafts, asked of the rules engine itself through
 * the web core's one rule check (`#lib/committee/rules.ts`): may this working
 * paper be approved now, may the next question be put. A disabled button gives
 * the rules' own reason; the server decides again when the chair clicks.
 */
import {
  nextQuestion,
  type Command,
  type CommitteeState,
  type DraftResolution,
  type QuestionOnFloor,
} from '@placard/shared';
import { refusal } from '#lib/committee/rules.ts';

/** Null when the chair may send `command` now, else the rules' reason in their words. */
export const chairRefusal = (state: CommitteeState, command: Command, now: number): string | null =>
  refusal(state, { role: 'chair' }, command, now);

/** Why this working paper cannot be approved now (too few sponsors or signatories…), or null. */
export function approvalRefusal(
  state: CommitteeState,
  draft: DraftResolution,
  now: number,
): string | null {
  return chairRefusal(state, { type: 'draft.approve', payload: { draftId: draft.id } }, now);
}

/** The working papers the chair may approve now (the Drafts panel's badge). */
export function readyForApproval(state: CommitteeState, now: number): DraftResolution[] {
  return state.drafts.filter(
    (draft) => draft.status.kind === 'workingPaper' && approvalRefusal(state, draft, now) === null,
  );
}

/** The next question on the drafts and whether it can be put to the vote now. */
export function nextVote(
  state: CommitteeState,
  now: number,
): { readonly next: QuestionOnFloor; readonly refusal: string | null } | null {
  const next = nextQuestion(state);
  if (!next) return null;
  const refusal = chairRefusal(
    state,
    { type: 'vote.open', payload: { subject: next.subject } },
    now,
  );
  return { next, refusal };
}

/** The address of an adopted resolution's export (served by the server, not by this app). */
export function resolutionHref(committeeId: string, number: number, format: 'md' | 'html'): string {
  return `/api/committees/${encodeURIComponent(committeeId)}/resolutions/${number}.${format}`;
}
