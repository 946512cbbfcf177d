/**
 * A draft's text as the chamber sees it: the operative clauses as they now
 * stand, marked against the text the chair approved (clauses inserted or
 * struck by friendly or adopted amendments, or dropped by a division), with
 * the undecided amendments given overlaid as proposed marks. Plain data for
 * phones, the board and the chair console to render.
 */
import {
  compareAmendments,
  draftLabel,
  subClauseLabel,
  undecided,
  type Amendment,
  type DraftResolution,
  type DraftStatusKind,
  type OperativeClause,
} from './drafts.ts';
import type { CommitteeState } from '../core/state.ts';

export type TextMark = 'inserted' | 'struck';

export interface MarkedSubClause {
  /** "(a)", "(b)"… */
  readonly label: string;
  readonly text: string;
}

/** One operative clause to show, with how it differs from the approved text. */
export interface MarkedClause {
  readonly key: number;
  /** Its number in the text as it now stands; null when struck out or only proposed. */
  readonly number: number | null;
  readonly text: string;
  readonly subClauses: readonly MarkedSubClause[];
  /** Inserted or struck (relative to the approved text, or by a proposal); null if unchanged. */
  readonly mark: TextMark | null;
  /** True when the mark is only proposed by an amendment not yet decided. */
  readonly proposed: boolean;
  /** The amendment behind the mark, if any (a clause dropped by a division has none). */
  readonly amendmentId: string | null;
  /** The part of a divided question the clause belongs to (1-based), if divided. */
  readonly part: number | null;
}

export interface MarkedDraft {
  readonly id: string;
  readonly symbol: string | null;
  /** The symbol once approved, else the working-paper id. */
  readonly label: string;
  readonly title: string;
  readonly status: DraftStatusKind;
  readonly sponsors: readonly string[];
  readonly signatories: readonly string[];
  readonly preambular: readonly string[];
  readonly operative: readonly MarkedClause[];
}

interface Entry {
  readonly clause: MarkedClause;
  readonly order: number;
  /** Within one place: the old words, then the words standing, then proposed words. */
  readonly rank: number;
}

const sameWords = (a: OperativeClause, b: OperativeClause): boolean =>
  a.text === b.text &&
  a.subClauses.length === b.subClauses.length &&
  a.subClauses.every((sub, index) => sub === b.subClauses[index]);

/**
 * The draft's text with amendments marked: decided changes since approval as inserted or
 * struck, and each undecided amendment among `amendments` as a proposed mark (in voting
 * order). Pass `state.amendments` for every proposal, or only the one being voted on.
 */
export const draftText = (
  draft: DraftResolution,
  amendments: readonly Amendment[] = [],
): MarkedDraft => {
  const mine = amendments.filter((amendment) => amendment.draftId === draft.id);
  const numbers = new Map(draft.operative.map((clause, index) => [clause.key, index + 1]));
  const part = (key: number): number | null => {
    const index = draft.division?.findIndex((entry) => entry.clauses.includes(key)) ?? -1;
    return index === -1 ? null : index + 1;
  };
  const changedBy = (key: number): string | null =>
    mine.findLast(
      (amendment) =>
        (amendment.status.kind === 'incorporated' || amendment.status.kind === 'adopted') &&
        amendment.change.key === key,
    )?.id ?? null;
  const entry = (
    clause: Pick<OperativeClause, 'key' | 'order' | 'text' | 'subClauses'>,
    rank: number,
    mark: TextMark | null,
    proposed: boolean,
    amendmentId: string | null,
  ): Entry => ({
    order: clause.order,
    rank,
    clause: {
      key: clause.key,
      number: rank === 1 ? (numbers.get(clause.key) ?? null) : null,
      text: clause.text,
      subClauses: clause.subClauses.map((text, index) => ({ label: subClauseLabel(index), text })),
      mark,
      proposed,
      amendmentId,
      part: part(clause.key),
    },
  });

  const base = draft.original ?? draft.operative;
  const entries: Entry[] = [];
  for (const clause of base) {
    const now = draft.operative.find((candidate) => candidate.key === clause.key);
    if (!now) entries.push(entry(clause, 0, 'struck', false, changedBy(clause.key)));
    else if (sameWords(clause, now)) entries.push(entry(now, 1, null, false, null));
    else {
      entries.push(entry(clause, 0, 'struck', false, changedBy(clause.key)));
      entries.push(entry(now, 1, 'inserted', false, changedBy(clause.key)));
    }
  }
  for (const clause of draft.operative) {
    if (!base.some((candidate) => candidate.key === clause.key)) {
      entries.push(entry(clause, 1, 'inserted', false, changedBy(clause.key)));
    }
  }

  const pending = mine.filter(undecided).sort((a, b) => compareAmendments(draft, a, b));
  for (const amendment of pending) {
    const change = amendment.change;
    if (change.action === 'add') {
      entries.push(entry(change, 2, 'inserted', true, amendment.id));
      continue;
    }
    const index = entries.findIndex(
      (candidate) => candidate.rank === 1 && candidate.clause.key === change.key,
    );
    const standing = entries[index];
    if (!standing) continue;
    if (!(standing.clause.mark === 'struck' && standing.clause.proposed)) {
      entries[index] = {
        ...standing,
        clause: { ...standing.clause, mark: 'struck', proposed: true, amendmentId: amendment.id },
      };
    }
    if (change.action === 'replace') {
      entries.push(entry({ ...change, order: standing.order }, 2, 'inserted', true, amendment.id));
    }
  }

  const operative = entries
    .map((item, sequence) => ({ item, sequence }))
    .sort(
      (a, b) => a.item.order - b.item.order || a.item.rank - b.item.rank || a.sequence - b.sequence,
    )
    .map(({ item }) => item.clause);
  return {
    id: draft.id,
    symbol: draft.symbol,
    label: draftLabel(draft),
    title: draft.title,
    status: draft.status.kind,
    sponsors: draft.sponsors,
    signatories: draft.signatories,
    preambular: draft.preambular,
    operative,
  };
};

/**
 * The drafts and amendments introduced on the floor, flat, as `state.drafts` listed them
 * before drafts had a lifecycle (for readers written against that shape).
 */
export interface DraftRef {
  /** The draft's symbol, or the amendment's id. */
  readonly id: string;
  readonly title: string;
  readonly kind: 'draft' | 'amendment';
  /** For an amendment: the symbol of the draft it amends. */
  readonly amends: string | null;
  readonly introducedBy: string;
  readonly introducedAt: number;
  /** The labels of the parts, once the question is divided. */
  readonly parts: readonly string[] | null;
}

/** Everything introduced on the floor: drafts (in voting order), then amendments. */
export const draftRefs = (state: CommitteeState): DraftRef[] => [
  ...state.drafts.flatMap((draft) =>
    draft.introduced
      ? [
          {
            id: draftLabel(draft),
            title: draft.title,
            kind: 'draft' as const,
            amends: null,
            introducedBy: draft.introduced.by,
            introducedAt: draft.introduced.at,
            parts: draft.division?.map((entry) => entry.label) ?? null,
          },
        ]
      : [],
  ),
  ...state.amendments.flatMap((amendment) => {
    const draft = state.drafts.find((candidate) => candidate.id === amendment.draftId);
    return amendment.introduced && draft
      ? [
          {
            id: amendment.id,
            title: `Amendment ${amendment.id} to ${draftLabel(draft)}`,
            kind: 'amendment' as const,
            amends: draftLabel(draft),
            introducedBy: amendment.introduced.by,
            introducedAt: amendment.introduced.at,
            parts: null,
          },
        ]
      : [];
  }),
];
