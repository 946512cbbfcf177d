import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, councilTemplate, seat, system } from '../../testing/scenario.ts';
import { nextDeadline } from '../core/timerExpiry.ts';

const moderated = (rules = {}) => {
  const s = new Scenario(councilTemplate(rules)).opened('present', ['ECU']);
  s.chair(cmd('gsl.open', {}));
  s.carry({ kind: 'moderatedCaucus', totalSeconds: 300, speakingSeconds: 60, topic: 'Borders' });
  return s;
};
const placards = (s: Scenario) =>
  s.state.floor.kind === 'moderatedCaucus' ? s.state.floor.placards : null;

describe('caucuses', () => {
  it('CAUCUS-1: present delegations raise placards; the chair recognises whom it chooses, which lowers that placard', () => {
    const s = moderated();
    s.run(seat('FRA'), cmd('placard.raise', {}));
    s.run(seat('MEX'), cmd('placard.raise', {}));
    s.run(seat('CHN'), cmd('placard.raise', {}));
    expect(s.outcome(seat('FRA'), cmd('placard.raise', {}))).toBe('conflict');
    expect(s.outcome(seat('ECU'), cmd('placard.raise', {}))).toBe('out_of_order');
    expect(placards(s)).toEqual(['FRA', 'MEX', 'CHN']);
    // Not first come: the chair picks Mexico.
    s.chair(cmd('caucus.recognise', { delegation: 'MEX' }));
    expect(s.state.speech).toMatchObject({ delegation: 'MEX', kind: 'caucus' });
    expect(placards(s)).toEqual(['FRA', 'CHN']);
    s.run(seat('CHN'), cmd('placard.lower', {}));
    expect(placards(s)).toEqual(['FRA']);
    expect(s.outcome(seat('CHN'), cmd('placard.lower', {}))).toBe('not_found');
    s.chair(cmd('speech.end', {}));
    expect(s.outcome(chair, cmd('caucus.recognise', { delegation: 'ECU' }))).toBe('out_of_order');
    s.chair(cmd('caucus.recognise', { delegation: 'USA' }));
  });

  it("CAUCUS-2: a caucus speech lasts the caucus's speaking time and cannot be yielded", () => {
    const s = moderated();
    s.chair(cmd('caucus.recognise', { delegation: 'USA' }));
    expect(s.state.speech?.timer).toEqual({
      status: 'running',
      durationMs: 60_000,
      deadline: s.now + 60_000,
    });
    expect(
      s.outcome(seat('USA'), cmd('speech.yield', { to: 'delegation', recipient: 'FRA' })),
    ).toBe('out_of_order');
    expect(s.outcome(chair, cmd('caucus.recognise', { delegation: 'FRA' }))).toBe('out_of_order');
  });

  it('CAUCUS-3: when total time runs out the current speaker may finish, then the caucus ends (or is cut, per profile)', () => {
    const s = moderated();
    s.after(270_000).chair(cmd('caucus.recognise', { delegation: 'USA' }));
    s.after(30_000).run(system, cmd('timer.expire', {}));
    expect(s.state.floor).toMatchObject({ kind: 'moderatedCaucus', timeUp: true });
    expect(s.state.speech?.delegation).toBe('USA');
    expect(s.outcome(seat('FRA'), cmd('placard.raise', {}))).toBe('out_of_order');
    expect(nextDeadline(s.state)).toBe(s.now + 30_000);
    s.after(10_000).chair(cmd('speech.end', {}));
    expect(s.state.floor.kind).toBe('formalDebate');

    const byClock = moderated();
    byClock.after(270_000).chair(cmd('caucus.recognise', { delegation: 'USA' }));
    byClock.after(30_000).run(system, cmd('timer.expire', {}));
    byClock.after(30_000).run(system, cmd('timer.expire', {}));
    expect(byClock.state.floor.kind).toBe('formalDebate');
    expect(byClock.state.speech).toBeNull();

    const cut = moderated({ caucusSpeakerMayFinish: false });
    cut.after(270_000).chair(cmd('caucus.recognise', { delegation: 'USA' }));
    cut.after(30_000).run(system, cmd('timer.expire', {}));
    expect(cut.state.floor.kind).toBe('formalDebate');
    expect(cut.state.speech).toBeNull();
    expect(cut.state.speeches.at(-1)?.endedAt).toBe(cut.now);
  });

  it('CAUCUS-4: the chair may end a caucus at any time; formal debate resumes', () => {
    const s = moderated();
    s.chair(cmd('caucus.recognise', { delegation: 'USA' }));
    s.after(10_000).chair(cmd('caucus.end', {}));
    expect(s.state.floor.kind).toBe('formalDebate');
    expect(s.state.speech).toBeNull();
    expect(s.outcome(chair, cmd('caucus.end', {}))).toBe('out_of_order');
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    s.chair(cmd('caucus.end', {}));
    expect(s.state.floor.kind).toBe('formalDebate');
  });

  it('CAUCUS-5: an unmoderated caucus is one countdown; formal debate resumes when it ends', () => {
    const s = new Scenario().inDebate();
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    expect(s.outcome(chair, cmd('caucus.recognise', { delegation: 'FRA' }))).toBe('out_of_order');
    expect(s.outcome(seat('FRA'), cmd('placard.raise', {}))).toBe('out_of_order');
    s.after(600_000).run(system, cmd('timer.expire', {}));
    expect(s.state.floor).toMatchObject({
      kind: 'formalDebate',
      lastCaucus: { kind: 'unmoderated' },
    });
  });

  it('CAUCUS-6: the chair pauses and resumes the caucus clock', () => {
    const s = moderated();
    s.after(100_000).chair(cmd('timer.pause', { timer: 'caucus' }));
    expect(s.state.floor).toMatchObject({ timer: { status: 'paused', remainingMs: 200_000 } });
    expect(nextDeadline(s.state)).toBeNull();
    s.after(50_000).chair(cmd('timer.resume', { timer: 'caucus' }));
    expect(nextDeadline(s.state)).toBe(s.now + 200_000);
    const debate = new Scenario().inDebate();
    expect(debate.outcome(chair, cmd('timer.pause', { timer: 'caucus' }))).toBe('out_of_order');
  });
});
