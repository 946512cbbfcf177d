/**
 * Draft resolutions and amendments as data: a working paper with its sponsors
 * and signatories, approved by the chair as a draft, introduced, amended, maybe
 * divided, then adopted (numbered), failed, vetoed or withdrawn. Operative
 * clauses carry a stable `key` so an amendment keeps aiming at the same clause
 * while other changes renumber the text.
 */
import { unreachable } from '../core/unreachable.ts';
import type { Tally } from '../votes/votes.ts';

// The question a vote puts is the votes' vocabulary; drafts re-export it for their callers.
export type { Question } from '../votes/votes.ts';

/** The part of the committee's state that holds drafts and amendments (so drafts need not import the state). */
export interface DraftsHeld {
  readonly drafts: readonly DraftResolution[];
  readonly amendments: readonly Amendment[];
}

/** A clause as written: its text and its sub-clauses, (a), (b)… */
export interface ClauseText {
  readonly text: string;
  readonly subClauses: readonly string[];
}

/** An operative clause of a draft. Its number is its place in the list; `key` never changes. */
export interface OperativeClause extends ClauseText {
  /** Identifies the clause within its draft for good (amendments aim at it). */
  readonly key: number;
  /** Sort key: the clauses stand in this order (an added clause gets one between its neighbours). */
  readonly order: number;
}

/** The words of a draft: preambular paragraphs, then numbered operative clauses. */
export interface DraftContent {
  readonly preambular: readonly string[];
  readonly operative: readonly ClauseText[];
}

export type DraftStatus =
  | { readonly kind: 'workingPaper' }
  | { readonly kind: 'draft' }
  | {
      readonly kind: 'adopted';
      readonly at: number;
      readonly voteId: string;
      /** Resolutions are numbered 1, 2, … in the order the committee adopts them. */
      readonly resolutionNumber: number;
      readonly tally: Tally;
    }
  | {
      readonly kind: 'failed';
      readonly at: number;
      /** Null when every operative part failed and no final vote was taken. */
      readonly voteId: string | null;
      readonly everyPartFailed: boolean;
    }
  | {
      readonly kind: 'vetoed';
      readonly at: number;
      readonly voteId: string;
      readonly vetoedBy: readonly string[];
    }
  | { readonly kind: 'withdrawn'; readonly at: number; readonly by: string };

export type DraftStatusKind = DraftStatus['kind'];

/** One part of a divided question: the operative clauses (by key) voted on together. */
export interface DivisionPart {
  /** How the motion named it ("OP 1–3"). */
  readonly label: string;
  readonly clauses: readonly number[];
  /** The outcome of its substantive vote, once taken. */
  readonly result: {
    readonly outcome: 'adopted' | 'failed' | 'vetoed';
    readonly voteId: string;
  } | null;
}

export interface DraftResolution {
  /** `WP/1`, `WP/2`… in the order submitted; never changes. */
  readonly id: string;
  /** `DR/1`, `DR/2`… in the order the chair approves drafts; null while a working paper. */
  readonly symbol: string | null;
  readonly title: string;
  /** Sponsors; the first is the delegation that submitted it. */
  readonly sponsors: readonly string[];
  readonly signatories: readonly string[];
  readonly preambular: readonly string[];
  /** The operative clauses as the text now stands, in order. */
  readonly operative: readonly OperativeClause[];
  /** The operative clauses as the chair approved them (the baseline of amendment marks). */
  readonly original: readonly OperativeClause[] | null;
  /** The key the next added clause gets. */
  readonly nextClauseKey: number;
  readonly status: DraftStatus;
  readonly submittedAt: number;
  readonly approvedAt: number | null;
  /** Introduced on the floor (motion to introduce granted). */
  readonly introduced: { readonly by: string; readonly at: number } | null;
  /** The question as divided by motion, part by part. */
  readonly division: readonly DivisionPart[] | null;
}

/** What an amendment does to the operative clauses. `clause` is the number the proposer wrote. */
export type AmendmentChange =
  | {
      readonly action: 'add';
      readonly clause: number;
      /** The key and sort key the new clause will have. */
      readonly key: number;
      readonly order: number;
      readonly text: string;
      readonly subClauses: readonly string[];
    }
  | { readonly action: 'strike'; readonly clause: number; readonly key: number }
  | {
      readonly action: 'replace';
      readonly clause: number;
      readonly key: number;
      readonly text: string;
      readonly subClauses: readonly string[];
    };

export type AmendmentAction = AmendmentChange['action'];

export type AmendmentStatus =
  /** Waiting for the sponsors: friendly once every sponsor accepts. */
  | { readonly kind: 'proposed' }
  /** Unfriendly, on the floor by motion: voted before the draft. */
  | { readonly kind: 'introduced' }
  /** Friendly: every sponsor accepted; part of the text without a vote. */
  | { readonly kind: 'incorporated'; readonly at: number }
  | { readonly kind: 'adopted'; readonly at: number; readonly voteId: string }
  | { readonly kind: 'failed'; readonly at: number; readonly voteId: string }
  | {
      readonly kind: 'vetoed';
      readonly at: number;
      readonly voteId: string;
      readonly vetoedBy: readonly string[];
    }
  | { readonly kind: 'withdrawn'; readonly at: number }
  | { readonly kind: 'lapsed'; readonly at: number; readonly reason: string };

export interface Amendment {
  /** `A/1`, `A/2`… in the order proposed. */
  readonly id: string;
  readonly draftId: string;
  readonly proposer: string;
  readonly change: AmendmentChange;
  /** Sponsors of the draft that accepted it as friendly, and those that declined. */
  readonly acceptedBy: readonly string[];
  readonly declinedBy: readonly string[];
  readonly proposedAt: number;
  /** Introduced on the floor as unfriendly (motion to introduce granted). */
  readonly introduced: { readonly by: string; readonly at: number } | null;
  readonly status: AmendmentStatus;
}

/** The draft with this id or symbol. */
export const findDraft = (state: DraftsHeld, ref: string): DraftResolution | undefined =>
  state.drafts.find((draft) => draft.id === ref || draft.symbol === ref);

/** The amendment with this id. */
export const findAmendment = (state: DraftsHeld, id: string): Amendment | undefined =>
  state.amendments.find((amendment) => amendment.id === id);

/** How a draft is called: its symbol once approved, else its working-paper id. */
export const draftLabel = (draft: Pick<DraftResolution, 'id' | 'symbol'>): string =>
  draft.symbol ?? draft.id;

/** Whether an amendment is still to be decided (proposed or introduced). */
export const undecided = (amendment: Amendment): boolean =>
  amendment.status.kind === 'proposed' || amendment.status.kind === 'introduced';

/** Whether the draft is on the floor and still to be voted on. */
export const awaitingVote = (draft: DraftResolution): boolean =>
  draft.status.kind === 'draft' && draft.introduced !== null;

/** The number a clause has in the text as it stands, or null if it is no longer there. */
export const clauseNumber = (draft: DraftResolution, key: number): number | null => {
  const index = draft.operative.findIndex((clause) => clause.key === key);
  return index === -1 ? null : index + 1;
};

/** Operative clauses numbered from 1, with keys and sort keys to match. */
export const keyedClauses = (clauses: readonly ClauseText[]): OperativeClause[] =>
  clauses.map((clause, index) => ({
    key: index + 1,
    order: index + 1,
    text: clause.text,
    subClauses: clause.subClauses,
  }));

/** The sort key for a clause added so that it becomes number `position` (1-based). */
export const orderForPosition = (clauses: readonly OperativeClause[], position: number): number => {
  const before = clauses[position - 2];
  const after = clauses[position - 1];
  if (before && after) return (before.order + after.order) / 2;
  if (before) return before.order + 1;
  if (after) return after.order - 1;
  return 1;
};

const byOrder = (a: OperativeClause, b: OperativeClause): number =>
  a.order - b.order || a.key - b.key;

/** The operative clauses after a change (a change aimed at a clause no longer there does nothing). */
export const applyChange = (
  clauses: readonly OperativeClause[],
  change: AmendmentChange,
): OperativeClause[] => {
  switch (change.action) {
    case 'add':
      return [
        ...clauses.filter((clause) => clause.key !== change.key),
        { key: change.key, order: change.order, text: change.text, subClauses: change.subClauses },
      ].sort(byOrder);
    case 'strike':
      return clauses.filter((clause) => clause.key !== change.key);
    case 'replace':
      return clauses.map((clause) =>
        clause.key === change.key
          ? { ...clause, text: change.text, subClauses: change.subClauses }
          : clause,
      );
    default:
      return unreachable(change);
  }
};

// Furthest from the original text first (PRoP rule 36; proc §8): a strike removes the
// words, a replacement changes them, an addition leaves them standing.
const distance: Readonly<Record<AmendmentAction, number>> = { strike: 0, replace: 1, add: 2 };

/**
 * The order amendments to one draft are voted in: strike before replace before add; then
 * in the order of the clauses they touch; then in the order proposed.
 */
export const compareAmendments = (draft: DraftResolution, a: Amendment, b: Amendment): number =>
  distance[a.change.action] - distance[b.change.action] ||
  place(draft, a) - place(draft, b) ||
  serial(a.id) - serial(b.id);

const place = (draft: DraftResolution, amendment: Amendment): number => {
  const change = amendment.change;
  if (change.action === 'add') return change.order;
  return draft.operative.find((clause) => clause.key === change.key)?.order ?? 0;
};

const serial = (id: string): number => Number(/(\d+)$/.exec(id)?.[1] ?? 0);

/** Labels of sub-clauses: (a) … (z), then (aa), (bb)… */
export const subClauseLabel = (index: number): string => {
  const letter = String.fromCharCode(97 + (index % 26));
  return `(${letter.repeat(Math.floor(index / 26) + 1)})`;
};

/** Every character of a draft's words, to bound what one event carries. */
export const contentLength = (content: DraftContent): number =>
  content.preambular.reduce((sum, line) => sum + line.length, 0) +
  content.operative.reduce(
    (sum, clause) =>
      sum + clause.text.length + clause.subClauses.reduce((n, sub) => n + sub.length, 0),
    0,
  );
