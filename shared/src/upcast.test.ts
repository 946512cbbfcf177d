import { describe, expect, it } from 'vitest';
import { initialState } from './committee/core/state.ts';
import { councilTemplate } from './testing/scenario.ts';
import { isDomainEvent, upcast, upcastState } from './upcast.ts';

describe('upcast', () => {
  it('gives back a stored event of today’s shape as it is', () => {
    const event = { type: 'session.opened', at: 1, meeting: 1 };
    expect(upcast(event)).toBe(event);
  });

  it('knows the engine’s events and no others', () => {
    expect(isDomainEvent({ type: 'vote.closed' })).toBe(true);
    expect(isDomainEvent({ type: 'hologram.projected' })).toBe(false);
    expect(isDomainEvent({ type: 'toString' })).toBe(false);
  });

  it('drops the log of sentences from a snapshot of the earlier shape', () => {
    const { latest: _latest, ...today } = initialState(councilTemplate());
    const old = {
      ...today,
      log: [{ at: 1, event: 'session.opened', text: 'Meeting 1 called to order' }],
    };
    expect(upcastState(old)).toEqual({ ...today, latest: [] });
  });

  it('leaves a state of today’s shape and anything else alone', () => {
    const state = initialState(councilTemplate());
    expect(upcastState(state)).toBe(state);
    expect(upcastState(null)).toBeNull();
  });
});
