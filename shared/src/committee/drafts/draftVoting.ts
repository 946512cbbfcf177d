/**
 * Voting on drafts (procedure.md §8): the drafts on the floor in their order
 * (submission, unless reordered); for each, its unfriendly amendments furthest
 * from the original text first, then the parts of a divided question, then the
 * draft (the surviving parts) as a whole. Each is a substantive vote; what its
 * result means is in draftResults.ts.
 */
import { refuse, type Refusal } from '../core/decision.ts';
import {
  awaitingVote,
  clauseNumber,
  compareAmendments,
  draftLabel,
  findDraft,
  type Amendment,
  type AmendmentChange,
  type DivisionPart,
  type DraftResolution,
  type Question,
} from './drafts.ts';
import { parseClauseList, type Parsed } from './draftParser.ts';
import { type Subject } from '../motions/motionKinds.ts';
import { unreachable } from '../core/unreachable.ts';
import type { CommitteeState } from '../core/state.ts';

/** A question awaiting a vote, with the subject its vote carries. */
export interface QuestionOnFloor {
  readonly question: Question;
  readonly subject: Subject;
}

const clip = (text: string): string => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

/** "strike operative clause 4", in the numbering of the text as it stands. */
export const describeChange = (draft: DraftResolution, change: AmendmentChange): string => {
  const number =
    change.action === 'add' ? change.clause : (clauseNumber(draft, change.key) ?? change.clause);
  switch (change.action) {
    case 'add':
      return `add a new operative clause ${number}`;
    case 'strike':
      return `strike operative clause ${number}`;
    case 'replace':
      return `replace operative clause ${number}`;
    default:
      return unreachable(change);
  }
};

/** Introduced (unfriendly) amendments to a draft still to be voted, in voting order. */
export const amendmentsToVote = (state: CommitteeState, draft: DraftResolution): Amendment[] =>
  state.amendments
    .filter((amendment) => amendment.draftId === draft.id && amendment.status.kind === 'introduced')
    .sort((a, b) => compareAmendments(draft, a, b));

const partSubject = (draft: DraftResolution, part: DivisionPart, index: number): Subject => ({
  id: `${draftLabel(draft)}:part${index + 1}`,
  title: clip(`${draftLabel(draft)}, part ${index + 1} (${part.label}): ${draft.title}`),
});

const draftSubject = (draft: DraftResolution): Subject => {
  const survivors = (draft.division ?? []).flatMap((part, index) =>
    part.result?.outcome === 'adopted' ? [index + 1] : [],
  );
  return {
    id: draftLabel(draft),
    title: clip(
      draft.division
        ? `${draft.title} (as divided: part${survivors.length > 1 ? 's' : ''} ${survivors.join(', ')})`
        : draft.title,
    ),
  };
};

/** The questions still to be voted on one draft on the floor, in order. */
const questionsOn = (state: CommitteeState, draft: DraftResolution): QuestionOnFloor[] => {
  const label = draftLabel(draft);
  const amendments = amendmentsToVote(state, draft).map((amendment) => ({
    question: { kind: 'amendment', draftId: draft.id, amendmentId: amendment.id } as const,
    subject: {
      id: amendment.id,
      title: clip(
        `Amendment ${amendment.id} to ${label}: ${describeChange(draft, amendment.change)}`,
      ),
    },
  }));
  const parts = (draft.division ?? []).flatMap((part, index) =>
    part.result === null
      ? [
          {
            question: { kind: 'part', draftId: draft.id, part: index } as const,
            subject: partSubject(draft, part, index),
          },
        ]
      : [],
  );
  const whole = {
    question: { kind: 'draft', draftId: draft.id } as const,
    subject: draftSubject(draft),
  };
  return [...amendments, ...parts, whole];
};

/** Every question now awaiting a vote on the drafts, in the order they are put. */
export const votingOrder = (state: CommitteeState): QuestionOnFloor[] =>
  state.drafts.filter(awaitingVote).flatMap((draft) => questionsOn(state, draft));

/** The question the chair puts next, if any. */
export const nextQuestion = (state: CommitteeState): QuestionOnFloor | null =>
  votingOrder(state)[0] ?? null;

/**
 * The question a subject names for `vote.open`: the next question (by its subject id, or
 * the draft's id or symbol when the next question is the draft itself); a refusal when it
 * names a draft or amendment that is not next; null for a subject outside the drafts.
 */
export const questionNamed = (
  state: CommitteeState,
  subjectId: string,
): QuestionOnFloor | Refusal | null => {
  const next = nextQuestion(state);
  if (next) {
    const draft = findDraft(state, next.question.draftId);
    const namesNext =
      next.subject.id === subjectId ||
      (next.question.kind === 'draft' && (draft?.id === subjectId || draft?.symbol === subjectId));
    if (namesNext) return next;
  }
  const known =
    findDraft(state, subjectId) !== undefined ||
    state.amendments.some((amendment) => amendment.id === subjectId) ||
    votingOrder(state).some((entry) => entry.subject.id === subjectId);
  if (!known) return null;
  return refuse(
    'out_of_order',
    next
      ? `${next.subject.id} (${next.subject.title}) is voted first`
      : `${subjectId} is not awaiting a vote`,
  );
};

/** Whether any vote on a draft's questions (its amendments, parts or itself) was ever opened. */
export const votingBegunOn = (state: CommitteeState, draftId: string): boolean =>
  state.votes.some((vote) => vote.question?.draftId === draftId);

/** The operative clauses (by key) each part names, checked against the text as it stands. */
export const divisionParts = (
  draft: DraftResolution,
  labels: readonly string[],
): Parsed<Omit<DivisionPart, 'result'>[]> => {
  const seen = new Set<number>();
  const parts: Omit<DivisionPart, 'result'>[] = [];
  for (const label of labels) {
    const numbers = parseClauseList(label);
    if (!numbers) {
      return { ok: false, error: `"${label}" does not name operative clauses (e.g. "OP 1–3, 5")` };
    }
    const clauses: number[] = [];
    for (const number of numbers) {
      const clause = draft.operative[number - 1];
      if (!clause)
        return { ok: false, error: `${draftLabel(draft)} has no operative clause ${number}` };
      if (seen.has(number))
        return { ok: false, error: `operative clause ${number} is in two parts` };
      seen.add(number);
      clauses.push(clause.key);
    }
    parts.push({ label, clauses });
  }
  const missing = draft.operative.findIndex((_, index) => !seen.has(index + 1));
  if (missing !== -1) {
    return {
      ok: false,
      error: `operative clause ${missing + 1} is in no part: name every clause once`,
    };
  }
  return { ok: true, value: parts };
};
