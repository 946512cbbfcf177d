/**
 * The simulated delegations' policy (server/src/rehearsal/): stances read from the
 * briefing, the roll call as cast, votes by stance (a veto of foreign military action
 * without consent), no abstention from a member present and voting, speakers who yield
 * in their own time, and whole sessions in virtual time in which no delegation ever
 * sends a command the rules refuse.
 */
import {
  decide,
  evolve,
  initialState,
  openVoteOf,
  type Actor,
  type CommitteeState,
  type Command,
} from '@placard/shared';
import { describe, expect, it } from 'vitest';
import { defaultBehaviour } from '../../server/src/rehearsal/behaviour.ts';
import { nextIntent } from '../../server/src/rehearsal/delegationPolicy.ts';
import { hashString, seededDice } from '../../server/src/rehearsal/dice.ts';
import { dryRun } from '../../server/src/rehearsal/dryRun.ts';
import { planRehearsal, type RehearsalPlan } from '../../server/src/rehearsal/plan.ts';
import { stancesFor } from '../../server/src/rehearsal/stances.ts';
import { workingPaper } from '../../server/src/rehearsal/texts.ts';
import { securityCouncil2026 } from '../../server/src/templates/securityCouncil2026.ts';

const chair: Actor = { role: 'chair' };
const seat = (code: string): Actor => ({ role: 'seat', seat: code });
const T0 = 1_800_000_000_000;
const MEMBERS = securityCouncil2026.members.map((member) => member.code);
const stances = stancesFor(initialState(securityCouncil2026));

/** Applies commands through the rules engine, failing the test on any refusal. */
const play = (state: CommitteeState, steps: readonly [Actor, Command][], at = T0): CommitteeState =>
  steps.reduce((current, [actor, command], index) => {
    const decision = decide(current, command, { actor, now: at + index * 1000, draw: 0 });
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`);
    return decision.events.reduce(evolve, current);
  }, state);

const c = (type: string, payload: unknown = {}): Command => ({ type, payload }) as Command;

/** The 2026 Council called to order with everyone present (`status` per code) and the list open. */
const sitting = (status: (code: string) => string = () => 'present'): CommitteeState =>
  play(initialState(securityCouncil2026), [
    [chair, c('session.open')],
    [chair, c('attendance.startRollCall')],
    ...[...MEMBERS, 'MEX'].map((code): [Actor, Command] => [
      seat(code),
      c('attendance.record', { status: code === 'MEX' ? 'present' : status(code) }),
    ]),
    [chair, c('attendance.closeRollCall')],
    [chair, c('gsl.open')],
  ]);

/** A sitting Council voting on a draft of `line`, submitted by `drafter` (by roll call if asked). */
const votingOn = (
  line: 'cooperation' | 'enforcement',
  drafter: string,
  options: { rollCall?: boolean; status?: (code: string) => string } = {},
): CommitteeState => {
  const paper = workingPaper(line);
  const signers = MEMBERS.filter((code) => code !== drafter).slice(0, 3);
  const everyoneYes = (state: CommitteeState): [Actor, Command][] =>
    MEMBERS.map((code) => [
      seat(code),
      c('vote.cast', { voteId: openVoteOf(state)?.id ?? 'none', choice: 'yes' }),
    ]);
  let state = play(sitting(options.status), [
    [seat(drafter), c('draft.submit', { title: paper.title, content: { text: paper.text } })],
    ...signers.map((code): [Actor, Command] => [seat(code), c('draft.sign', { draftId: 'WP/1' })]),
    [chair, c('draft.approve', { draftId: 'WP/1' })],
    [
      seat(drafter),
      c('motion.move', {
        motion: { kind: 'introduceDraft', draft: { id: 'DR/1', title: paper.title } },
      }),
    ],
  ]);
  const introduce = state.motions.at(-1)?.id ?? '';
  state = play(state, [
    [seat(signers[0] ?? 'GBR'), c('motion.second', { motionId: introduce })],
    [chair, c('motion.rule', { motionId: introduce, ruling: 'granted' })],
    [seat(drafter), c('motion.move', { motion: { kind: 'closeDebate' } })],
  ]);
  const closure = state.motions.at(-1)?.id ?? '';
  state = play(state, [
    [seat(signers[0] ?? 'GBR'), c('motion.second', { motionId: closure })],
    [chair, c('motion.putToVote')],
  ]);
  state = play(state, everyoneYes(state));
  state = play(state, [[chair, c('vote.close', { voteId: openVoteOf(state)?.id ?? '' })]]);
  if (options.rollCall) {
    state = play(state, [[seat(drafter), c('motion.move', { motion: { kind: 'rollCallVote' } })]]);
    const rollCall = state.motions.at(-1)?.id ?? '';
    state = play(state, [
      [seat(signers[0] ?? 'GBR'), c('motion.second', { motionId: rollCall })],
      [chair, c('motion.putToVote')],
    ]);
    state = play(state, everyoneYes(state));
    state = play(state, [[chair, c('vote.close', { voteId: openVoteOf(state)?.id ?? '' })]]);
  }
  return play(state, [[chair, c('vote.open', { subject: { id: 'DR/1', title: paper.title } })]]);
};

const plan = (overrides: Partial<RehearsalPlan> = {}): RehearsalPlan => ({
  absent: null,
  presentAndVoting: null,
  drafter: null,
  line: 'cooperation',
  unfriendly: null,
  friendly: null,
  ...overrides,
});

const intentOf = (
  state: CommitteeState,
  code: string,
  cast: RehearsalPlan = plan(),
  now = T0 + 3_600_000,
  seed = 7,
) =>
  nextIntent({
    state,
    seat: code,
    stances,
    plan: cast,
    behaviour: defaultBehaviour,
    dice: seededDice(seed, code),
    now,
  });

describe('rehearsal: stances from the briefing', () => {
  it('reads the permanent members from the briefing: Russia and China guard sovereignty and veto force', () => {
    expect(stances['RUS']).toMatchObject({
      p5: true,
      vetoesForeignForce: true,
      source: 'briefing',
    });
    expect(stances['CHN']).toMatchObject({
      p5: true,
      vetoesForeignForce: true,
      source: 'briefing',
    });
    expect(stances['USA']).toMatchObject({ approach: 'enforcement', vetoesForeignForce: false });
    expect(stances['USA']?.foreignForce).toBeGreaterThan(0.5);
    expect(stances['FRA']).toMatchObject({ approach: 'prevention', vetoesForeignForce: false });
    expect(stances['GBR']).toMatchObject({ approach: 'bridge', vetoesForeignForce: false });
  });

  it('gives the elected members regional defaults and Mexico a seat without a vote', () => {
    expect(stances['COL']).toMatchObject({ source: 'regional', p5: false, votes: true });
    expect(stances['MEX']).toMatchObject({ votes: false, p5: false });
    expect(Object.keys(stances)).toHaveLength(16);
  });

  it('draws the same cast from the same seed, and keeps the absent and present-and-voting apart', () => {
    for (let seed = 0; seed < 30; seed++) {
      const one = planRehearsal(stances, seededDice(seed, 'plan'));
      const two = planRehearsal(stances, seededDice(seed, 'plan'));
      expect(JSON.stringify(one)).toBe(JSON.stringify(two));
      expect(one.absent).not.toBeNull();
      expect(one.absent).not.toBe(one.presentAndVoting);
      expect([one.drafter, one.unfriendly?.proposer, one.friendly?.proposer]).not.toContain(
        one.absent,
      );
      expect(stances[one.absent ?? '']?.p5).toBe(false);
    }
    expect(planRehearsal(stances, seededDice(1, 'plan'), { absent: 'LBR' }).absent).toBe('LBR');
  });

  it('dice give the same draw for the same situation and differ between delegations', () => {
    const fra = seededDice(7, 'FRA');
    expect(fra('vote:V3')).toBe(fra('vote:V3'));
    expect(fra('vote:V3')).not.toBe(seededDice(7, 'USA')('vote:V3'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});

describe('rehearsal: the roll call', () => {
  const open = play(initialState(securityCouncil2026), [
    [chair, c('session.open')],
    [chair, c('attendance.startRollCall')],
  ]);
  const cast = plan({ absent: 'LBR', presentAndVoting: 'PAK' });

  it('the absent delegation never answers; the others answer as cast', () => {
    expect(intentOf(open, 'LBR', cast)).toBeNull();
    expect(intentOf(open, 'PAK', cast)?.command).toEqual(
      c('attendance.record', { status: 'presentAndVoting' }),
    );
    expect(intentOf(open, 'FRA', cast)?.command).toEqual(
      c('attendance.record', { status: 'present' }),
    );
    expect(intentOf(open, 'MEX', cast)?.command).toEqual(
      c('attendance.record', { status: 'present' }),
    );
  });

  it('answers once, and not before the chair calls the roll', () => {
    const answered = play(open, [[seat('FRA'), c('attendance.record', { status: 'present' })]]);
    expect(intentOf(answered, 'FRA', cast)?.command.type).not.toBe('attendance.record');
    const notCalled = play(initialState(securityCouncil2026), [[chair, c('session.open')]]);
    expect(intentOf(notCalled, 'FRA', cast)).toBeNull();
  });
});

describe('rehearsal: votes by stance', () => {
  it('a P5 guarding sovereignty votes no on a draft calling for foreign military action without consent', () => {
    const state = votingOn('enforcement', 'USA');
    expect(intentOf(state, 'RUS')?.command).toEqual(
      c('vote.cast', { voteId: openVoteOf(state)?.id, choice: 'no' }),
    );
    expect(intentOf(state, 'CHN')?.command).toMatchObject({ payload: { choice: 'no' } });
    expect(intentOf(state, 'USA')?.command).toMatchObject({ payload: { choice: 'yes' } });
  });

  it('the same permanent members support a draft of cooperation that respects consent', () => {
    const state = votingOn('cooperation', 'COL');
    for (const code of ['RUS', 'CHN', 'USA']) {
      expect(intentOf(state, code)?.command).not.toMatchObject({ payload: { choice: 'no' } });
    }
  });

  it('a member present and voting never abstains on a substantive vote', () => {
    const state = votingOn('enforcement', 'USA', {
      status: (code) => (MEMBERS.includes(code) ? 'presentAndVoting' : 'present'),
    });
    for (let seed = 0; seed < 20; seed++) {
      for (const code of MEMBERS) {
        const intent = intentOf(state, code, plan(), T0 + 3_600_000, seed);
        expect(intent?.command).toMatchObject({ type: 'vote.cast' });
        expect(intent?.command).not.toMatchObject({ payload: { choice: 'abstain' } });
      }
    }
  });

  it('in a roll call only the member called answers, and a sovereignty P5 says no', () => {
    const state = votingOn('enforcement', 'USA', { rollCall: true });
    const vote = openVoteOf(state);
    const called = vote?.rollCall?.order[0] ?? '';
    expect(called).toBe('BHR'); // draw 0: the first in English order
    for (const code of MEMBERS.filter((member) => member !== called)) {
      expect(intentOf(state, code)?.command.type).not.toBe('vote.cast');
    }
    let current = state;
    for (const code of vote?.rollCall?.order ?? []) {
      const intent = intentOf(current, code);
      expect(intent?.command.type).toBe('vote.cast');
      if (code === 'RUS' || code === 'CHN') {
        expect(['no', 'noWithRights', 'pass']).toContain(
          (intent?.command.payload as { choice: string }).choice,
        );
      }
      current = play(current, [[seat(code), intent?.command ?? c('none')]]);
    }
  });
});

describe('rehearsal: on the floor', () => {
  it('a speaker from the list yields after part of its time, and does nothing else meanwhile', () => {
    const listed = play(sitting(), [[seat('FRA'), c('gsl.add')]]);
    const speaking = play(listed, [[chair, c('gsl.next')]], T0 + 100_000);
    for (let seed = 0; seed < 30; seed++) {
      const intent = intentOf(speaking, 'FRA', plan(), T0 + 100_000, seed);
      if (intent === null) continue; // speaks on until the chair ends the speech
      expect(intent.command.type).toBe('speech.yield');
      expect(intent.afterMs).toBeGreaterThanOrEqual(0.45 * 90_000 - 1);
      expect(intent.afterMs).toBeLessThanOrEqual(0.85 * 90_000 + 1);
    }
  });

  it('at speed 20 the same speech is twenty times shorter', () => {
    const speaking = play(play(sitting(), [[seat('FRA'), c('gsl.add')]]), [[chair, c('gsl.next')]]);
    const intent = nextIntent({
      state: speaking,
      seat: 'FRA',
      stances,
      plan: plan(),
      behaviour: { ...defaultBehaviour, speed: 20 },
      dice: seededDice(3, 'FRA'),
      now: T0,
    });
    if (intent) expect(intent.afterMs).toBeLessThanOrEqual((0.85 * 90_000) / 20 + 1);
  });

  it('an invited delegation never moves, seconds or votes', () => {
    const state = votingOn('enforcement', 'USA');
    expect(intentOf(state, 'MEX')?.command.type).not.toBe('vote.cast');
  });
});

describe('rehearsal: whole sessions in virtual time', () => {
  const cases = [1, 2, 3, 7, 11, 42];
  it.each(cases)(
    'seed %i: the scripted chair completes a session and no delegation command is ever refused',
    (seed) => {
      const result = dryRun({ template: securityCouncil2026, seed, behaviour: { speed: 4 } });
      const refused = result.steps.filter((step) => !step.ok);
      expect(refused.filter((step) => step.by !== 'chair')).toEqual([]);
      expect(result.finished).toBe(true);
      // A session, not a loop: nobody repeats itself (points, motions) without end.
      expect(result.steps.length).toBeLessThan(600);
      expect(
        result.steps.filter((step) => step.command.type === 'point.raise').length,
      ).toBeLessThan(20);
      const { state, plan: cast } = result;
      // The roll call as cast.
      expect(state.attendance.delegations[cast.absent ?? '']?.status).toBe('absent');
      expect(state.attendance.delegations[cast.presentAndVoting ?? '']?.status).toBe(
        'presentAndVoting',
      );
      // Debate, a caucus, the draft's life and its votes.
      expect(state.speeches.some((speech) => speech.kind === 'gsl')).toBe(true);
      expect(
        state.motions.some(
          (motion) =>
            (motion.spec.kind === 'moderatedCaucus' || motion.spec.kind === 'unmoderatedCaucus') &&
            motion.status.kind === 'passed',
        ),
      ).toBe(true);
      const draft = state.drafts[0];
      expect(draft?.introduced).not.toBeNull();
      expect(draft?.signatories.length).toBeGreaterThanOrEqual(3);
      expect(['adopted', 'failed', 'vetoed']).toContain(draft?.status.kind);
      expect(state.votes.some((vote) => vote.question?.kind === 'amendment')).toBe(true);
      expect(state.votes.find((vote) => vote.question?.kind === 'draft')?.method).toBe('rollCall');
      expect(state.agenda[0]?.status).toBe('concluded');
    },
  );

  it('the same seed plays the same session', () => {
    const one = dryRun({ template: securityCouncil2026, seed: 5, behaviour: { speed: 4 } });
    const two = dryRun({ template: securityCouncil2026, seed: 5, behaviour: { speed: 4 } });
    expect(two.steps).toEqual(one.steps);
  });
});
