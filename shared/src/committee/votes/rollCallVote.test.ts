import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, councilTemplate, seat } from '../../testing/scenario.ts';
import { calledMember, type VoteAnswer } from './votes.ts';

const DRAFT = { id: 'DR/1', title: 'Cartels' };
const ALPHABETICAL = [
  'BHR',
  'CHN',
  'COL',
  'COD',
  'DNK',
  'FRA',
  'GRC',
  'LVA',
  'LBR',
  'PAK',
  'PAN',
  'RUS',
  'SOM',
  'GBR',
  'USA',
];

const rollCall = (draw = 0, status: 'present' | 'presentAndVoting' = 'present', rules = {}) => {
  const s = new Scenario(councilTemplate(rules)).inVotingProcedure(status);
  s.carry({ kind: 'rollCallVote' });
  s.draw = draw;
  const [opened] = s.chair(cmd('vote.open', { subject: DRAFT }));
  return { s, voteId: opened?.type === 'vote.opened' ? opened.vote.id : '' };
};
const called = (s: Scenario) => {
  const vote = s.state.votes.at(-1);
  return vote?.rollCall ? calledMember(vote.rollCall) : null;
};
/** Answers for everyone still to be called: the given answer, or yes. */
const answerAll = (
  s: Scenario,
  voteId: string,
  answers: Readonly<Record<string, VoteAnswer>> = {},
) => {
  for (let who = called(s); who; who = called(s)) {
    s.run(seat(who), cmd('vote.cast', { voteId, choice: answers[who] ?? 'yes' }));
  }
};

describe('roll-call votes', () => {
  it('ROLLCALL-1: a substantive vote is by roll call after a motion for one is carried, for the next vote only', () => {
    const s = new Scenario().inVotingProcedure();
    s.chair(cmd('vote.open', { subject: DRAFT }));
    expect(s.state.votes.at(-1)).toMatchObject({ method: 'placard', rollCall: null });
    const { s: roll, voteId } = rollCall();
    expect(roll.state.votes.at(-1)?.method).toBe('rollCall');
    answerAll(roll, voteId);
    roll.chair(cmd('vote.close', { voteId }));
    roll.chair(cmd('vote.open', { subject: { id: 'DR/2', title: 'Second' } }));
    expect(roll.state.votes.at(-1)?.method).toBe('placard');
  });

  it('ROLLCALL-2: members present are called alphabetically from one drawn by lot, wrapping round', () => {
    const first = rollCall(0).s.state.votes.at(-1)?.rollCall;
    expect(first?.start).toBe('BHR');
    expect(first?.order).toEqual(ALPHABETICAL);
    const middle = rollCall(0.5).s.state.votes.at(-1)?.rollCall;
    expect(middle?.start).toBe('LVA');
    expect(middle?.order).toEqual([...ALPHABETICAL.slice(7), ...ALPHABETICAL.slice(0, 7)]);
    expect(rollCall(0.9999).s.state.votes.at(-1)?.rollCall?.start).toBe('USA');

    const absent = new Scenario().opened('present', ['CHN', 'PAK']);
    absent.chair(cmd('gsl.open', {}));
    absent.carry({ kind: 'closeDebate' });
    absent.carry({ kind: 'rollCallVote' });
    absent.draw = 0;
    const [opened] = absent.chair(cmd('vote.open', { subject: DRAFT }));
    expect(opened?.type === 'vote.opened' && opened.vote.rollCall?.order).toEqual(
      ALPHABETICAL.filter((code) => code !== 'CHN' && code !== 'PAK'),
    );
  });

  it('ROLLCALL-3: only the member being called answers, or the chair for it', () => {
    const { s, voteId } = rollCall(0);
    expect(s.outcome(seat('CHN'), cmd('vote.cast', { voteId, choice: 'yes' }))).toBe(
      'out_of_order',
    );
    expect(s.outcome(chair, cmd('vote.cast', { voteId, delegation: 'CHN', choice: 'yes' }))).toBe(
      'out_of_order',
    );
    s.chair(cmd('vote.cast', { voteId, delegation: 'BHR', choice: 'no' }));
    expect(called(s)).toBe('CHN');
    s.run(seat('CHN'), cmd('vote.cast', { voteId, choice: 'yes' }));
    expect(s.state.votes.at(-1)?.records.map((r) => [r.delegation, r.choice, r.by])).toEqual([
      ['BHR', 'no', 'chair'],
      ['CHN', 'yes', 'seat'],
    ]);
  });

  it('ROLLCALL-4: answers are yes, no, abstain (not when present and voting), pass, and yes or no with rights', () => {
    const { s, voteId } = rollCall(0);
    answerAll(s, voteId, { BHR: 'abstain', CHN: 'noWithRights', COL: 'yesWithRights', COD: 'no' });
    const records = s.state.votes.at(-1)?.records ?? [];
    expect(records.slice(0, 4).map((r) => [r.delegation, r.choice, r.withRights])).toEqual([
      ['BHR', 'abstain', false],
      ['CHN', 'no', true],
      ['COL', 'yes', true],
      ['COD', 'no', false],
    ]);
    const voting = rollCall(0, 'presentAndVoting');
    expect(
      voting.s.outcome(seat('BHR'), cmd('vote.cast', { voteId: voting.voteId, choice: 'abstain' })),
    ).toBe('out_of_order');
  });

  it('ROLLCALL-5: a member may pass once; it is recalled after the first round and must vote yes or no', () => {
    const { s, voteId } = rollCall(0);
    s.run(seat('BHR'), cmd('vote.cast', { voteId, choice: 'pass' }));
    s.run(seat('CHN'), cmd('vote.cast', { voteId, choice: 'pass' }));
    expect(called(s)).toBe('COL');
    for (let who = called(s); who && who !== 'BHR'; who = called(s)) {
      s.run(seat(who), cmd('vote.cast', { voteId, choice: 'yes' }));
    }
    expect(called(s)).toBe('BHR');
    for (const answer of ['pass', 'abstain', 'yesWithRights', 'noWithRights'] as const) {
      expect(s.outcome(seat('BHR'), cmd('vote.cast', { voteId, choice: answer }))).toBe(
        'out_of_order',
      );
    }
    expect(s.outcome(chair, cmd('vote.close', { voteId }))).toBe('out_of_order');
    s.run(seat('BHR'), cmd('vote.cast', { voteId, choice: 'no' }));
    s.run(seat('CHN'), cmd('vote.cast', { voteId, choice: 'yes' }));
    expect(called(s)).toBeNull();
    expect(
      s.state.votes
        .at(-1)
        ?.records.filter((r) => r.passed)
        .map((r) => r.delegation),
    ).toEqual(['BHR', 'CHN']);
    s.chair(cmd('vote.close', { voteId }));
    expect(s.state.votes.at(-1)?.tally).toEqual({ yes: 14, no: 1, abstain: 0, absent: 0 });
  });

  it('ROLLCALL-6: after the result, "with rights" voters explain their votes in voting order (default 30 s) or waive', () => {
    const { s, voteId } = rollCall(0.5, 'present', { explanationOfVoteSeconds: 60 });
    answerAll(s, voteId, { USA: 'noWithRights', LVA: 'yesWithRights', CHN: 'yesWithRights' });
    expect(s.outcome(chair, cmd('explanation.next', {}))).toBe('out_of_order');
    s.chair(cmd('vote.close', { voteId }));
    // Called from Latvia: LVA … USA, then BHR, CHN …
    expect(s.state.explanations).toEqual({ voteId, queue: ['LVA', 'USA', 'CHN'] });
    s.chair(cmd('explanation.next', {}));
    expect(s.state.speech).toMatchObject({ delegation: 'LVA', kind: 'explanationOfVote' });
    expect(s.state.speech?.timer.durationMs).toBe(60_000);
    s.chair(cmd('speech.end', {}));
    expect(s.outcome(seat('CHN'), cmd('explanation.waive', { delegation: 'USA' }))).toBe(
      'forbidden',
    );
    s.run(seat('USA'), cmd('explanation.waive', {}));
    s.chair(cmd('explanation.next', {}));
    s.chair(cmd('speech.end', {}));
    expect(s.state.explanations).toBeNull();

    const standard = rollCall(0);
    answerAll(standard.s, standard.voteId, { FRA: 'yesWithRights' });
    standard.s.chair(cmd('vote.close', { voteId: standard.voteId }));
    standard.s.chair(cmd('explanation.next', {}));
    expect(standard.s.state.speech?.timer.durationMs).toBe(30_000);
  });
});
