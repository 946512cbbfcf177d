/**
 * Reading a draft pasted as plain text, and the clause lists a motion to divide
 * the question names. Both are pure and forgiving about spacing, strict about
 * structure; the format is documented in docs/RULES.md (DRAFT-3).
 *
 * Pasted text, line by line (blank lines are ignored):
 * - `1. Calls upon…` or `1) Calls upon…`: a new operative clause (numbers are reassigned in order);
 * - `(a) …`, `a) …`, `a. …` (or `(iv) …`): a sub-clause of the operative clause above;
 * - any other line before the first operative clause: a preambular paragraph (a line starting
 *   in lower case continues the paragraph above, as a wrapped line does);
 * - any other line after it: continues the clause or sub-clause above;
 * - an opening line "The Security Council," is skipped.
 */
import type { ClauseText, DraftContent } from './drafts.ts';

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const OPERATIVE = /^(\d{1,3})\s*[.)]\s*(.*)$/;
const SUB_CLAUSE = /^(?:\(([a-z]{1,4})\)|([a-z])[.)](?=\s))\s*(.*)$/i;
const OPENING = /^(the\s+)?(security\s+)?council\s*,?$/i;

interface Building {
  text: string;
  subClauses: string[];
}

const join = (before: string, line: string): string => (before === '' ? line : `${before} ${line}`);

/** Parse a pasted draft into preambular paragraphs and operative clauses with sub-clauses. */
export const parseDraftText = (raw: string): Parsed<DraftContent> => {
  const preambular: string[] = [];
  const operative: Building[] = [];
  let inSubClause = false;
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    const current = operative.at(-1);
    const numbered = OPERATIVE.exec(line);
    if (numbered) {
      operative.push({ text: numbered[2] ?? '', subClauses: [] });
      inSubClause = false;
      continue;
    }
    const sub = SUB_CLAUSE.exec(line);
    if (sub) {
      if (!current) {
        return {
          ok: false,
          error: `line ${index + 1}: a sub-clause must follow a numbered operative clause`,
        };
      }
      current.subClauses.push(sub[3] ?? '');
      inSubClause = true;
      continue;
    }
    if (current) {
      const last = current.subClauses.length - 1;
      if (inSubClause && last >= 0)
        current.subClauses[last] = join(current.subClauses[last] ?? '', line);
      else current.text = join(current.text, line);
      continue;
    }
    if (preambular.length === 0 && OPENING.test(line)) continue;
    const previous = preambular.length - 1;
    if (previous >= 0 && /^[a-z]/.test(line))
      preambular[previous] = join(preambular[previous] ?? '', line);
    else preambular.push(line);
  }
  if (operative.length === 0) {
    return { ok: false, error: 'no operative clause: number them "1.", "2.", …' };
  }
  const empty = operative.findIndex(
    (clause) => clause.text === '' || clause.subClauses.some((sub) => sub === ''),
  );
  if (empty !== -1) return { ok: false, error: `operative clause ${empty + 1} has no text` };
  return { ok: true, value: { preambular, operative } };
};

/** One clause written with its sub-clauses on lines of their own: "Calls upon States:\n(a) to…". */
export const parseClauseText = (raw: string): Parsed<ClauseText> => {
  const parsed = parseDraftText(`1. ${raw}`);
  if (!parsed.ok) return parsed;
  const [clause, ...more] = parsed.value.operative;
  if (!clause || more.length > 0)
    return { ok: false, error: 'write one clause (sub-clauses as (a), (b)…)' };
  return { ok: true, value: clause };
};

const IGNORED = new Set([
  'op',
  'ops',
  'operative',
  'clause',
  'clauses',
  'paragraph',
  'paragraphs',
  'para',
  'paras',
  'and',
]);

/**
 * The operative clause numbers a part names: "1–3, 5", "OP 4 and 6", "Part B: clauses 2 to 4".
 * A label before a colon is ignored; anything else but numbers, ranges (-, –, —, "to") and the
 * words op, operative, clause(s), paragraph(s), and is refused (null).
 */
export const parseClauseList = (text: string): number[] | null => {
  const body = text.includes(':') ? text.slice(text.lastIndexOf(':') + 1) : text;
  const tokens = body.toLowerCase().match(/\d+|[a-z]+|[^\s\da-z]/g) ?? [];
  const numbers: number[] = [];
  let rangeFrom: number | null = null;
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      const value = Number(token);
      if (rangeFrom !== null) {
        if (value < rangeFrom || value - rangeFrom > 200) return null;
        for (let n = rangeFrom + 1; n <= value; n += 1) numbers.push(n);
        rangeFrom = null;
      } else numbers.push(value);
    } else if (token === 'to' || token === '-' || token === '–' || token === '—') {
      const from = numbers.at(-1);
      if (from === undefined || rangeFrom !== null) return null;
      rangeFrom = from;
    } else if (
      !IGNORED.has(token) &&
      token !== ',' &&
      token !== ';' &&
      token !== '&' &&
      token !== '.'
    ) {
      return null;
    }
  }
  if (rangeFrom !== null || numbers.length === 0) return null;
  return numbers;
};
