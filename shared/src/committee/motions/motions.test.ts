import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, councilTemplate, seat, untrusted } from '../../testing/scenario.ts';
import { decide } from '../decide.ts';
import { motionPrecedence, motionSpecSchema, type MotionSpec } from './motionKinds.ts';
import { orderMotions } from './motionOrder.ts';

const samples: Record<MotionSpec['kind'], MotionSpec> = {
  adjourn: { kind: 'adjourn' },
  suspend: { kind: 'suspend', durationSeconds: 600 },
  postpone: { kind: 'postpone' },
  setAgenda: { kind: 'setAgenda', topicIndex: 1 },
  closeDebate: { kind: 'closeDebate' },
  extendCaucus: { kind: 'extendCaucus', extraSeconds: 120 },
  unmoderatedCaucus: { kind: 'unmoderatedCaucus', totalSeconds: 900, purpose: 'Drafting' },
  moderatedCaucus: {
    kind: 'moderatedCaucus',
    totalSeconds: 600,
    speakingSeconds: 60,
    topic: 'Borders',
  },
  introduceDraft: { kind: 'introduceDraft', draft: { id: 'DR/1', title: 'Draft resolution 1' } },
  introduceAmendment: {
    kind: 'introduceAmendment',
    amendment: { id: 'A/1', title: 'Amendment 1' },
    draftId: 'DR/1',
  },
  divideQuestion: { kind: 'divideQuestion', draftId: 'DR/1', parts: ['OP 1–3', 'OP 4'] },
  rollCallVote: { kind: 'rollCallVote' },
  reorderDrafts: { kind: 'reorderDrafts', order: ['DR/2', 'DR/1'] },
  setSpeakingTime: { kind: 'setSpeakingTime', seconds: 60 },
  speakersList: { kind: 'speakersList', action: 'close' },
  appeal: { kind: 'appeal', rulingId: 'D1' },
};

const pendingOrder = (s: Scenario) =>
  orderMotions(s.state.motions, s.state.rules).map((o) => o.motion.id);
const move = (s: Scenario, mover: string, motion: MotionSpec) =>
  s.outcome(seat(mover), cmd('motion.move', { motion }));

describe('motions', () => {
  it('MOTION-1: every kind of motion exists with its parameters; malformed parameters are invalid', () => {
    expect(Object.keys(samples).sort()).toEqual([...motionPrecedence].sort());
    for (const spec of Object.values(samples))
      expect(motionSpecSchema.safeParse(spec).success).toBe(true);
    const s = new Scenario().inDebate();
    const bad = (motion: unknown) =>
      decide(s.state, untrusted({ type: 'motion.move', payload: { motion } }), {
        actor: seat('COL'),
        now: s.now,
        draw: 0,
      });
    const longSpeech = bad({
      kind: 'moderatedCaucus',
      totalSeconds: 60,
      speakingSeconds: 90,
      topic: 'x',
    });
    expect(longSpeech.ok ? 'ok' : longSpeech.error.code).toBe('invalid');
    const unknown = bad({ kind: 'filibuster' });
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('invalid');
    const extra = bad({ kind: 'adjourn', until: 'tomorrow' });
    expect(extra.ok ? 'ok' : extra.error.code).toBe('invalid');
    const missing = bad({ kind: 'suspend' });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('invalid');
  });

  it('MOTION-2: a present member moves a motion (or the chair records it); never over a speaker or a vote', () => {
    const s = new Scenario().opened('present', ['PAK']);
    s.chair(cmd('gsl.open', {}));
    expect(move(s, 'PAK', samples.adjourn)).toBe('out_of_order');
    s.chair(cmd('motion.move', { delegation: 'FRA', motion: samples.setSpeakingTime }));
    expect(s.state.motions[0]).toMatchObject({
      mover: 'FRA',
      status: { kind: 'pending' },
      seconds: [],
    });
    s.run(seat('USA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    expect(move(s, 'FRA', samples.suspend)).toBe('out_of_order');
    s.chair(cmd('speech.end', {}));
    s.run(seat('GBR'), cmd('motion.second', { motionId: s.state.motions[0]?.id ?? '' }));
    s.chair(cmd('motion.putToVote', {}));
    expect(move(s, 'FRA', samples.suspend)).toBe('out_of_order');
  });

  it('MOTION-3: each kind is in order only on its floors', () => {
    const debate = new Scenario().inDebate();
    expect(move(debate, 'COL', samples.divideQuestion)).toBe('out_of_order');
    expect(move(debate, 'COL', samples.rollCallVote)).toBe('out_of_order');
    expect(move(debate, 'COL', samples.closeDebate)).toBe('ok');

    const caucus = new Scenario().inDebate();
    caucus.carry(samples.moderatedCaucus);
    expect(move(caucus, 'COL', samples.adjourn)).toBe('ok');
    expect(move(caucus, 'COL', samples.suspend)).toBe('ok');
    expect(move(caucus, 'COL', samples.extendCaucus)).toBe('ok');
    expect(move(caucus, 'COL', samples.unmoderatedCaucus)).toBe('out_of_order');
    expect(move(caucus, 'COL', samples.closeDebate)).toBe('out_of_order');

    const unmoderated = new Scenario().inDebate();
    unmoderated.carry(samples.unmoderatedCaucus);
    for (const spec of Object.values(samples))
      expect(move(unmoderated, 'COL', spec)).toBe('out_of_order');

    const suspended = new Scenario().inDebate();
    suspended.carry(samples.suspend);
    for (const spec of Object.values(samples))
      expect(move(suspended, 'COL', spec)).toBe('out_of_order');

    const voting = new Scenario().inVotingProcedure();
    expect(move(voting, 'COL', samples.rollCallVote)).toBe('ok');
    for (const kind of [
      'adjourn',
      'suspend',
      'postpone',
      'closeDebate',
      'moderatedCaucus',
      'setSpeakingTime',
    ] as const) {
      expect(move(voting, 'COL', samples[kind])).toBe('out_of_order');
    }
  });

  it('MOTION-4: a motion needs its seconds from present members other than the mover, each once', () => {
    const s = new Scenario().opened('present', ['PAK']);
    s.chair(cmd('gsl.open', {}));
    s.run(seat('COL'), cmd('motion.move', { motion: samples.setSpeakingTime }));
    const id = s.state.motions[0]?.id ?? '';
    expect(s.outcome(chair, cmd('motion.putToVote', {}))).toBe('out_of_order');
    expect(s.outcome(seat('COL'), cmd('motion.second', { motionId: id }))).toBe('out_of_order');
    expect(s.outcome(seat('PAK'), cmd('motion.second', { motionId: id }))).toBe('out_of_order');
    expect(s.outcome(seat('FRA'), cmd('motion.second', { motionId: 'M999' }))).toBe('not_found');
    s.run(seat('FRA'), cmd('motion.second', { motionId: id }));
    expect(s.outcome(seat('FRA'), cmd('motion.second', { motionId: id }))).toBe('conflict');
    expect(s.outcome(chair, cmd('motion.putToVote', {}))).toBe('ok');

    const noSeconds = new Scenario(councilTemplate({ secondsRequired: 0 })).inDebate();
    noSeconds.run(seat('COL'), cmd('motion.move', { motion: samples.setSpeakingTime }));
    expect(noSeconds.outcome(chair, cmd('motion.putToVote', {}))).toBe('ok');
  });

  it('MOTION-5: the chair may rule a motion dilatory; it leaves consideration and the ruling can be appealed', () => {
    const s = new Scenario().inDebate();
    const id = s.move('COL', samples.suspend);
    s.chair(cmd('motion.rule', { motionId: id, ruling: 'dilatory' }));
    const motion = s.state.motions.find((m) => m.id === id);
    expect(motion?.status.kind).toBe('ruledDilatory');
    const ruling = s.state.rulings[0];
    expect(ruling).toMatchObject({ kind: 'dilatory', motionId: id, status: 'standing' });
    expect(s.outcome(chair, cmd('motion.putToVote', {}))).toBe('out_of_order');
    const appeal = s.move('COL', { kind: 'appeal', rulingId: ruling?.id ?? '' });
    expect(s.outcome(chair, cmd('motion.rule', { motionId: appeal, ruling: 'dilatory' }))).toBe(
      'out_of_order',
    );
  });

  it('MOTION-6: pending motions are ordered most disruptive first', () => {
    const s = new Scenario().inDebate();
    const speaking = s.move('COL', samples.setSpeakingTime);
    const moderated = s.move('COL', samples.moderatedCaucus);
    const adjourn = s.move('COL', samples.adjourn);
    const closure = s.move('COL', samples.closeDebate);
    const suspend = s.move('COL', samples.suspend);
    expect(pendingOrder(s)).toEqual([adjourn, suspend, closure, moderated, speaking]);
    const reasons = orderMotions(s.state.motions, s.state.rules).map((o) => o.reason);
    expect(reasons[0]).toMatch(/^first/);
    expect(reasons[1]).toBe('suspend the meeting is less disruptive than adjourn the meeting');
  });

  it('MOTION-7: within one kind the longest goes first', () => {
    const s = new Scenario().inDebate();
    const short = s.move('COL', { kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'a' });
    const long = s.move('COL', { kind: 'unmoderatedCaucus', totalSeconds: 1200, purpose: 'b' });
    const shortSuspend = s.move('COL', { kind: 'suspend', durationSeconds: 300 });
    const longSuspend = s.move('COL', { kind: 'suspend', durationSeconds: 3600 });
    expect(pendingOrder(s)).toEqual([longSuspend, shortSuspend, long, short]);
    expect(orderMotions(s.state.motions, s.state.rules)[3]?.reason).toBe(
      'same kind, shorter (600 s after 1200 s): the longest goes first',
    );
  });

  it('MOTION-8: equal moderated caucuses go by the tie-break (default more speaking turns first), then first moved', () => {
    const spec = (speakingSeconds: number): MotionSpec => ({
      kind: 'moderatedCaucus',
      totalSeconds: 600,
      speakingSeconds,
      topic: 't',
    });
    const turns = new Scenario().inDebate();
    const sixty = turns.move('COL', spec(60));
    const thirty = turns.move('COL', spec(30));
    const alsoSixty = turns.move('COL', spec(60));
    expect(pendingOrder(turns)).toEqual([thirty, sixty, alsoSixty]);

    const longer = new Scenario(
      councilTemplate({ moderatedCaucusTieBreak: 'longerSpeakingTimeFirst' }),
    ).inDebate();
    const a = longer.move('COL', spec(30));
    const b = longer.move('COL', spec(60));
    expect(pendingOrder(longer)).toEqual([b, a]);
  });

  it('MOTION-9: the chair puts the first seconded motion in order to a procedural vote, one at a time', () => {
    const s = new Scenario().inDebate();
    s.run(seat('COL'), cmd('motion.move', { motion: samples.adjourn }));
    const suspend = s.move('FRA', samples.suspend);
    s.chair(cmd('motion.putToVote', {}));
    const vote = s.state.votes.at(-1);
    expect(vote).toMatchObject({
      kind: 'procedural',
      motionId: suspend,
      method: 'placard',
      threshold: 9,
      status: 'open',
      subject: { id: suspend, title: 'Suspend the meeting for 10 min' },
    });
    expect(vote?.members).toHaveLength(15);
    expect(s.state.motions.find((m) => m.id === suspend)?.status).toEqual({
      kind: 'voting',
      voteId: vote?.id,
    });
    expect(s.outcome(chair, cmd('motion.putToVote', {}))).toBe('out_of_order');
  });

  it('MOTION-10: the first motion to pass is carried out and the others lapse', () => {
    const s = new Scenario().inDebate();
    const speaking = s.move('COL', samples.setSpeakingTime);
    const unmoderated = s.move('COL', samples.unmoderatedCaucus);
    const moderated = s.move('COL', samples.moderatedCaucus);
    s.voteOnNextMotion('yes');
    const status = (id: string) => s.state.motions.find((m) => m.id === id)?.status.kind;
    expect(status(unmoderated)).toBe('passed');
    expect(status(moderated)).toBe('lapsed');
    expect(status(speaking)).toBe('lapsed');
    expect(s.state.floor.kind).toBe('unmoderatedCaucus');
  });

  it('MOTION-11: a motion that fails leaves the others pending, and the next in order is put', () => {
    const s = new Scenario().inDebate();
    const speaking = s.move('COL', samples.setSpeakingTime);
    const unmoderated = s.move('COL', samples.unmoderatedCaucus);
    s.voteOnNextMotion('no');
    expect(s.state.motions.find((m) => m.id === unmoderated)?.status.kind).toBe('failed');
    expect(s.state.motions.find((m) => m.id === speaking)?.status.kind).toBe('pending');
    s.chair(cmd('motion.putToVote', {}));
    expect(s.state.votes.at(-1)?.motionId).toBe(speaking);
  });

  it('MOTION-12: motions need 9 yes votes; closure needs the closure threshold (10); a P5 no is no veto', () => {
    const yesFrom = (n: number) =>
      Object.fromEntries(
        [
          'USA',
          'GBR',
          'FRA',
          'CHN',
          'RUS',
          'BHR',
          'COL',
          'COD',
          'DNK',
          'GRC',
          'LVA',
          'LBR',
          'PAK',
          'PAN',
          'SOM',
        ].map((code, index) => [code, index < n ? ('yes' as const) : ('no' as const)]),
      );
    const closure = new Scenario().inDebate();
    closure.move('COL', samples.closeDebate);
    closure.voteOnNextMotion('no', yesFrom(9));
    expect(
      closure.state.votes.at(-1)?.status === 'closed' && closure.state.votes.at(-1),
    ).toMatchObject({
      threshold: 10,
      result: { outcome: 'failed' },
    });
    closure.move('COL', samples.closeDebate);
    closure.voteOnNextMotion('no', yesFrom(10));
    expect(closure.state.floor.kind).toBe('votingProcedure');

    const caucus = new Scenario().inDebate();
    caucus.move('COL', samples.moderatedCaucus);
    // Nine yes including none of the P5: the five P5 vote no, and it still passes.
    caucus.voteOnNextMotion('yes', {
      USA: 'no',
      GBR: 'no',
      FRA: 'no',
      CHN: 'no',
      RUS: 'no',
      BHR: 'no',
    });
    expect(caucus.state.floor.kind).toBe('moderatedCaucus');

    const nine = new Scenario(councilTemplate({ closureThreshold: 9 })).inDebate();
    nine.move('COL', samples.closeDebate);
    nine.voteOnNextMotion('no', yesFrom(9));
    expect(nine.state.floor.kind).toBe('votingProcedure');
  });

  it("MOTION-13: drafts and unfriendly amendments are the chair's to grant; roll call is voted unless the profile says otherwise", () => {
    const s = new Scenario().inDebate();
    s.approvedDraft('COL');
    const draft = s.move('COL', samples.introduceDraft);
    expect(s.outcome(chair, cmd('motion.putToVote', {}))).toBe('out_of_order');
    s.chair(cmd('motion.rule', { motionId: draft, ruling: 'granted' }));
    expect(s.draft('DR/1').introduced).toMatchObject({ by: 'COL' });
    s.propose('FRA', 'DR/1', { action: 'strike', clause: 2 });
    const amendment = s.move('FRA', samples.introduceAmendment);
    s.chair(cmd('motion.rule', { motionId: amendment, ruling: 'refused' }));
    expect(s.state.motions.find((m) => m.id === amendment)?.status).toMatchObject({
      kind: 'failed',
      voteId: null,
    });
    const timed = s.move('FRA', samples.setSpeakingTime);
    expect(s.outcome(chair, cmd('motion.rule', { motionId: timed, ruling: 'granted' }))).toBe(
      'out_of_order',
    );

    const voted = new Scenario().inVotingProcedure();
    const rollCall = voted.move('COL', samples.rollCallVote);
    expect(
      voted.outcome(chair, cmd('motion.rule', { motionId: rollCall, ruling: 'granted' })),
    ).toBe('out_of_order');
    const discretion = new Scenario(
      councilTemplate({ rollCallVoteByMotion: false }),
    ).inVotingProcedure();
    const granted = discretion.move('COL', samples.rollCallVote);
    expect(discretion.outcome(chair, cmd('motion.putToVote', {}))).toBe('out_of_order');
    discretion.chair(cmd('motion.rule', { motionId: granted, ruling: 'granted' }));
    expect(discretion.state.floor).toMatchObject({ kind: 'votingProcedure', rollCallNext: true });
  });

  it('MOTION-14: a moderated caucus that does not divide evenly is accepted with a warning', () => {
    const s = new Scenario().inDebate();
    s.run(
      seat('COL'),
      cmd('motion.move', {
        motion: {
          kind: 'moderatedCaucus',
          totalSeconds: 600,
          speakingSeconds: 45,
          topic: 'Borders',
        },
      }),
    );
    expect(s.last('motion.moved')?.warnings).toEqual([
      '600 s does not divide evenly into 45 s speeches: the last speaker gets less time',
    ]);
    s.run(seat('COL'), cmd('motion.move', { motion: samples.moderatedCaucus }));
    expect(s.last('motion.moved')?.warnings).toEqual([]);
  });

  it('MOTION-15: the mover may withdraw its pending motion', () => {
    const s = new Scenario().inDebate();
    const id = s.move('COL', samples.setSpeakingTime);
    expect(s.outcome(seat('FRA'), cmd('motion.withdraw', { motionId: id }))).toBe('forbidden');
    s.run(seat('COL'), cmd('motion.withdraw', { motionId: id }));
    expect(s.state.motions[0]?.status.kind).toBe('withdrawn');
    const voting = s.move('COL', samples.setSpeakingTime);
    s.chair(cmd('motion.putToVote', {}));
    expect(s.outcome(seat('COL'), cmd('motion.withdraw', { motionId: voting }))).toBe(
      'out_of_order',
    );
  });

  it('MOTION-16: an extension is in order during or just after a caucus, capped at the original length', () => {
    const s = new Scenario().inDebate();
    expect(move(s, 'COL', { kind: 'extendCaucus', extraSeconds: 60 })).toBe('out_of_order');
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    s.after(600_000).run({ role: 'system' }, cmd('timer.expire', {}));
    expect(move(s, 'COL', { kind: 'extendCaucus', extraSeconds: 660 })).toBe('out_of_order');
    s.carry({ kind: 'extendCaucus', extraSeconds: 300 });
    s.chair(cmd('caucus.end', {}));
    expect(move(s, 'COL', { kind: 'extendCaucus', extraSeconds: 301 })).toBe('out_of_order');
    expect(move(s, 'COL', { kind: 'extendCaucus', extraSeconds: 300 })).toBe('ok');
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    s.chair(cmd('speech.end', {}));
    expect(move(s, 'COL', { kind: 'extendCaucus', extraSeconds: 60 })).toBe('out_of_order');

    const uncapped = new Scenario(
      councilTemplate({ caucusExtensionCappedAtOriginal: false }),
    ).inDebate();
    uncapped.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    expect(move(uncapped, 'COL', { kind: 'extendCaucus', extraSeconds: 60 })).toBe('out_of_order');
    uncapped.chair(cmd('caucus.end', {}));
    expect(move(uncapped, 'COL', { kind: 'extendCaucus', extraSeconds: 1800 })).toBe('ok');
  });

  it("MOTION-17: an appeal overturns the chair's ruling with 9 votes; a failed appeal upholds it", () => {
    const s = new Scenario().inDebate();
    const suspend = s.move('COL', samples.suspend);
    s.chair(cmd('motion.rule', { motionId: suspend, ruling: 'dilatory' }));
    const rulingId = s.state.rulings[0]?.id ?? '';
    s.move('COL', { kind: 'appeal', rulingId });
    s.voteOnNextMotion('no', {
      BHR: 'yes',
      COL: 'yes',
      COD: 'yes',
      DNK: 'yes',
      GRC: 'yes',
      LVA: 'yes',
      LBR: 'yes',
      PAK: 'yes',
    });
    expect(s.state.rulings[0]?.status).toBe('upheld');
    expect(
      s.outcome(seat('COL'), cmd('motion.move', { motion: { kind: 'appeal', rulingId } })),
    ).toBe('out_of_order');

    const again = s.move('FRA', samples.setSpeakingTime);
    s.chair(cmd('motion.rule', { motionId: again, ruling: 'dilatory' }));
    const second = s.state.rulings[1]?.id ?? '';
    s.move('COL', { kind: 'appeal', rulingId: second });
    s.voteOnNextMotion('yes');
    expect(s.state.rulings[1]?.status).toBe('overturned');
    expect(s.state.motions.find((m) => m.id === again)?.status.kind).toBe('pending');
  });

  it('MOTION-18: a motion no longer in order when its turn comes is not put to a vote', () => {
    const s = new Scenario().inDebate();
    s.carry(samples.moderatedCaucus);
    const extension = s.move('COL', { kind: 'extendCaucus', extraSeconds: 60 });
    s.chair(cmd('caucus.end', {}));
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.chair(cmd('gsl.next', {}));
    s.chair(cmd('speech.end', {}));
    expect(s.outcome(chair, cmd('motion.putToVote', {}))).toBe('out_of_order');
    s.chair(cmd('motion.rule', { motionId: extension, ruling: 'dilatory' }));
    expect(s.state.motions.find((m) => m.id === extension)?.status.kind).toBe('ruledDilatory');
  });
});
