import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, councilTemplate, seat } from '../../testing/scenario.ts';

const afterSpeech = (rules = {}) => {
  const s = new Scenario(councilTemplate(rules)).inDebate();
  s.run(seat('USA'), cmd('gsl.add', {}));
  s.chair(cmd('gsl.next', {}));
  s.after(90_000).chair(cmd('speech.end', {}));
  return { s, speechId: s.state.speeches.at(-1)?.id ?? '' };
};

describe('right of reply', () => {
  it('ROR-1: a present delegation asks to reply to a speech by another, once per speech', () => {
    const { s, speechId } = afterSpeech();
    expect(s.outcome(seat('USA'), cmd('reply.request', { speechId }))).toBe('out_of_order');
    expect(s.outcome(seat('MEX'), cmd('reply.request', { speechId: 'S999' }))).toBe('not_found');
    s.run(seat('MEX'), cmd('reply.request', { speechId }));
    expect(s.state.replies[0]).toMatchObject({ delegation: 'MEX', speechId, status: 'requested' });
    expect(s.outcome(seat('MEX'), cmd('reply.request', { speechId }))).toBe('conflict');
    s.chair(cmd('attendance.record', { delegation: 'ECU', status: 'absent' }));
    expect(s.outcome(seat('ECU'), cmd('reply.request', { speechId }))).toBe('out_of_order');
  });

  it('ROR-2: there is no reply to a reply', () => {
    const { s, speechId } = afterSpeech();
    s.run(seat('MEX'), cmd('reply.request', { speechId }));
    s.chair(cmd('reply.rule', { requestId: s.state.replies[0]?.id ?? '', ruling: 'granted' }));
    s.chair(cmd('reply.start', { requestId: s.state.replies[0]?.id ?? '' }));
    s.after(30_000).chair(cmd('speech.end', {}));
    const reply = s.state.speeches.at(-1)?.id ?? '';
    expect(s.outcome(seat('USA'), cmd('reply.request', { speechId: reply }))).toBe('out_of_order');
  });

  it('ROR-3: the chair grants or refuses a request, once', () => {
    const { s, speechId } = afterSpeech();
    s.run(seat('MEX'), cmd('reply.request', { speechId }));
    s.run(seat('COL'), cmd('reply.request', { speechId }));
    const [mexico, colombia] = s.state.replies.map((r) => r.id);
    s.chair(cmd('reply.rule', { requestId: colombia ?? '', ruling: 'refused' }));
    expect(
      s.outcome(chair, cmd('reply.rule', { requestId: colombia ?? '', ruling: 'granted' })),
    ).toBe('conflict');
    expect(s.outcome(chair, cmd('reply.start', { requestId: colombia ?? '' }))).toBe(
      'out_of_order',
    );
    s.chair(cmd('reply.rule', { requestId: mexico ?? '', ruling: 'granted' }));
    expect(s.state.replies.map((r) => r.status)).toEqual(['granted', 'refused']);
  });

  it('ROR-4: a granted reply is a timed speech (default 30 s) tied to the speech it answers, when nobody holds the floor', () => {
    const { s, speechId } = afterSpeech({ rightOfReplySeconds: 45 });
    s.run(seat('MEX'), cmd('reply.request', { speechId }));
    const requestId = s.state.replies[0]?.id ?? '';
    s.chair(cmd('reply.rule', { requestId, ruling: 'granted' }));
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    expect(s.outcome(chair, cmd('reply.start', { requestId }))).toBe('out_of_order');
    s.chair(cmd('speech.end', {}));
    s.chair(cmd('reply.start', { requestId }));
    expect(s.state.speech).toMatchObject({
      delegation: 'MEX',
      kind: 'rightOfReply',
      replyTo: speechId,
    });
    expect(s.state.speech?.timer.durationMs).toBe(45_000);
    expect(s.state.replies[0]?.status).toBe('given');
    expect(s.outcome(seat('MEX'), cmd('speech.yield', { to: 'chair' }))).toBe('out_of_order');
    s.chair(cmd('speech.end', {}));
    expect(s.outcome(chair, cmd('reply.start', { requestId }))).toBe('out_of_order');
    const standard = afterSpeech();
    standard.s.run(seat('MEX'), cmd('reply.request', { speechId: standard.speechId }));
    standard.s.chair(
      cmd('reply.rule', { requestId: standard.s.state.replies[0]?.id ?? '', ruling: 'granted' }),
    );
    standard.s.chair(cmd('reply.start', { requestId: standard.s.state.replies[0]?.id ?? '' }));
    expect(standard.s.state.speech?.timer.durationMs).toBe(30_000);
  });
});
