/**
 * What the board shows of the draft resolutions: the draft a vote decides (or
 * the one the chair puts next, or the first on the floor) with its text marked,
 * the question in words, and the clauses the question is about. Only reading:
 * the voting order, the marks and clause numbers come from @placard/shared.
 */
import {
  awaitingVote,
  clauseNumber,
  draftLabel,
  draftText,
  findAmendment,
  findDraft,
  nextQuestion,
  undecided,
  type Amendment,
  type CommitteeState,
  type DraftResolution,
  type MarkedClause,
  type MarkedDraft,
  type Question,
  type RecordEntry,
  type Vote,
} from '@placard/shared';
import { t } from '#lib/i18n/board.ts';

/** Why the draft is on the board: a vote on one of its questions, the next question, or debate. */
export type DraftMoment = 'voting' | 'voted' | 'next' | 'onFloor';

export interface BoardDraft {
  readonly draft: DraftResolution;
  readonly moment: DraftMoment;
  /** The question voted (or put next); null while the draft is only debated. */
  readonly question: Question | null;
  /** The question in words: "Amendment A/2 to DR/1: strikes operative clause 2". */
  readonly questionText: string | null;
  /** The text with the marks that matter now. */
  readonly text: MarkedDraft;
  /**
   * The operative clauses the question is about (an amendment's, or a part's), by
   * position in `text.operative`; null when the whole text is in question.
   */
  readonly focus: readonly MarkedClause[] | null;
  /** Other drafts on the floor, by label, still to be voted after this one. */
  readonly alsoOnFloor: readonly string[];
}

/** "strikes operative clause 2", numbered in the text as it now stands. */
export function changeWords(draft: DraftResolution, amendment: Amendment): string {
  const change = amendment.change;
  const number =
    change.action === 'add' ? change.clause : (clauseNumber(draft, change.key) ?? change.clause);
  return t(`board.draft.change.${change.action}`, { number });
}

/** The question in words, for the board's projector line. */
export function questionWords(state: CommitteeState, question: Question): string | null {
  const draft = findDraft(state, question.draftId);
  if (!draft) return null;
  const label = draftLabel(draft);
  switch (question.kind) {
    case 'amendment': {
      const amendment = findAmendment(state, question.amendmentId);
      if (!amendment) return null;
      return t('board.draft.question.amendment', {
        amendment: amendment.id,
        draft: label,
        change: changeWords(draft, amendment),
      });
    }
    case 'part': {
      const parts = draft.division ?? [];
      return t('board.draft.question.part', {
        part: question.part + 1,
        count: parts.length,
        label: parts[question.part]?.label ?? '',
        draft: label,
      });
    }
    case 'draft': {
      const kept = (draft.division ?? []).flatMap((part, index) =>
        part.result?.outcome === 'adopted' ? [index + 1] : [],
      );
      return draft.division
        ? t('board.draft.question.divided', { draft: label, parts: kept.join(', ') })
        : t('board.draft.question.whole', { draft: label });
    }
  }
}

/**
 * The marked text for a question: an amendment's own marks only while it is the question;
 * for a part or the whole, the decided amendments only, so each change still names its
 * amendment but nothing undecided is shown as if it were being voted.
 */
function textFor(state: CommitteeState, draft: DraftResolution, question: Question | null) {
  if (question === null) return draftText(draft, state.amendments);
  if (question.kind !== 'amendment') {
    return draftText(
      draft,
      state.amendments.filter((amendment) => !undecided(amendment)),
    );
  }
  const amendment = findAmendment(state, question.amendmentId);
  return draftText(draft, amendment ? [amendment] : []);
}

function focusOf(text: MarkedDraft, question: Question | null): MarkedClause[] | null {
  if (question?.kind === 'amendment') {
    const mine = text.operative.filter((clause) => clause.amendmentId === question.amendmentId);
    return mine.length > 0 ? mine : null;
  }
  if (question?.kind === 'part') {
    return text.operative.filter((clause) => clause.part === question.part + 1);
  }
  return null;
}

/**
 * The draft the board shows, or null: the one the shown vote decides; else, in voting
 * procedure, the one the chair puts next; else the first draft on the floor.
 */
export function boardDraft(state: CommitteeState, vote: Vote | null): BoardDraft | null {
  const onFloor = state.drafts.filter(awaitingVote);
  let question: Question | null = null;
  let moment: DraftMoment = 'onFloor';
  if (vote?.question) {
    question = vote.question;
    moment = vote.status === 'open' ? 'voting' : 'voted';
  } else if (vote === null && state.floor.kind === 'votingProcedure') {
    const next = nextQuestion(state);
    if (next) {
      question = next.question;
      moment = 'next';
    }
  } else if (vote !== null) {
    // A vote on something else (a motion) has the board's attention.
    return null;
  }
  const draft = question ? findDraft(state, question.draftId) : onFloor[0];
  if (!draft) return null;
  const text = textFor(state, draft, question);
  return {
    draft,
    moment,
    question,
    questionText: question ? questionWords(state, question) : null,
    text,
    focus: focusOf(text, question),
    alsoOnFloor: onFloor.filter((other) => other.id !== draft.id).map(draftLabel),
  };
}

/** The resolution a record entry says was adopted ("Resolution 2 (2026)"), if it is one. */
export function adoptedIn(entry: RecordEntry): {
  readonly number: number;
  readonly year: number;
  readonly draft: string;
  readonly title: string;
} | null {
  return entry.kind === 'draft.adopted'
    ? {
        number: entry.resolutionNumber,
        year: new Date(entry.at).getUTCFullYear(),
        draft: entry.draft,
        title: entry.title,
      }
    : null;
}
