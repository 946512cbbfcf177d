import { describe, expect, it } from 'vitest';
import { Scenario, cmd, seat } from '../../testing/scenario.ts';
import { parseClauseText, parseDraftText } from './draftParser.ts';
import { draftText } from './draftText.ts';
import { resolutionContext, resolutionHtml, resolutionMarkdown } from './resolutionExport.ts';

const pasted = `The Security Council,

Recalling its resolutions on transnational organized crime,
Deeply concerned by the violence of drug cartels
in Mexico and South America,

1. Calls upon all States:
(a) to share financial intelligence;
b) to control precursor chemicals,
   including by licensing;
2) Requests the Secretary-General to report
within 90 days;
3. Decides to remain seized of the matter.`;

describe('the text of drafts', () => {
  it('DRAFT-3: pasted text is read into preambular paragraphs and numbered operative clauses with sub-clauses', () => {
    // given a draft pasted from a phone, when it is parsed
    const parsed = parseDraftText(pasted);
    // then the opening line is skipped, wrapped lines are joined, numbers are reassigned
    expect(parsed).toEqual({
      ok: true,
      value: {
        preambular: [
          'Recalling its resolutions on transnational organized crime,',
          'Deeply concerned by the violence of drug cartels in Mexico and South America,',
        ],
        operative: [
          {
            text: 'Calls upon all States:',
            subClauses: [
              'to share financial intelligence;',
              'to control precursor chemicals, including by licensing;',
            ],
          },
          { text: 'Requests the Secretary-General to report within 90 days;', subClauses: [] },
          { text: 'Decides to remain seized of the matter.', subClauses: [] },
        ],
      },
    });
    // and text without a numbered clause, or a sub-clause with no clause, is refused
    expect(parseDraftText('Recalling everything,\nDecides nothing.')).toMatchObject({ ok: false });
    expect(parseDraftText('(a) to act;\n1. Decides.')).toEqual({
      ok: false,
      error: 'line 1: a sub-clause must follow a numbered operative clause',
    });
    expect(parseClauseText('Urges States:\n(a) to act;\n(b) to report.')).toEqual({
      ok: true,
      value: { text: 'Urges States:', subClauses: ['to act;', 'to report.'] },
    });
    // and when a seat submits the pasted text, then the working paper holds the parsed clauses
    const s = new Scenario().inDebate();
    s.run(seat('COL'), cmd('draft.submit', { title: 'Cartels', content: { text: pasted } }));
    expect(s.draft('WP/1').operative.map((clause) => clause.subClauses.length)).toEqual([2, 0, 0]);
    expect(
      s.outcome(seat('COL'), cmd('draft.submit', { title: 'Bad', content: { text: 'Nothing' } })),
    ).toBe('invalid');
  });

  it('DRAFT-12: the text shows amendments marked: decided changes inserted or struck against the approved text, undecided ones as proposals', () => {
    // given an introduced draft, a friendly replacement of clause 2, an adopted strike of
    // clause 3, and an unfriendly addition still to be voted
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    const replace = s.propose('COL', id, {
      action: 'replace',
      clause: 2,
      text: 'Requests UNODC to assist States;',
    });
    const strike = s.unfriendly('RUS', id, { action: 'strike', clause: 3 });
    const add = s.unfriendly('PAN', id, { action: 'add', clause: 2, text: 'Urges States to act;' });
    s.carry({ kind: 'closeDebate' });
    s.voteOnNextQuestion('yes');
    // when the text is rendered with every amendment
    const text = draftText(s.draft(id), s.state.amendments);
    // then each clause carries its number now, its mark and the amendment behind it
    expect(
      text.operative.map((c) => [c.number, c.mark, c.proposed, c.amendmentId, c.text.slice(0, 24)]),
    ).toEqual([
      [1, null, false, null, 'Calls upon all States to'],
      [null, 'inserted', true, add, 'Urges States to act;'],
      [null, 'struck', false, replace, 'Requests UNODC to suppor'],
      [2, 'inserted', false, replace, 'Requests UNODC to assist'],
      [null, 'struck', false, strike, 'Requests the Secretary-G'],
      [3, null, false, null, 'Decides to remain seized'],
    ]);
    expect(text.operative[0]?.subClauses).toEqual([
      { label: '(a)', text: 'by sharing financial intelligence;' },
      { label: '(b)', text: 'by controlling precursor chemicals;' },
    ]);
    expect(text).toMatchObject({ label: 'DR/1', status: 'draft', sponsors: ['COL'] });
    // and without amendments given, only the decided changes are marked
    expect(draftText(s.draft(id)).operative.filter((c) => c.proposed)).toEqual([]);
    // and a pending strike marks the standing clause as proposed struck, keeping its number
    const later = new Scenario().inDebate();
    const other = later.introducedDraft('COL');
    const pending = later.propose('USA', other, { action: 'strike', clause: 4 });
    expect(draftText(later.draft(other), later.state.amendments).operative[3]).toMatchObject({
      number: 4,
      mark: 'struck',
      proposed: true,
      amendmentId: pending,
    });
  });

  it('DRAFT-13: an adopted resolution exports as Markdown and as a print-ready A4 HTML page, the delegates’ words escaped', () => {
    // given a draft whose title and clause carry markup, adopted as resolution 1
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL', {
      title: 'Cartels <script>alert(1)</script> & *arms*',
      operative: [
        { text: 'Calls upon States:', subClauses: ['to act <now>;', 'to report.'] },
        '2026. was a year of _violence_;',
      ],
    });
    s.carry({ kind: 'closeDebate' });
    s.voteOnNextQuestion('yes', { RUS: 'abstain' });
    const draft = s.draft(id);
    // when it is exported
    const markdown = resolutionMarkdown(draft, resolutionContext(s.state));
    const html = resolutionHtml(draft, resolutionContext(s.state));
    // then the Markdown has the number, the adoption, the sponsors and numbered clauses, escaped
    expect(markdown.split('\n').slice(0, 9)).toEqual([
      '# Resolution 1 (2025)',
      '',
      '**Cartels \\<script\\>alert(1)\\</script\\> & \\*arms\\***',
      '',
      '_Adopted by the Security Council on 15 June 2025 by 14 votes to 0, with 1 abstention._',
      '',
      'Sponsors: Colombia  ',
      'Signatories: Bahrain, China, DR Congo',
      '',
    ]);
    expect(markdown).toContain(
      '1. Calls upon States:\n\n   (a) to act \\<now\\>;\n\n   (b) to report.',
    );
    expect(markdown).toContain('2. 2026\\. was a year of \\_violence\\_;');
    // and the HTML page is A4, self-contained, with nothing of the delegates' unescaped
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toContain('<script');
    expect(html).toContain('Cartels &#60;script&#62;alert(1)&#60;/script&#62; &#38; *arms*');
    expect(html).toContain(
      '<li>Calls upon States:<ol class="sub"><li>(a) to act &#60;now&#62;;</li>',
    );
    expect(html).toContain('<h1>Resolution 1 (2025)</h1>');
  });
});
