import { describe, expect, it } from 'vitest';
import {
  Scenario,
  chair,
  cmd,
  councilTemplate,
  members2026,
  seat,
} from '../../testing/scenario.ts';
import { recordLines } from '../../testing/record.ts';

const DRAFT = { id: 'DR/1', title: 'Transnational organized crime' };

const openVote = (s: Scenario): string => {
  const [opened] = s.chair(cmd('vote.open', { subject: DRAFT }));
  return opened?.type === 'vote.opened' ? opened.vote.id : '';
};

describe('voting', () => {
  it('VOTE-7: a member present and voting may not abstain on a substantive vote; one merely present may', () => {
    const s = new Scenario().inVotingProcedure('presentAndVoting');
    s.chair(cmd('attendance.record', { delegation: 'CHN', status: 'present' }));
    const voteId = openVote(s);
    expect(s.outcome(seat('USA'), cmd('vote.cast', { voteId, choice: 'abstain' }))).toBe(
      'out_of_order',
    );
    expect(
      s.outcome(chair, cmd('vote.cast', { voteId, delegation: 'USA', choice: 'abstain' })),
    ).toBe('out_of_order');
    expect(s.outcome(seat('CHN'), cmd('vote.cast', { voteId, choice: 'abstain' }))).toBe('ok');
    const procedural = new Scenario(
      councilTemplate({ proceduralAbstentionsAllowed: true }),
    ).inDebate('presentAndVoting');
    procedural.move('COL', { kind: 'setSpeakingTime', seconds: 60 });
    procedural.chair(cmd('motion.putToVote', {}));
    const motionVote = procedural.state.votes.at(-1)?.id ?? '';
    expect(
      procedural.outcome(seat('USA'), cmd('vote.cast', { voteId: motionVote, choice: 'abstain' })),
    ).toBe('ok');
  });

  it('VOTE-8: abstentions on procedural votes only where the profile allows them (default not)', () => {
    const s = new Scenario().inDebate();
    s.move('COL', { kind: 'setSpeakingTime', seconds: 60 });
    s.chair(cmd('motion.putToVote', {}));
    const voteId = s.state.votes.at(-1)?.id ?? '';
    expect(s.outcome(seat('USA'), cmd('vote.cast', { voteId, choice: 'abstain' }))).toBe(
      'out_of_order',
    );
    const allowed = new Scenario(
      councilTemplate({ proceduralAbstentionsAllowed: true }),
    ).inDebate();
    allowed.move('COL', { kind: 'setSpeakingTime', seconds: 60 });
    allowed.voteOnNextMotion('yes', { USA: 'abstain', CHN: 'abstain' });
    const closed = allowed.state.votes.at(-1);
    expect(closed?.status === 'closed' && closed.result.tally).toEqual({
      yes: 13,
      no: 0,
      abstain: 2,
      absent: 0,
    });
  });

  it('VOTE-9: only members present when the vote opens take part; the others are recorded absent', () => {
    const s = new Scenario().opened('present', ['USA', 'SOM']);
    s.chair(cmd('gsl.open', {}));
    s.carry({ kind: 'closeDebate' });
    const voteId = openVote(s);
    expect(s.outcome(seat('USA'), cmd('vote.cast', { voteId, choice: 'no' }))).toBe('out_of_order');
    s.chair(cmd('attendance.record', { delegation: 'USA', status: 'present' }));
    expect(s.outcome(seat('USA'), cmd('vote.cast', { voteId, choice: 'no' }))).toBe('out_of_order');
    for (const member of members2026.filter((m) => !['USA', 'SOM'].includes(m.code))) {
      s.run(seat(member.code), cmd('vote.cast', { voteId, choice: 'yes' }));
    }
    s.chair(cmd('vote.close', { voteId }));
    const closed = s.state.votes.at(-1);
    expect(
      closed?.records
        .filter((r) => r.choice === 'absent')
        .map((r) => r.delegation)
        .sort(),
    ).toEqual(['SOM', 'USA']);
    expect(closed?.status === 'closed' && closed.result.outcome).toBe('adopted');
  });

  it('VOTE-10: members vote once by placard, from their seats or entered by the chair, who may correct an entry', () => {
    const s = new Scenario().inVotingProcedure();
    const voteId = openVote(s);
    s.run(seat('FRA'), cmd('vote.cast', { voteId, choice: 'yes' }));
    expect(s.outcome(seat('FRA'), cmd('vote.cast', { voteId, choice: 'no' }))).toBe('conflict');
    expect(s.outcome(seat('FRA'), cmd('vote.cast', { voteId, choice: 'pass' }))).toBe(
      'out_of_order',
    );
    s.chair(cmd('vote.cast', { voteId, delegation: 'RUS', choice: 'no' }));
    expect(s.state.votes.at(-1)?.records.find((r) => r.delegation === 'RUS')).toMatchObject({
      choice: 'no',
      by: 'chair',
    });
    s.chair(cmd('vote.cast', { voteId, delegation: 'RUS', choice: 'abstain' }));
    expect(
      s.outcome(chair, cmd('vote.cast', { voteId, delegation: 'RUS', choice: 'abstain' })),
    ).toBe('conflict');
    expect(s.state.votes.at(-1)?.tally).toEqual({ yes: 1, no: 0, abstain: 1, absent: 0 });
  });

  it('VOTE-11: substantive votes are taken in voting procedure on a subject, one at a time, never over a speech or pending explanations', () => {
    const debate = new Scenario().inDebate();
    expect(debate.outcome(chair, cmd('vote.open', { subject: DRAFT }))).toBe('out_of_order');
    const s = new Scenario().inVotingProcedure();
    s.carry({ kind: 'rollCallVote' });
    const voteId = openVote(s);
    expect(s.state.votes.at(-1)).toMatchObject({
      kind: 'substantive',
      subject: DRAFT,
      threshold: 9,
      motionId: null,
    });
    expect(s.outcome(chair, cmd('vote.open', { subject: DRAFT }))).toBe('out_of_order');
    for (;;) {
      const vote = s.state.votes.at(-1);
      const called = vote?.rollCall ? vote.rollCall.order[vote.rollCall.next] : undefined;
      if (!called) break;
      s.run(
        seat(called),
        cmd('vote.cast', { voteId, choice: called === 'FRA' ? 'yesWithRights' : 'yes' }),
      );
    }
    s.chair(cmd('vote.close', { voteId }));
    expect(s.outcome(chair, cmd('vote.open', { subject: DRAFT }))).toBe('out_of_order');
    s.chair(cmd('explanation.next', {}));
    expect(s.outcome(chair, cmd('vote.open', { subject: DRAFT }))).toBe('out_of_order');
    s.chair(cmd('speech.end', {}));
    expect(s.outcome(chair, cmd('vote.open', { subject: DRAFT }))).toBe('ok');
  });

  it("VOTE-12: the chair closes a vote once every member present has voted; the record keeps every member's vote", () => {
    const s = new Scenario().inVotingProcedure();
    const voteId = openVote(s);
    for (const member of members2026.slice(0, 14)) {
      s.run(
        seat(member.code),
        cmd('vote.cast', { voteId, choice: member.code === 'RUS' ? 'no' : 'yes' }),
      );
    }
    const early = s.attempt(chair, cmd('vote.close', { voteId }));
    expect(early.ok ? '' : early.error).toEqual({
      code: 'out_of_order',
      message: 'still to vote: USA',
    });
    s.run(seat('USA'), cmd('vote.cast', { voteId, choice: 'abstain' }));
    s.chair(cmd('vote.close', { voteId }));
    const closed = s.state.votes.at(-1);
    expect(closed?.status).toBe('closed');
    expect(closed?.records).toHaveLength(15);
    expect(closed?.status === 'closed' && closed.result).toEqual({
      outcome: 'vetoed',
      tally: { yes: 13, no: 1, abstain: 1, absent: 0 },
      threshold: 9,
      p5Against: ['RUS'],
      vetoedBy: ['RUS'],
    });
    expect(recordLines(s).at(-1)).toBe(`Vote ${voteId} on ${DRAFT.title}: 13-1-1, vetoed (Russia)`);
  });

  it('VOTE-13: a closed vote never changes', () => {
    const s = new Scenario().inVotingProcedure();
    const voteId = openVote(s);
    for (const member of members2026)
      s.run(seat(member.code), cmd('vote.cast', { voteId, choice: 'yes' }));
    s.chair(cmd('vote.close', { voteId }));
    const frozen = JSON.stringify(s.state.votes.at(-1));
    expect(s.outcome(seat('FRA'), cmd('vote.cast', { voteId, choice: 'no' }))).toBe('out_of_order');
    expect(s.outcome(chair, cmd('vote.cast', { voteId, delegation: 'FRA', choice: 'no' }))).toBe(
      'out_of_order',
    );
    expect(s.outcome(chair, cmd('vote.close', { voteId }))).toBe('conflict');
    s.chair(cmd('attendance.record', { delegation: 'FRA', status: 'absent' }));
    openVote(s);
    expect(JSON.stringify(s.state.votes.find((v) => v.id === voteId))).toBe(frozen);
  });

  it('VOTE-14: voting procedure is sealed: no speeches or motions but those of the vote; points of order remain', () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.carry({ kind: 'closeDebate' });
    expect(s.outcome(chair, cmd('gsl.next', {}))).toBe('out_of_order');
    expect(s.outcome(chair, cmd('caucus.recognise', { delegation: 'FRA' }))).toBe('out_of_order');
    for (const motion of [
      { kind: 'moderatedCaucus', totalSeconds: 600, speakingSeconds: 60, topic: 'x' },
      { kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'x' },
      { kind: 'setSpeakingTime', seconds: 60 },
      { kind: 'suspend', durationSeconds: 600 },
    ] as const) {
      expect(s.outcome(seat('COL'), cmd('motion.move', { motion }))).toBe('out_of_order');
    }
    expect(s.outcome(seat('COL'), cmd('motion.move', { motion: { kind: 'rollCallVote' } }))).toBe(
      'ok',
    );
    expect(s.outcome(seat('COL'), cmd('point.raise', { kind: 'order' }))).toBe('ok');
    expect(s.outcome(seat('COL'), cmd('point.raise', { kind: 'parliamentaryInquiry' }))).toBe('ok');
    expect(s.outcome(seat('COL'), cmd('point.raise', { kind: 'information' }))).toBe(
      'out_of_order',
    );
  });
});
