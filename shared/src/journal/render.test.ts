import { describe, expect, it } from 'vitest';
import { councilTemplate } from '../testing/scenario.ts';
import { formatDuration, isTimeZone, timeFormat } from './format.ts';
import { escapeHtml, renderMinutesHtml } from './html.ts';
import { buildMinutes } from './journal.ts';
import { escapeMarkdown, renderMinutesMarkdown } from './markdown.ts';
import { scriptedLog } from './sessionLog.ts';
import { POINT_TEXT, expectedSpeeches } from './testSession.ts';

describe('minutes renderers', () => {
  const { events } = scriptedLog();
  const minutes = buildMinutes({ committee: { id: 'unsc', template: councilTemplate() }, events });

  it('formats durations and times in an explicit zone', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(75)).toBe('1 min 15 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(3725)).toBe('1 h 2 min 5 s');
    const at = Date.UTC(2026, 2, 1, 9, 5, 30);
    expect(timeFormat().time(at)).toBe('09:05:30');
    expect(timeFormat('Europe/Paris').time(at)).toBe('10:05:30');
    expect(timeFormat().date(at)).toBe('1 March 2026');
    expect(isTimeZone('America/Mexico_City')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('Markdown: every section, every speech with its duration, every vote with its record', () => {
    const md = renderMinutesMarkdown(minutes);
    for (const heading of [
      '# Security Council: minutes',
      '## Attendance',
      '## Proceedings',
      '## Speeches',
      '## Motions',
      '## Votes',
      '## Participation',
    ]) {
      expect(md).toContain(`\n${heading}\n`.slice(heading.startsWith('# ') ? 1 : 0));
    }
    expect(md).toContain("France spoke (speakers' list, S1) for 1 min 15 s; yielded to the chair.");
    expect(md).toContain('yielded 50 s to United States');
    expect(md).toContain('vetoed by the negative vote of Russia, 13–1–1');
    expect(md).toContain('| Russia | P5 | No | veto |');
    expect(md).toContain('| Somalia |  | Yes | passed in the first round |');
    expect(md).toContain('- **Absent:** Liberia, Ecuador');
    expect(md).toContain('Liberia arrived late (present).');
    const speechRows = md.split('\n').filter((line) => /^\| S\d+ \|/.test(line));
    expect(speechRows).toHaveLength(expectedSpeeches.length);
    // Markup typed by a delegate stays text.
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
  });

  it('escapes Markdown and HTML', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) <e> | f\nnext')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\| f next',
    );
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });

  it('HTML: a whole page for A4 with no script, every text escaped', () => {
    const html = renderMinutesHtml(minutes, { timeZone: 'UTC' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<title>Security Council: minutes</title>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(escapeHtml(POINT_TEXT));
    expect(html).toContain('&#60;b&#62;Draft&#60;/b&#62;');
    expect(html.match(/<div class="vote"/g)).toHaveLength(minutes.votes.length);
    expect(html.match(/<tr><td>S\d+<\/td>/g)).toHaveLength(expectedSpeeches.length);
    expect(html).toContain('<td class="choice-no">No</td><td>veto</td>');
    expect(html).toMatch(/<time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z">\d\d:\d\d:\d\d<\/time>/);
  });

  it('renders the minutes of a committee with no events', () => {
    const empty = buildMinutes({ committee: { id: 'x', template: councilTemplate() }, events: [] });
    expect(renderMinutesMarkdown(empty)).toContain('Nothing has been recorded yet.');
    expect(renderMinutesHtml(empty)).toContain('No roll call was taken.');
  });
});
