/**
 * A working paper on a delegate's phone (web/src/lib/seat/drafts/paper.ts):
 * its words go from pasted text to the clause editor and back without losing
 * or changing a word, a text that does not read stays pasted with the
 * reader's reason, and what is submitted is the words as written (blank rows
 * left out). The reader itself is the rules' `parseDraftText` (DRAFT-3).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraftText, type DraftContent } from '@placard/shared';
import {
  blankPaper,
  checkPaper,
  clause,
  clauseAsText,
  contentAsText,
  contentOf,
  move,
  paperOf,
  row,
  switchMode,
  type Paper,
} from '../../web/src/lib/seat/drafts/paper.ts';
import { t } from '../../web/src/lib/i18n/seatDrafts.ts';

const WORDS: DraftContent = {
  preambular: [
    'Recalling its resolutions on transnational organized crime,',
    'Deeply concerned by the violence of drug cartels in Mexico and South America,',
  ],
  operative: [
    {
      text: 'Calls upon all States:',
      subClauses: ['to share financial intelligence;', 'to control precursor chemicals;'],
    },
    { text: 'Requests the Secretary-General to report within 90 days;', subClauses: [] },
    { text: 'Decides to remain seized of the matter.', subClauses: [] },
  ],
};

const TEXT = `Recalling its resolutions on transnational organized crime,
Deeply concerned by the violence of drug cartels in Mexico and South America,

1. Calls upon all States:
(a) to share financial intelligence;
(b) to control precursor chemicals;
2. Requests the Secretary-General to report within 90 days;
3. Decides to remain seized of the matter.`;

/** The editor's rows as plain words (row ids left out). */
const rows = (paper: Paper) => ({
  preambular: paper.preambular.map((entry) => entry.text),
  operative: paper.operative.map((entry) => ({
    text: entry.text,
    subClauses: entry.subClauses.map((sub) => sub.text),
  })),
});

const pastedPaper = (pasted: string): Paper => ({ ...blankPaper(), pasted });

describe('a working paper: text and clause editor', () => {
  it('writes words in the paste format, and the reader reads the same words back', () => {
    expect(contentAsText(WORDS)).toBe(TEXT);
    expect(parseDraftText(contentAsText(WORDS))).toEqual({ ok: true, value: WORDS });
    // No preamble: no blank line before the first clause.
    const operativeOnly = { preambular: [], operative: WORDS.operative };
    expect(contentAsText(operativeOnly).startsWith('1. Calls upon all States:\n(a) ')).toBe(true);
    expect(parseDraftText(contentAsText(operativeOnly))).toEqual({
      ok: true,
      value: operativeOnly,
    });
  });

  it('reads pasted text into rows, and writes the rows back as the same text', () => {
    const paper = pastedPaper(`The Security Council,\n\n${TEXT}`);
    expect(switchMode(paper, 'clauses')).toBeNull();
    expect(paper.mode).toBe('clauses');
    expect(rows(paper)).toEqual(WORDS);

    expect(switchMode(paper, 'paste')).toBeNull();
    expect(paper.mode).toBe('paste');
    // The opening line is not a paragraph: it does not come back.
    expect(paper.pasted).toBe(TEXT);
  });

  it('carries edits made in the editor over to the text', () => {
    const paper = pastedPaper(TEXT);
    switchMode(paper, 'clauses');
    paper.preambular.push(row('Guided by the Charter of the United Nations,'));
    move(paper.preambular, 2, -1);
    move(paper.preambular, 1, -1);
    paper.operative[1]?.subClauses.push(row('to report every six months;'));
    paper.operative.splice(2, 0, clause('Encourages regional cooperation;'));

    switchMode(paper, 'paste');
    expect(parseDraftText(paper.pasted)).toEqual({
      ok: true,
      value: {
        preambular: ['Guided by the Charter of the United Nations,', ...WORDS.preambular],
        operative: [
          WORDS.operative[0],
          {
            text: 'Requests the Secretary-General to report within 90 days;',
            subClauses: ['to report every six months;'],
          },
          { text: 'Encourages regional cooperation;', subClauses: [] },
          WORDS.operative[2],
        ],
      },
    });
  });

  it('leaves blank rows out and trims the words when the rows become text', () => {
    const paper: Paper = {
      ...blankPaper(),
      mode: 'clauses',
      preambular: [row('  Noting the report,  '), row('   ')],
      operative: [clause(' Urges States: ', ['', ' to act; ']), clause('')],
    };
    switchMode(paper, 'paste');
    expect(paper.pasted).toBe('Noting the report,\n\n1. Urges States:\n(a) to act;');
  });

  it('writes no text for an editor with no clause', () => {
    const paper: Paper = { ...blankPaper(), mode: 'clauses', preambular: [row('Noting,')] };
    switchMode(paper, 'paste');
    expect(paper.pasted).toBe('');
  });

  it('keeps a text that does not read pasted, with the reader’s reason, and the rows as they were', () => {
    const paper = pastedPaper('(a) to share financial intelligence;\n1. Calls upon all States.');
    const before = rows(paper);
    expect(switchMode(paper, 'clauses')).toBe(
      t('seat.paper.cannotSwitch', {
        reason: 'line 1: a sub-clause must follow a numbered operative clause',
      }),
    );
    expect(paper.mode).toBe('paste');
    expect(rows(paper)).toEqual(before);

    const noClause = pastedPaper('Recalling its resolutions,');
    expect(switchMode(noClause, 'clauses')).toContain('no operative clause');
    expect(noClause.mode).toBe('paste');
  });

  it('opens the editor on its rows when nothing is pasted, with at least one clause to fill', () => {
    const paper = blankPaper();
    const [firstRow] = paper.preambular;
    expect(switchMode(paper, 'clauses')).toBeNull();
    expect(paper.preambular[0]).toBe(firstRow);
    expect(rows(paper)).toEqual({ preambular: [''], operative: [{ text: '', subClauses: [] }] });

    const emptied: Paper = { ...blankPaper(), operative: [] };
    switchMode(emptied, 'clauses');
    expect(emptied.operative).toHaveLength(1);
  });

  it('does nothing when asked for the mode it is in', () => {
    const paper = pastedPaper('not a draft');
    expect(switchMode(paper, 'paste')).toBeNull();
    expect(paper.pasted).toBe('not a draft');
  });

  it('gives a paper to edit the same words as text and as rows', () => {
    const paper = paperOf('Drug cartels', WORDS);
    expect(paper.title).toBe('Drug cartels');
    expect(paper.mode).toBe('paste');
    expect(paper.pasted).toBe(TEXT);
    expect(rows(paper)).toEqual(WORDS);
    // Rows have their own ids, so the editor's keyed lists follow them as they move.
    const ids = [...paper.preambular, ...paper.operative].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes one clause with its sub-clauses on lines of their own', () => {
    expect(clauseAsText(WORDS.operative[0] ?? { text: '', subClauses: [] })).toBe(
      'Calls upon all States:\n(a) to share financial intelligence;\n(b) to control precursor chemicals;',
    );
    expect(clauseAsText({ text: 'Decides.', subClauses: [] })).toBe('Decides.');
  });
});

describe('a working paper: what is submitted', () => {
  it('sends pasted text as text (trimmed), for the rules to read', () => {
    expect(contentOf(pastedPaper(`\n  ${TEXT}  \n`))).toEqual({ content: { text: TEXT } });
    expect(contentOf(pastedPaper('   \n'))).toEqual({ missing: t('seat.paper.missingText') });
  });

  it('sends the rows as words, blank rows left out, in the same words as the text', () => {
    const paper = pastedPaper(TEXT);
    switchMode(paper, 'clauses');
    paper.preambular.push(row('  '));
    paper.operative[0]?.subClauses.push(row(''));
    const sent = contentOf(paper);
    expect(sent).toEqual({ content: WORDS });
    expect(sent).toEqual({ content: (parseDraftText(TEXT) as { value: DraftContent }).value });
  });

  it('names what is missing in the rows before the rules are asked', () => {
    const none: Paper = { ...blankPaper(), mode: 'clauses', operative: [clause(' ')] };
    expect(contentOf(none)).toEqual({ missing: t('seat.paper.missingClause') });
    const headless: Paper = {
      ...blankPaper(),
      mode: 'clauses',
      operative: [clause('Urges States:'), clause('', ['to act;'])],
    };
    expect(contentOf(headless)).toEqual({
      missing: t('seat.paper.blankClause', { number: 2 }),
    });
  });

  it('moves a row one place, and not past either end', () => {
    const items = ['a', 'b', 'c'];
    move(items, 0, 1);
    expect(items).toEqual(['b', 'a', 'c']);
    move(items, 2, -1);
    expect(items).toEqual(['b', 'c', 'a']);
    move(items, 0, -1);
    move(items, 2, 1);
    expect(items).toEqual(['b', 'c', 'a']);
  });
});

// Words a delegate writes: paragraphs and clauses start with a capital (a lower-case line
// continues the one above, DRAFT-3), sub-clauses with a lower-case word, on one line each.
const tail = fc.array(fc.stringMatching(/^[a-z0-9,;:'()-]{1,8}$/), { maxLength: 6 });
const sentence = (first: fc.Arbitrary<string>) =>
  fc.tuple(first, tail).map(([word, rest]) => [word, ...rest].join(' '));
const capital = fc.stringMatching(/^[A-Z][a-z]{1,9}$/).filter((word) => !/^council$/i.test(word));
const content = fc.record({
  preambular: fc.array(sentence(capital), { maxLength: 4 }),
  operative: fc.array(
    fc.record({
      text: sentence(capital),
      subClauses: fc.array(sentence(fc.constantFrom('to', 'by', 'with')), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});

describe('a working paper: any words', () => {
  it('come back the same through text → rows → text → rows', () => {
    fc.assert(
      fc.property(content, (words) => {
        const paper = pastedPaper(contentAsText(words));
        expect(switchMode(paper, 'clauses')).toBeNull();
        expect(rows(paper)).toEqual(words);
        const text = paper.pasted;
        switchMode(paper, 'paste');
        expect(paper.pasted).toBe(text);
        switchMode(paper, 'clauses');
        expect(contentOf(paper)).toEqual({ content: words });
      }),
      { numRuns: 200 },
    );
  });
});

describe('what the form says of a working paper before it is sent', () => {
  const paste = (text: string): Paper => ({ ...blankPaper(), mode: 'paste', pasted: text });

  it('says at once why pasted words do not read, but what is missing only once the delegate tried', () => {
    const invalid = { code: 'invalid', message: 'operative clauses are missing' };
    const words = contentOf(paste(TEXT));
    expect(checkPaper('Cartels', words, invalid, false)).toEqual({
      wordsProblem: t('seat.paper.doesNotRead', { reason: 'operative clauses are missing' }),
      notNow: null,
      titleMissing: false,
    });
    const empty = contentOf(paste(''));
    expect('missing' in empty).toBe(true);
    expect(checkPaper('', empty, null, false)).toEqual({
      wordsProblem: null,
      notNow: null,
      titleMissing: false,
    });
    const tried = checkPaper('', empty, null, true);
    expect(tried.titleMissing).toBe(true);
    expect(tried.wordsProblem).toBe('missing' in empty ? empty.missing : null);
  });

  it('gives the rules’ reason when it is not the words (not now), and nothing when they take it', () => {
    const words = contentOf(paste(TEXT));
    const notNow = { code: 'out_of_order', message: 'the meeting is not sitting' };
    expect(checkPaper('Cartels', words, notNow, true)).toEqual({
      wordsProblem: null,
      notNow: 'the meeting is not sitting',
      titleMissing: false,
    });
    expect(checkPaper('Cartels', words, null, true)).toEqual({
      wordsProblem: null,
      notNow: null,
      titleMissing: false,
    });
  });
});
