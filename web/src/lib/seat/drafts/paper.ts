/**
 * A working paper as the delegate types it: a title, and its words either
 * pasted whole (read by the shared `parseDraftText`, DRAFT-3) or written
 * clause by clause in the editor. This file turns one form into the other and
 * into the `content` a `draft.submit` or `draft.edit` carries; the rules
 * engine, not this file, decides whether the words are acceptable.
 */
import {
  parseDraftText,
  subClauseLabel,
  type ClauseText,
  type DraftContent,
  type DraftContentInput,
} from '@placard/shared';
import { t } from '#lib/i18n/seatDrafts.ts';
import type { Refused } from '../rules.ts';

export type WordsMode = 'paste' | 'clauses';

/** One paragraph or sub-clause in the editor; `id` keys it while rows move. */
export interface Row {
  readonly id: number;
  text: string;
}

export interface EditorClause {
  readonly id: number;
  text: string;
  subClauses: Row[];
}

export interface Paper {
  title: string;
  mode: WordsMode;
  pasted: string;
  preambular: Row[];
  operative: EditorClause[];
}

let lastRowId = 0;

export const row = (text = ''): Row => ({ id: ++lastRowId, text });

export const clause = (text = '', subClauses: readonly string[] = []): EditorClause => ({
  id: ++lastRowId,
  text,
  subClauses: subClauses.map((sub) => row(sub)),
});

/** A blank paper: pasting first (most delegates write elsewhere and paste), one row of each in the editor. */
export const blankPaper = (): Paper => ({
  title: '',
  mode: 'paste',
  pasted: '',
  preambular: [row()],
  operative: [clause()],
});

/** The words as text in the paste format, so they read back the same (sub-clauses as "(a) …"). */
export function contentAsText(content: {
  readonly preambular: readonly string[];
  readonly operative: readonly ClauseText[];
}): string {
  const lines = [...content.preambular];
  if (lines.length > 0) lines.push('');
  content.operative.forEach((entry, index) => {
    lines.push(`${index + 1}. ${entry.text}`);
    entry.subClauses.forEach((sub, subIndex) => lines.push(`${subClauseLabel(subIndex)} ${sub}`));
  });
  return lines.join('\n');
}

/** One clause as text: its words, then its sub-clauses on lines of their own. */
export const clauseAsText = (entry: ClauseText): string =>
  [entry.text, ...entry.subClauses.map((sub, index) => `${subClauseLabel(index)} ${sub}`)].join(
    '\n',
  );

/** A paper holding these words (to edit a working paper), pasted text and editor rows alike. */
export const paperOf = (title: string, content: DraftContent): Paper => ({
  title,
  mode: 'paste',
  pasted: contentAsText(content),
  preambular: content.preambular.map((paragraph) => row(paragraph)),
  operative: content.operative.map((entry) => clause(entry.text, entry.subClauses)),
});

/** The editor's words, blank rows left out (an empty row is a slot the delegate did not fill). */
const editorWords = (paper: Paper): DraftContent => ({
  preambular: paper.preambular.map((entry) => entry.text.trim()).filter((text) => text !== ''),
  operative: paper.operative
    .map((entry) => ({
      text: entry.text.trim(),
      subClauses: entry.subClauses.map((sub) => sub.text.trim()).filter((text) => text !== ''),
    }))
    .filter((entry) => entry.text !== '' || entry.subClauses.length > 0),
});

/** The `content` of the command, or what is missing in words (before the rules are asked). */
export function contentOf(paper: Paper): { content: DraftContentInput } | { missing: string } {
  if (paper.mode === 'paste') {
    const text = paper.pasted.trim();
    return text === '' ? { missing: t('seat.paper.missingText') } : { content: { text } };
  }
  const words = editorWords(paper);
  if (words.operative.length === 0) return { missing: t('seat.paper.missingClause') };
  const blank = words.operative.findIndex((entry) => entry.text === '');
  if (blank !== -1) return { missing: t('seat.paper.blankClause', { number: blank + 1 }) };
  return {
    content: {
      preambular: [...words.preambular],
      operative: words.operative.map((entry) => ({
        text: entry.text,
        subClauses: [...entry.subClauses],
      })),
    },
  };
}

/**
 * Switch how the words are written, carrying them over: pasted text is read into rows (it
 * must read as a draft, else the reason and no switch), rows are written out as text.
 */
export function switchMode(paper: Paper, mode: WordsMode): string | null {
  if (mode === paper.mode) return null;
  if (mode === 'paste') {
    const words = editorWords(paper);
    paper.pasted = words.operative.length > 0 ? contentAsText(words) : '';
    paper.mode = 'paste';
    return null;
  }
  if (paper.pasted.trim() !== '') {
    const parsed = parseDraftText(paper.pasted);
    if (!parsed.ok) return t('seat.paper.cannotSwitch', { reason: parsed.error });
    paper.preambular = parsed.value.preambular.map((paragraph) => row(paragraph));
    paper.operative = parsed.value.operative.map((entry) => clause(entry.text, entry.subClauses));
  }
  if (paper.operative.length === 0) paper.operative = [clause()];
  paper.mode = 'clauses';
  return null;
}

/** Move the item at `index` one place up (-1) or down (+1) in its list. */
export function move<T>(items: T[], index: number, direction: -1 | 1): void {
  const target = index + direction;
  if (target < 0 || target >= items.length) return;
  const [item] = items.splice(index, 1);
  if (item !== undefined) items.splice(target, 0, item);
}

/** What a working paper's form says of it before it is sent. */
export interface PaperCheck {
  /** Words that do not read (said at once), or what is missing (once the delegate tried). */
  readonly wordsProblem: string | null;
  /** Why the rules refuse it now, when the words are not the reason. */
  readonly notNow: string | null;
  readonly titleMissing: boolean;
}

/**
 * Check a paper's title and words against the rules' answer for the command that would
 * send them (`rules`: null when they would take it); `tried` once the delegate pressed send.
 */
export function checkPaper(
  title: string,
  words: ReturnType<typeof contentOf>,
  rules: Refused | null,
  tried: boolean,
): PaperCheck {
  return {
    wordsProblem:
      rules?.code === 'invalid'
        ? t('seat.paper.doesNotRead', { reason: rules.message })
        : tried && 'missing' in words
          ? words.missing
          : null,
    notNow: rules && rules.code !== 'invalid' ? rules.message : null,
    titleMissing: tried && title === '',
  };
}
