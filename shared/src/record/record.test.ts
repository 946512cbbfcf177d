import { describe, expect, it } from 'vitest';
import { evolve } from '../committee/evolve.ts';
import { initialState } from '../committee/core/state.ts';
import { scriptedLog } from '../journal/sessionLog.ts';
import { draftSession } from '../journal/testSession.ts';
import type { RecordEntry } from './entries.ts';
import { fillPhrase, recordPhrasesEn, sayEnglish } from './phrases.ts';
import { LATEST_DECISIONS, recordOf } from './project.ts';
import { sayRecord } from './words.ts';

/** Every record entry of a scripted session, and the state it ends in. */
const recorded = (steps?: Parameters<typeof scriptedLog>[0]) => {
  const log = scriptedLog(steps);
  let state = initialState(log.template);
  const entries: RecordEntry[] = [];
  for (const { event } of log.events) {
    const entry = recordOf(state, event);
    if (entry) entries.push(entry);
    state = evolve(state, event);
  }
  return { state, entries };
};

describe('the record', () => {
  it('keeps only the latest decisions in the state, typed and without words', () => {
    const { state, entries } = recorded();
    expect(entries.length).toBeGreaterThan(LATEST_DECISIONS);
    expect(state.latest).toEqual(entries.slice(-LATEST_DECISIONS));
    expect(state).not.toHaveProperty('log');
    const closed = entries.find((entry) => entry.kind === 'vote.closed');
    expect(closed).toMatchObject({
      kind: 'vote.closed',
      voteId: expect.any(String),
      subject: expect.any(String),
      tally: { yes: expect.any(Number), no: expect.any(Number), abstain: expect.any(Number) },
      outcome: expect.stringMatching(/^(adopted|failed|vetoed)$/),
      vetoedBy: expect.any(Array),
      at: expect.any(Number),
    });
  });

  it('says each entry in the English of the minutes', () => {
    const { state, entries } = recorded(draftSession);
    const lines = entries.map((entry) => sayRecord(entry, state, sayEnglish));
    expect(lines[0]).toBe('Meeting 1 called to order');
    expect(lines).toContain('Roll call closed; absent: Mexico, Ecuador');
    expect(lines).toContain(
      'Amendment A/1 to DR/1 (strike operative clause 2) introduced as unfriendly',
    );
    expect(lines.at(-1)).toBe('Draft resolution DR/1 vetoed (Russia)');
    expect(
      lines.some((line) => /^Working paper \S+ approved as draft resolution DR\/1/.test(line)),
    ).toBe(true);
    expect(lines.every((line) => !/\{\w+\}/.test(line))).toBe(true);
  });

  it('fills the parameters a phrase names and leaves the others as written', () => {
    expect(fillPhrase(recordPhrasesEn['record.session.opened'], { meeting: 2 })).toBe(
      'Meeting 2 called to order',
    );
    expect(fillPhrase('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
