import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, councilTemplate, seat } from '../../testing/scenario.ts';

const speaking = (code = 'FRA', rules = {}) => {
  const s = new Scenario(councilTemplate(rules)).inDebate();
  s.run(seat(code), cmd('gsl.add', {}));
  s.chair(cmd('gsl.next', {}));
  return s;
};

describe('yields', () => {
  it('YIELD-1: only a speaker from the list yields, and only once', () => {
    const s = speaking();
    s.after(30_000).run(seat('FRA'), cmd('speech.yield', { to: 'questions' }));
    expect(s.outcome(seat('FRA'), cmd('speech.yield', { to: 'chair' }))).toBe('conflict');
    s.chair(cmd('speech.end', {}));

    const yielded = speaking();
    yielded.run(seat('FRA'), cmd('speech.yield', { to: 'delegation', recipient: 'CHN' }));
    expect(yielded.outcome(seat('CHN'), cmd('speech.yield', { to: 'chair' }))).toBe('out_of_order');

    const caucus = new Scenario().inDebate();
    caucus.carry({
      kind: 'moderatedCaucus',
      totalSeconds: 600,
      speakingSeconds: 60,
      topic: 'Borders',
    });
    caucus.chair(cmd('caucus.recognise', { delegation: 'USA' }));
    expect(caucus.outcome(seat('USA'), cmd('speech.yield', { to: 'chair' }))).toBe('out_of_order');
  });

  it('YIELD-2: a yield to the chair ends the speech and forfeits the remaining time', () => {
    const s = speaking();
    s.after(40_000).run(seat('FRA'), cmd('speech.yield', { to: 'chair' }));
    expect(s.state.speech).toBeNull();
    expect(s.last('speech.yielded')).toMatchObject({ to: 'chair', remainingMs: 50_000 });
    expect(s.state.speeches.at(-1)).toMatchObject({ yielded: 'chair', endedAt: s.now });
    // A yield is a yield: no comments follow.
    expect(s.state.floor.kind === 'formalDebate' && s.state.floor.comments).toBeNull();
  });

  it('YIELD-3: a yield to a present delegation gives it the remaining time, and it cannot yield again', () => {
    const s = speaking();
    expect(
      s.outcome(seat('FRA'), cmd('speech.yield', { to: 'delegation', recipient: 'FRA' })),
    ).toBe('out_of_order');
    expect(
      s.outcome(seat('FRA'), cmd('speech.yield', { to: 'delegation', recipient: 'ZZZ' })),
    ).toBe('not_found');
    s.chair(cmd('attendance.record', { delegation: 'GBR', status: 'absent' }));
    expect(
      s.outcome(seat('FRA'), cmd('speech.yield', { to: 'delegation', recipient: 'GBR' })),
    ).toBe('out_of_order');
    s.after(30_000).run(seat('FRA'), cmd('speech.yield', { to: 'delegation', recipient: 'MEX' }));
    expect(s.state.speech).toMatchObject({ delegation: 'MEX', kind: 'yielded' });
    expect(s.state.speech?.timer).toEqual({
      status: 'running',
      durationMs: 60_000,
      deadline: s.now + 60_000,
    });
    expect(s.outcome(seat('MEX'), cmd('speech.yield', { to: 'questions' }))).toBe('out_of_order');
  });

  it('YIELD-4: a yield to questions: the chair picks questioners and the clock runs only while answering', () => {
    const s = speaking();
    s.after(30_000).run(seat('FRA'), cmd('speech.yield', { to: 'questions' }));
    expect(s.state.speech?.timer).toEqual({
      status: 'paused',
      durationMs: 90_000,
      remainingMs: 60_000,
    });
    s.run(seat('CHN'), cmd('point.raise', { kind: 'information', text: 'How?' }));
    s.run(seat('MEX'), cmd('point.raise', { kind: 'information' }));
    const mexico = s.state.points.find((p) => p.delegation === 'MEX')?.id ?? '';
    s.after(5_000).chair(cmd('point.recognise', { pointId: mexico }));
    expect(s.state.speech?.questions).toEqual({ phase: 'question', questioner: 'MEX' });
    expect(s.state.speech?.timer.status).toBe('paused');
    s.after(10_000).chair(cmd('speech.answer', {}));
    expect(s.state.speech?.timer).toEqual({
      status: 'running',
      durationMs: 90_000,
      deadline: s.now + 60_000,
    });
    const china = s.state.points.find((p) => p.delegation === 'CHN')?.id ?? '';
    s.after(20_000).chair(cmd('point.recognise', { pointId: china }));
    expect(s.state.speech?.timer).toEqual({
      status: 'paused',
      durationMs: 90_000,
      remainingMs: 40_000,
    });

    const throughout = speaking('FRA', { questionsClockAnswersOnly: false });
    throughout.after(30_000).run(seat('FRA'), cmd('speech.yield', { to: 'questions' }));
    throughout.run(seat('CHN'), cmd('point.raise', { kind: 'information' }));
    throughout.chair(cmd('point.recognise', { pointId: throughout.state.points[0]?.id ?? '' }));
    expect(throughout.state.speech?.timer.status).toBe('running');
  });

  it('YIELD-5: after a speech with no yield the chair may take comments (default 2 × 30 s), not from the speaker', () => {
    const s = speaking();
    s.after(90_000).chair(cmd('speech.end', {}));
    expect(s.outcome(chair, cmd('comment.recognise', { delegation: 'FRA' }))).toBe('out_of_order');
    s.chair(cmd('comment.recognise', { delegation: 'CHN' }));
    expect(s.state.speech).toMatchObject({ delegation: 'CHN', kind: 'comment' });
    expect(s.state.speech?.timer.durationMs).toBe(30_000);
    expect(s.outcome(seat('CHN'), cmd('speech.yield', { to: 'chair' }))).toBe('out_of_order');
    s.chair(cmd('speech.end', {}));
    s.chair(cmd('comment.recognise', { delegation: 'MEX' }));
    s.chair(cmd('speech.end', {}));
    expect(s.outcome(chair, cmd('comment.recognise', { delegation: 'USA' }))).toBe('out_of_order');

    const none = speaking('FRA', { commentsPerSpeech: 0 });
    none.chair(cmd('speech.end', {}));
    expect(none.outcome(chair, cmd('comment.recognise', { delegation: 'CHN' }))).toBe(
      'out_of_order',
    );

    const afterYield = speaking();
    afterYield.run(seat('FRA'), cmd('speech.yield', { to: 'questions' }));
    afterYield.chair(cmd('speech.end', {}));
    expect(afterYield.outcome(chair, cmd('comment.recognise', { delegation: 'CHN' }))).toBe(
      'out_of_order',
    );
  });

  it('YIELD-6: a speaker with no time left cannot yield to a delegation or to questions', () => {
    const s = speaking();
    s.after(95_000);
    expect(
      s.outcome(seat('FRA'), cmd('speech.yield', { to: 'delegation', recipient: 'CHN' })),
    ).toBe('out_of_order');
    expect(s.outcome(seat('FRA'), cmd('speech.yield', { to: 'questions' }))).toBe('out_of_order');
    expect(s.outcome(seat('FRA'), cmd('speech.yield', { to: 'chair' }))).toBe('ok');
  });
});
