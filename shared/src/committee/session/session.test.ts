import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, councilTemplate, seat, system } from '../../testing/scenario.ts';
import { nextDeadline } from '../core/timerExpiry.ts';
import { topicUnderDebate } from '../core/roster.ts';
import { recordLines } from '../../testing/record.ts';

describe('the meeting', () => {
  it('SESSION-1: a committee starts not yet called to order; the chair calls it to order into formal debate', () => {
    const s = new Scenario();
    expect(s.state.floor).toEqual({ kind: 'adjourned', since: null });
    expect(s.outcome(seat('FRA'), cmd('gsl.add', {}))).toBe('out_of_order');
    s.chair(cmd('session.open', {}));
    expect(s.state.floor.kind).toBe('formalDebate');
    expect(s.state.meeting).toBe(1);
    expect(s.outcome(chair, cmd('session.open', {}))).toBe('conflict');
  });

  it('SESSION-2: a carried suspension suspends for its duration, then formal debate resumes (or the chair resumes early)', () => {
    const s = new Scenario().inDebate();
    s.carry({ kind: 'suspend', durationSeconds: 600 });
    expect(s.state.floor.kind).toBe('suspended');
    expect(nextDeadline(s.state)).toBe(s.now + 600_000);
    expect(s.after(599_999).outcome(system, cmd('timer.expire', {}))).toBe('out_of_order');
    s.after(1).run(system, cmd('timer.expire', {}));
    expect(s.state.floor.kind).toBe('formalDebate');

    s.carry({ kind: 'suspend', durationSeconds: 900 });
    s.after(60_000).chair(cmd('session.resume', {}));
    expect(s.state.floor.kind).toBe('formalDebate');
    expect(nextDeadline(s.state)).toBeNull();
    expect(s.outcome(chair, cmd('session.resume', {}))).toBe('out_of_order');
  });

  it('SESSION-3: a carried adjournment closes the meeting until the next is called to order; pending motions lapse, points drop', () => {
    const s = new Scenario().inDebate();
    s.run(seat('GRC'), cmd('point.raise', { kind: 'parliamentaryInquiry' }));
    const other = s.move('PAN', { kind: 'setSpeakingTime', seconds: 60 });
    s.carry({ kind: 'adjourn' });
    expect(s.state.floor.kind).toBe('adjourned');
    expect(s.state.points).toEqual([]);
    expect(s.state.motions.find((m) => m.id === other)?.status.kind).toBe('lapsed');
    expect(s.outcome(seat('FRA'), cmd('gsl.add', {}))).toBe('out_of_order');
    expect(s.outcome(seat('FRA'), cmd('motion.move', { motion: { kind: 'adjourn' } }))).toBe(
      'out_of_order',
    );
    expect(s.outcome(seat('FRA'), cmd('point.raise', { kind: 'order' }))).toBe('out_of_order');
    expect(s.outcome(chair, cmd('attendance.startRollCall', {}))).toBe('out_of_order');
    expect(s.outcome(chair, cmd('gsl.next', {}))).toBe('out_of_order');
    s.chair(cmd('session.open', {}));
    expect(s.state.meeting).toBe(2);
    expect(s.state.floor.kind).toBe('formalDebate');
  });

  it('SESSION-4: the journal records each decision with its time', () => {
    const s = new Scenario().inDebate();
    s.after(5_000);
    s.carry({ kind: 'setSpeakingTime', seconds: 60 });
    const texts = recordLines(s);
    expect(texts[0]).toBe('Meeting 1 called to order');
    expect(texts).toContain('Roll call closed; absent: none');
    expect(
      texts.some((text) =>
        /^Vote V\d+ on Set the speaking time to 60 s: 15-0-0, adopted$/.test(text),
      ),
    ).toBe(true);
    expect(texts.some((text) => /carried$/.test(text))).toBe(true);
    expect(texts).toContain('Speaking time set to 60 s');
    expect(s.state.latest.at(-1)?.at).toBe(s.now);
  });
});

describe('the agenda', () => {
  const twoTopics = () =>
    new Scenario(councilTemplate({}, { agenda: ['Drug cartels', 'Small arms'] }));

  it('AGENDA-1: the first topic is under debate from the start', () => {
    const s = twoTopics();
    expect(s.state.agenda.map((topic) => topic.status)).toEqual(['underDebate', 'pending']);
    expect(topicUnderDebate(s.state)).toBe(0);
  });

  it("AGENDA-2: a carried postponement tables the topic and starts the speakers' list afresh", () => {
    const s = twoTopics().inDebate();
    s.carry({ kind: 'setSpeakingTime', seconds: 45 });
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.carry({ kind: 'postpone' });
    expect(s.state.agenda[0]?.status).toBe('tabled');
    expect(topicUnderDebate(s.state)).toBeNull();
    expect(s.state.speakersList).toEqual({
      status: 'notOpened',
      entries: [],
      speakingTimeSeconds: 90,
    });
    expect(s.outcome(chair, cmd('gsl.open', {}))).toBe('out_of_order');
  });

  it('AGENDA-3: setting the agenda takes up a topic before debate on the current one begins, or once none is under debate', () => {
    const s = twoTopics().opened();
    s.carry({ kind: 'setAgenda', topicIndex: 1 });
    expect(s.state.agenda.map((topic) => topic.status)).toEqual(['pending', 'underDebate']);
    s.chair(cmd('gsl.open', {}));
    expect(
      s.outcome(seat('COL'), cmd('motion.move', { motion: { kind: 'setAgenda', topicIndex: 0 } })),
    ).toBe('out_of_order');
    s.carry({ kind: 'postpone' });
    s.carry({ kind: 'setAgenda', topicIndex: 0 });
    expect(topicUnderDebate(s.state)).toBe(0);
    expect(
      s.outcome(seat('COL'), cmd('motion.move', { motion: { kind: 'setAgenda', topicIndex: 5 } })),
    ).toBe('not_found');
    s.chair(cmd('gsl.open', {}));
    s.carry({ kind: 'closeDebate' });
    s.chair(cmd('votingProcedure.end', {}));
    expect(
      s.outcome(seat('COL'), cmd('motion.move', { motion: { kind: 'setAgenda', topicIndex: 0 } })),
    ).toBe('out_of_order');
    s.carry({ kind: 'setAgenda', topicIndex: 1 });
    expect(topicUnderDebate(s.state)).toBe(1);
  });

  it('AGENDA-4: ending voting procedure concludes the topic and returns to formal debate with no topic', () => {
    const s = new Scenario().inVotingProcedure();
    s.chair(cmd('votingProcedure.end', {}));
    expect(s.state.agenda[0]?.status).toBe('concluded');
    expect(s.state.floor.kind).toBe('formalDebate');
    expect(topicUnderDebate(s.state)).toBeNull();
    expect(s.outcome(seat('COL'), cmd('motion.move', { motion: { kind: 'closeDebate' } }))).toBe(
      'out_of_order',
    );
  });
});
