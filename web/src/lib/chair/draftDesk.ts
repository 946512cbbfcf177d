/**
 * The chair's questions about drafts, asked of the rules engine itself: may
 * this working paper be approved now, may the next question be put. Each runs
 * the command the button would send through the shared, pure `decideParsed`
 * on the state the console holds, so a disabled button gives the rules' own
 * reason. The server decides again on its copy when the chair clicks.
 */
import {
  decideParsed,
  nextQuestion,
  type Command,
  type CommitteeState,
  type DraftResolution,
  type QuestionOnFloor,
} from '@placard/shared';

/** Null when the chair may send `command` now, else the rules' reason in their words. */
export function chairRefusal(state: CommitteeState, command: Command, now: number): string | null {
  const decision = decideParsed(state, command, { actor: { role: 'chair' }, now, draw: 0 });
  return decision.ok ? null : decision.error.message;
}

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
