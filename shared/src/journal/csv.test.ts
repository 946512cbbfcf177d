import { describe, expect, it } from 'vitest';
import { councilTemplate } from '../testing/scenario.ts';
import {
  SPEECHES_CSV_COLUMNS,
  VOTES_CSV_COLUMNS,
  csvCell,
  speechesCsv,
  toCsv,
  votesCsv,
} from './csv.ts';
import { buildMinutes } from './journal.ts';
import { scriptedLog } from './sessionLog.ts';
import { DRAFT_TITLE, expectedSpeeches, parseCsv } from './testSession.ts';

describe('CSV exports', () => {
  const { events } = scriptedLog();
  const minutes = buildMinutes({ committee: { id: 'unsc', template: councilTemplate() }, events });

  it('quotes per RFC 4180 and guards against formula injection', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(false)).toBe('false');
    expect(toCsv(['a', 'b'], [['1', null]])).toBe('a,b\r\n1,\r\n');
  });

  it('votes.csv: the documented header and one row per vote record', () => {
    const rows = parseCsv(votesCsv(minutes));
    expect(rows[0]).toEqual([...VOTES_CSV_COLUMNS]);
    expect(rows[0]?.join(',')).toBe(
      'vote_id,subject,kind,method,delegation,p5,choice,with_rights,passed,outcome,closed_at',
    );
    const records = minutes.votes.reduce((sum, vote) => sum + vote.records.length, 0);
    expect(records).toBe(5 * 15);
    expect(rows).toHaveLength(1 + records);
    const veto = rows.find((row) => row[0] === 'V27' && row[4] === 'RUS');
    expect(veto).toEqual([
      'V27',
      `'${DRAFT_TITLE}`,
      'substantive',
      'rollCall',
      'RUS',
      'true',
      'no',
      'false',
      'false',
      'vetoed',
      expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    ]);
    expect(rows.find((row) => row[0] === 'V27' && row[4] === 'FRA')?.[7]).toBe('true');
    expect(rows.find((row) => row[0] === 'V27' && row[4] === 'SOM')?.[8]).toBe('true');
  });

  it('speeches.csv: the documented header and one row per speech', () => {
    const rows = parseCsv(speechesCsv(minutes));
    expect(rows[0]?.join(',')).toBe(
      'speech_id,delegation,kind,started_at,ended_at,duration_seconds,yielded,reply_to',
    );
    expect(rows[0]).toEqual([...SPEECHES_CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => [row[1], row[2], Number(row[5]), row[6] || null])).toEqual(
      expectedSpeeches.map((speech) => [
        speech.delegation,
        speech.kind,
        speech.seconds,
        speech.yielded,
      ]),
    );
    const reply = rows.find((row) => row[2] === 'rightOfReply');
    expect(reply?.[7]).toMatch(/^S\d+$/);
    for (const row of rows.slice(1)) {
      expect(Date.parse(row[4] ?? '') - Date.parse(row[3] ?? '')).toBe(Number(row[5]) * 1000);
    }
  });
});
