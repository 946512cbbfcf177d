import { describe, expect, it } from 'vitest';
import { Scenario, cmd, councilTemplate, seat, system } from '../../testing/scenario.ts';
import { nextDeadline } from './timerExpiry.ts';
import { extendTimer, pauseTimer, remainingMs, resumeTimer, startTimer } from './timers.ts';

describe('timers', () => {
  it('TIMER-1: a running timer is a deadline, a paused one a remainder; what is left is never negative', () => {
    const running = startTimer(60_000, 1_000);
    expect(running).toEqual({ status: 'running', durationMs: 60_000, deadline: 61_000 });
    expect(remainingMs(running, 31_000)).toBe(30_000);
    expect(remainingMs(running, 100_000)).toBe(0);
    const paused = pauseTimer(running, 21_000);
    expect(paused).toEqual({ status: 'paused', durationMs: 60_000, remainingMs: 40_000 });
    expect(remainingMs(paused, 999_999)).toBe(40_000);
    expect(resumeTimer(paused, 50_000)).toEqual({
      status: 'running',
      durationMs: 60_000,
      deadline: 90_000,
    });
    expect(extendTimer(paused, 5_000)).toEqual({
      status: 'paused',
      durationMs: 65_000,
      remainingMs: 45_000,
    });
    expect(remainingMs(pauseTimer(running, 70_000), 0)).toBe(0);
  });

  it('TIMER-2: the next deadline is a caucus end, the finishing speech after it, or a suspension; never a GSL speaker', () => {
    const s = new Scenario().inDebate();
    expect(nextDeadline(s.state)).toBeNull();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    expect(nextDeadline(s.state)).toBeNull();
    s.chair(cmd('speech.end', {}));
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    expect(nextDeadline(s.state)).toBe(s.now + 600_000);
    s.chair(cmd('timer.pause', { timer: 'caucus' }));
    expect(nextDeadline(s.state)).toBeNull();
    s.chair(cmd('caucus.end', {}));
    s.carry({ kind: 'moderatedCaucus', totalSeconds: 300, speakingSeconds: 90, topic: 'x' });
    expect(nextDeadline(s.state)).toBe(s.now + 300_000);
    s.after(250_000).chair(cmd('caucus.recognise', { delegation: 'USA' }));
    s.after(50_000).run(system, cmd('timer.expire', {}));
    expect(nextDeadline(s.state)).toBe(s.now + 40_000);
    s.chair(cmd('speech.end', {}));
    s.carry({ kind: 'suspend', durationSeconds: 900 });
    expect(nextDeadline(s.state)).toBe(s.now + 900_000);
  });

  it('TIMER-3: timer.expire applies what is due once; early or repeated, it is out of order', () => {
    const s = new Scenario(councilTemplate()).inDebate();
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    expect(s.after(599_000).outcome(system, cmd('timer.expire', {}))).toBe('out_of_order');
    const events = s.after(1_000).run(system, cmd('timer.expire', {}));
    expect(events.map((event) => event.type)).toEqual(['caucus.ended']);
    expect(s.outcome(system, cmd('timer.expire', {}))).toBe('out_of_order');
    expect(s.state.floor.kind).toBe('formalDebate');
  });
});
