import { describe, expect, it } from 'vitest';
import { committeeStatistics } from './statistics.ts';
import { scriptedLog } from './sessionLog.ts';
import { expectedSpeeches } from './testSession.ts';

describe('committeeStatistics', () => {
  const { scenario } = scriptedLog();
  const stats = committeeStatistics(scenario.state);
  const of = (code: string) => {
    const line = stats.delegations.find((candidate) => candidate.code === code);
    if (!line) throw new Error(`no line for ${code}`);
    return line;
  };

  it('counts speaking turns and total speaking time per delegation from the state alone', () => {
    for (const code of ['FRA', 'CHN', 'USA', 'GBR', 'RUS']) {
      const mine = expectedSpeeches.filter((speech) => speech.delegation === code);
      expect(of(code).speeches).toBe(mine.length);
      expect(of(code).speakingSeconds).toBe(mine.reduce((sum, speech) => sum + speech.seconds, 0));
    }
    expect(of('USA').speechesByKind).toMatchObject({ gsl: 1, yielded: 1, caucus: 1 });
    expect(of('BHR')).toMatchObject({ speeches: 0, speakingSeconds: 0 });
    expect(stats.totals.speeches).toBe(expectedSpeeches.length);
    expect(stats.totals.speakingSeconds).toBe(
      expectedSpeeches.reduce((sum, speech) => sum + speech.seconds, 0),
    );
  });

  it('counts motions moved and passed, and votes cast', () => {
    expect(of('COL')).toMatchObject({ motionsMoved: 3, motionsPassed: 2 });
    expect(of('FRA')).toMatchObject({ motionsMoved: 1, motionsPassed: 1 });
    expect(of('GRC')).toMatchObject({ motionsMoved: 1, motionsPassed: 0 });
    // Five votes, every member voting in each; invited delegations never vote.
    expect(of('RUS').votesCast).toBe(5);
    expect(of('MEX')).toMatchObject({ member: false, votesCast: 0, p5: false });
    expect(stats.totals).toMatchObject({ votes: 5, votesCast: 75, motionsMoved: 7 });
  });

  it('lists the whole roster in order, P5 marked', () => {
    expect(stats.delegations.map((line) => line.code)).toEqual([
      ...scenario.state.members.map((member) => member.code),
      'MEX',
      'ECU',
    ]);
    expect(stats.delegations.filter((line) => line.p5)).toHaveLength(5);
  });

  it('counts the speech in progress only up to the time it is given', () => {
    const first = scenario.state.speeches[0];
    if (!first) throw new Error('no speech');
    const started = { ...first, id: 'S99', endedAt: null };
    const speaking = {
      ...scenario.state,
      speeches: [...scenario.state.speeches.slice(1), started],
    };
    const before = committeeStatistics(speaking);
    const during = committeeStatistics(speaking, { now: started.startedAt + 12_400 });
    expect(before.totals.speakingSeconds).toBe(stats.totals.speakingSeconds - 75);
    expect(during.totals.speakingSeconds).toBe(stats.totals.speakingSeconds - 75 + 12);
  });
});
