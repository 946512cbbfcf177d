/**
 * What a phone says is waiting for its seat (web/src/lib/seat/attention.ts):
 * "you are next" only while the speakers' list is what the committee hears.
 * In a caucus the list waits, and once debate is closed nobody on it will
 * speak again, so the phone must not call a delegate to the lectern.
 */
import { describe, expect, it } from 'vitest';
import { Scenario, cmd, seat } from '../../shared/src/testing/scenario.ts';
import { attentionFor, nextOnList } from '../../web/src/lib/seat/attention.ts';

const onList = (): Scenario => {
  const scenario = new Scenario().inDebate();
  scenario.run(seat('FRA'), cmd('gsl.add', {}));
  scenario.run(seat('CHN'), cmd('gsl.add', {}));
  return scenario;
};

describe('a seat first on the speakers list', () => {
  it('is told it is next in formal debate, and only the first one is', () => {
    const { state, now } = onList();
    expect(nextOnList(state, 'FRA')).toBe(true);
    expect(attentionFor(state, 'FRA', now).next).toBe(true);
    expect(attentionFor(state, 'CHN', now).next).toBe(false);
  });

  it('is not "next" while it holds the floor', () => {
    const scenario = onList();
    scenario.chair(cmd('gsl.next', {}));
    expect(scenario.state.speech?.delegation).toBe('FRA');
    expect(attentionFor(scenario.state, 'FRA', scenario.now)).toMatchObject({
      haveFloor: true,
      next: false,
    });
    // China, now first on the list, is next while France speaks.
    expect(attentionFor(scenario.state, 'CHN', scenario.now).next).toBe(true);
  });

  it('is not "next" during a moderated caucus: the list waits', () => {
    const scenario = onList();
    scenario.carry({
      kind: 'moderatedCaucus',
      totalSeconds: 600,
      speakingSeconds: 60,
      topic: 'Precursor chemicals',
    });
    expect(scenario.state.floor.kind).toBe('moderatedCaucus');
    expect(scenario.state.speakersList.entries[0]).toBe('FRA');
    expect(attentionFor(scenario.state, 'FRA', scenario.now).next).toBe(false);
  });

  it('is not "next" once debate is closed and the Council is in voting procedure', () => {
    const scenario = onList();
    scenario.carry({ kind: 'closeDebate' });
    expect(scenario.state.floor.kind).toBe('votingProcedure');
    expect(scenario.state.speakersList.entries[0]).toBe('FRA');
    expect(nextOnList(scenario.state, 'FRA')).toBe(false);
    expect(attentionFor(scenario.state, 'FRA', scenario.now).next).toBe(false);
  });
});
