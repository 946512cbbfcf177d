import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, councilTemplate, seat } from '../../testing/scenario.ts';
import { nextDeadline } from '../core/timerExpiry.ts';
import { remainingMs } from '../core/timers.ts';

describe("General Speakers' List", () => {
  it('GSL-1: the chair opens the list at the start; afterwards it is closed and reopened only by motion', () => {
    const s = new Scenario().opened();
    expect(s.state.speakersList.status).toBe('notOpened');
    s.chair(cmd('gsl.open', {}));
    expect(s.state.speakersList.status).toBe('open');
    expect(s.outcome(chair, cmd('gsl.open', {}))).toBe('out_of_order');
    s.carry({ kind: 'speakersList', action: 'close' });
    expect(s.state.speakersList.status).toBe('closed');
    expect(s.outcome(chair, cmd('gsl.open', {}))).toBe('out_of_order');
    s.carry({ kind: 'speakersList', action: 'reopen' });
    expect(s.state.speakersList.status).toBe('open');
  });

  it('GSL-2: a delegation is on the list at most once, and may add itself again once it has spoken', () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    expect(s.outcome(seat('FRA'), cmd('gsl.add', {}))).toBe('conflict');
    expect(s.outcome(chair, cmd('gsl.add', { delegation: 'FRA' }))).toBe('conflict');
    s.chair(cmd('gsl.next', {}));
    expect(s.state.speakersList.entries).toEqual([]);
    s.run(seat('FRA'), cmd('gsl.add', {}));
    expect(s.state.speakersList.entries).toEqual(['FRA']);
  });

  it('GSL-3: only present delegations, members or invited, may be added', () => {
    const s = new Scenario().opened('present', ['USA', 'ECU']);
    s.chair(cmd('gsl.open', {}));
    expect(s.outcome(seat('USA'), cmd('gsl.add', {}))).toBe('out_of_order');
    expect(s.outcome(chair, cmd('gsl.add', { delegation: 'ECU' }))).toBe('out_of_order');
    s.run(seat('MEX'), cmd('gsl.add', {}));
    s.run(seat('CHN'), cmd('gsl.add', {}));
    expect(s.state.speakersList.entries).toEqual(['MEX', 'CHN']);
  });

  it('GSL-4: nobody is added to a closed (or not yet opened) list, not even by the chair', () => {
    const s = new Scenario().opened();
    expect(s.outcome(seat('FRA'), cmd('gsl.add', {}))).toBe('out_of_order');
    s.chair(cmd('gsl.open', {}));
    s.carry({ kind: 'speakersList', action: 'close' });
    expect(s.outcome(seat('FRA'), cmd('gsl.add', {}))).toBe('out_of_order');
    expect(s.outcome(chair, cmd('gsl.add', { delegation: 'FRA' }))).toBe('out_of_order');
  });

  it('GSL-5: a delegation adds itself or withdraws its name; the chair adds, removes and moves any entry', () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.add', { delegation: 'CHN' }));
    s.chair(cmd('gsl.add', { delegation: 'MEX' }));
    s.chair(cmd('gsl.move', { delegation: 'MEX', position: 0 }));
    expect(s.state.speakersList.entries).toEqual(['MEX', 'FRA', 'CHN']);
    s.chair(cmd('gsl.move', { delegation: 'MEX', position: 99 }));
    expect(s.state.speakersList.entries).toEqual(['FRA', 'CHN', 'MEX']);
    s.run(seat('FRA'), cmd('gsl.remove', {}));
    s.chair(cmd('gsl.remove', { delegation: 'CHN' }));
    expect(s.state.speakersList.entries).toEqual(['MEX']);
    expect(s.outcome(seat('FRA'), cmd('gsl.remove', {}))).toBe('not_found');
    expect(s.outcome(seat('FRA'), cmd('gsl.remove', { delegation: 'MEX' }))).toBe('forbidden');
    expect(s.outcome(seat('FRA'), cmd('gsl.move', { delegation: 'MEX', position: 0 }))).toBe(
      'forbidden',
    );
  });

  it('GSL-6: the chair gives the floor to the head of the list for the speaking time (default 90 s)', () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.run(seat('CHN'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    expect(s.state.speech).toMatchObject({ delegation: 'FRA', kind: 'gsl' });
    expect(s.state.speech?.timer).toEqual({
      status: 'running',
      durationMs: 90_000,
      deadline: s.now + 90_000,
    });
    const custom = new Scenario(councilTemplate({ speakingTimeSeconds: 120 })).inDebate();
    custom.run(seat('FRA'), cmd('gsl.add', {}));
    custom.chair(cmd('gsl.next', {}));
    expect(custom.state.speech?.timer.durationMs).toBe(120_000);
    const empty = new Scenario().inDebate();
    expect(empty.outcome(chair, cmd('gsl.next', {}))).toBe('out_of_order');
  });

  it('GSL-7: a carried motion to set the speaking time applies to later speeches', () => {
    const s = new Scenario().inDebate();
    s.carry({ kind: 'setSpeakingTime', seconds: 45 });
    expect(s.state.speakersList.speakingTimeSeconds).toBe(45);
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    expect(s.state.speech?.timer.durationMs).toBe(45_000);
  });

  it("GSL-8: the speaker's clock is a deadline; when it passes the floor does not move by itself", () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    const timer = s.state.speech?.timer;
    expect(timer?.status).toBe('running');
    if (!timer) return;
    expect(remainingMs(timer, s.now + 30_000)).toBe(60_000);
    expect(remainingMs(timer, s.now + 120_000)).toBe(0);
    expect(nextDeadline(s.state)).toBeNull();
    expect(s.after(120_000).outcome({ role: 'system' }, cmd('timer.expire', {}))).toBe(
      'out_of_order',
    );
    expect(s.state.speech?.delegation).toBe('FRA');
  });

  it("GSL-9: the chair pauses, resumes and resets the speaker's clock", () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    s.after(20_000).chair(cmd('timer.pause', { timer: 'speaker' }));
    expect(s.state.speech?.timer).toEqual({
      status: 'paused',
      durationMs: 90_000,
      remainingMs: 70_000,
    });
    expect(s.outcome(chair, cmd('timer.pause', { timer: 'speaker' }))).toBe('conflict');
    s.after(60_000).chair(cmd('timer.resume', { timer: 'speaker' }));
    expect(s.state.speech?.timer).toEqual({
      status: 'running',
      durationMs: 90_000,
      deadline: s.now + 70_000,
    });
    s.after(10_000).chair(cmd('timer.reset', {}));
    expect(s.state.speech?.timer).toEqual({
      status: 'paused',
      durationMs: 90_000,
      remainingMs: 90_000,
    });
  });

  it('GSL-10: nobody takes the floor while a speaker holds it or a vote is being taken', () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.run(seat('CHN'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    expect(s.outcome(chair, cmd('gsl.next', {}))).toBe('out_of_order');
    s.chair(cmd('speech.end', {}));
    s.move('COL', { kind: 'setSpeakingTime', seconds: 60 });
    s.chair(cmd('motion.putToVote', {}));
    expect(s.outcome(chair, cmd('gsl.next', {}))).toBe('out_of_order');
  });

  it('GSL-11: speeches from the list are given in formal debate with a topic under debate', () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    expect(s.outcome(chair, cmd('gsl.next', {}))).toBe('out_of_order');
    s.chair(cmd('caucus.end', {}));
    s.carry({ kind: 'postpone' });
    expect(s.outcome(chair, cmd('gsl.next', {}))).toBe('out_of_order');
  });
});
