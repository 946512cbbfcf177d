import { describe, expect, it } from 'vitest';
import type { Actor } from '../../actor.ts';
import {
  Scenario,
  chair,
  cmd,
  councilTemplate,
  observer,
  seat,
  system,
  untrusted,
} from '../../testing/scenario.ts';
import { commandRoles, rolesFor } from './authorization.ts';
import { commandTypes, type Command, type CommandType } from './commands.ts';
import { decide } from '../decide.ts';

const SELF = 'FRA';
const OTHER = 'CHN';
const INVITEE = 'MEX';

type Fixture = (self: string, rules?: object) => { s: Scenario; command: Command };

const debate = (rules: object = {}) => new Scenario(councilTemplate(rules)).inDebate();
const speaking = (speaker: string, rules: object = {}) => {
  const s = debate(rules);
  s.chair(cmd('gsl.add', { delegation: speaker }));
  s.chair(cmd('gsl.next', {}));
  return s;
};
const moderated = (rules: object = {}) => {
  const s = debate(rules);
  s.carry({ kind: 'moderatedCaucus', totalSeconds: 600, speakingSeconds: 60, topic: 'Borders' });
  return s;
};
const pendingMotion = (s: Scenario, mover = 'USA', seconded = true) => {
  const [moved] = s.chair(cmd('motion.move', { delegation: mover, motion: { kind: 'adjourn' } }));
  const motionId = moved?.type === 'motion.moved' ? moved.motion.id : '';
  if (seconded) s.chair(cmd('motion.second', { delegation: 'GBR', motionId }));
  return motionId;
};
const endedSpeech = (rules: object = {}) => {
  const s = speaking('USA', rules);
  s.chair(cmd('speech.end', {}));
  return { s, speechId: s.state.speeches.at(-1)?.id ?? '' };
};
const requested = (self: string, rules: object = {}) => {
  const { s, speechId } = endedSpeech(rules);
  s.chair(cmd('reply.request', { delegation: self, speechId }));
  return { s, requestId: s.state.replies.at(-1)?.id ?? '' };
};
const openVote = (rules: object = {}) => {
  const s = new Scenario(councilTemplate(rules)).inVotingProcedure();
  const [opened] = s.chair(cmd('vote.open', { subject: { id: 'DR/1', title: 'Draft' } }));
  return { s, voteId: opened?.type === 'vote.opened' ? opened.vote.id : '' };
};
const explanationsWaiting = (rules: object = {}) => {
  const s = new Scenario(councilTemplate(rules)).inVotingProcedure();
  s.carry({ kind: 'rollCallVote' });
  const [opened] = s.chair(cmd('vote.open', { subject: { id: 'DR/1', title: 'Draft' } }));
  const voteId = opened?.type === 'vote.opened' ? opened.vote.id : '';
  for (const code of opened?.type === 'vote.opened' ? (opened.vote.rollCall?.order ?? []) : []) {
    s.chair(
      cmd('vote.cast', {
        voteId,
        delegation: code,
        choice: code === SELF ? 'yesWithRights' : 'yes',
      }),
    );
  }
  s.chair(cmd('vote.close', { voteId }));
  return s;
};

const words = {
  operative: [{ text: 'Calls upon all States to act;' }, { text: 'Decides to remain seized.' }],
};
// Who sponsors in a fixture: `self`, unless it is an invitee the rules keep from sponsoring.
const sponsorFor = (s: Scenario, self: string) =>
  s.state.rules.inviteesMaySponsor || self !== INVITEE ? self : 'USA';
const workingPaper = (self: string, rules: object = {}) => {
  const s = debate(rules);
  const sponsor = sponsorFor(s, self);
  s.chair(cmd('draft.submit', { delegation: sponsor, title: 'Cartels', content: words }));
  return { s, sponsor, draftId: s.state.drafts[0]?.id ?? '' };
};
const withAmendment = (
  sponsor: (s: Scenario) => string,
  proposer: (s: Scenario) => string,
  rules: object = {},
) => {
  const s = debate(rules);
  const draftId = s.approvedDraft(sponsor(s));
  const amendmentId = s.propose(proposer(s), draftId, { action: 'strike', clause: 2 });
  return { s, amendmentId };
};

/** For each command: a committee where `self` is the delegation it concerns, and the command. */
const fixtures: Record<CommandType, Fixture> = {
  'session.open': (_self, rules) => ({
    s: new Scenario(councilTemplate(rules)),
    command: cmd('session.open', {}),
  }),
  'session.resume': (_self, rules) => {
    const s = debate(rules);
    s.carry({ kind: 'suspend', durationSeconds: 600 });
    return { s, command: cmd('session.resume', {}) };
  },
  'attendance.startRollCall': (_self, rules) => ({
    s: new Scenario(councilTemplate(rules)).opened(),
    command: cmd('attendance.startRollCall', {}),
  }),
  'attendance.record': (self, rules) => {
    const s = new Scenario(councilTemplate(rules)).opened();
    s.chair(cmd('attendance.startRollCall', {}));
    return { s, command: cmd('attendance.record', { delegation: self, status: 'present' }) };
  },
  'attendance.closeRollCall': (_self, rules) => {
    const s = new Scenario(councilTemplate(rules)).opened();
    s.chair(cmd('attendance.startRollCall', {}));
    return { s, command: cmd('attendance.closeRollCall', {}) };
  },
  'gsl.open': (_self, rules) => ({
    s: new Scenario(councilTemplate(rules)).opened(),
    command: cmd('gsl.open', {}),
  }),
  'gsl.add': (self, rules) => ({ s: debate(rules), command: cmd('gsl.add', { delegation: self }) }),
  'gsl.remove': (self, rules) => {
    const s = debate(rules);
    s.chair(cmd('gsl.add', { delegation: self }));
    return { s, command: cmd('gsl.remove', { delegation: self }) };
  },
  'gsl.move': (self, rules) => {
    const s = debate(rules);
    s.chair(cmd('gsl.add', { delegation: self }));
    s.chair(cmd('gsl.add', { delegation: 'USA' }));
    return { s, command: cmd('gsl.move', { delegation: self, position: 1 }) };
  },
  'gsl.next': (self, rules) => {
    const s = debate(rules);
    s.chair(cmd('gsl.add', { delegation: self }));
    return { s, command: cmd('gsl.next', {}) };
  },
  'speech.yield': (self, rules) => ({
    s: speaking(self, rules),
    command: cmd('speech.yield', { to: 'chair' }),
  }),
  'speech.end': (self, rules) => ({ s: speaking(self, rules), command: cmd('speech.end', {}) }),
  'speech.answer': (self, rules) => {
    const s = speaking(self, rules);
    s.chair(cmd('speech.yield', { to: 'questions' }));
    s.chair(cmd('point.raise', { delegation: 'USA', kind: 'information' }));
    s.chair(cmd('point.recognise', { pointId: s.state.points[0]?.id ?? '' }));
    return { s, command: cmd('speech.answer', {}) };
  },
  'comment.recognise': (self, rules) => ({
    s: endedSpeech(rules).s,
    command: cmd('comment.recognise', { delegation: self }),
  }),
  'timer.pause': (self, rules) => ({
    s: speaking(self, rules),
    command: cmd('timer.pause', { timer: 'speaker' }),
  }),
  'timer.resume': (self, rules) => {
    const s = speaking(self, rules);
    s.chair(cmd('timer.pause', { timer: 'speaker' }));
    return { s, command: cmd('timer.resume', { timer: 'speaker' }) };
  },
  'timer.reset': (self, rules) => ({ s: speaking(self, rules), command: cmd('timer.reset', {}) }),
  'timer.expire': (_self, rules) => {
    const s = debate(rules);
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    s.after(600_000);
    return { s, command: cmd('timer.expire', {}) };
  },
  'motion.move': (self, rules) => ({
    s: debate(rules),
    command: cmd('motion.move', { delegation: self, motion: { kind: 'adjourn' } }),
  }),
  'motion.second': (self, rules) => {
    const s = debate(rules);
    const motionId = pendingMotion(s, 'USA', false);
    return { s, command: cmd('motion.second', { delegation: self, motionId }) };
  },
  'motion.withdraw': (self, rules) => {
    const s = debate(rules);
    const motionId = pendingMotion(
      s,
      s.state.rules.inviteesMayMoveMotions || self !== INVITEE ? self : 'USA',
    );
    return { s, command: cmd('motion.withdraw', { delegation: self, motionId }) };
  },
  'motion.rule': (_self, rules) => {
    const s = debate(rules);
    return { s, command: cmd('motion.rule', { motionId: pendingMotion(s), ruling: 'dilatory' }) };
  },
  'motion.putToVote': (_self, rules) => {
    const s = debate(rules);
    pendingMotion(s);
    return { s, command: cmd('motion.putToVote', {}) };
  },
  'placard.raise': (self, rules) => ({
    s: moderated(rules),
    command: cmd('placard.raise', { delegation: self }),
  }),
  'placard.lower': (self, rules) => {
    const s = moderated(rules);
    s.chair(cmd('placard.raise', { delegation: self }));
    return { s, command: cmd('placard.lower', { delegation: self }) };
  },
  'caucus.recognise': (self, rules) => ({
    s: moderated(rules),
    command: cmd('caucus.recognise', { delegation: self }),
  }),
  'caucus.end': (_self, rules) => ({ s: moderated(rules), command: cmd('caucus.end', {}) }),
  'point.raise': (self, rules) => ({
    s: debate(rules),
    command: cmd('point.raise', { delegation: self, kind: 'order' }),
  }),
  'point.withdraw': (self, rules) => {
    const s = debate(rules);
    s.chair(cmd('point.raise', { delegation: self, kind: 'order' }));
    return {
      s,
      command: cmd('point.withdraw', { delegation: self, pointId: s.state.points[0]?.id ?? '' }),
    };
  },
  'point.recognise': (self, rules) => {
    const s = speaking('USA', rules);
    s.chair(cmd('speech.yield', { to: 'questions' }));
    s.chair(cmd('point.raise', { delegation: self, kind: 'information' }));
    return { s, command: cmd('point.recognise', { pointId: s.state.points[0]?.id ?? '' }) };
  },
  'point.resolve': (self, rules) => {
    const s = debate(rules);
    s.chair(cmd('point.raise', { delegation: self, kind: 'parliamentaryInquiry' }));
    return { s, command: cmd('point.resolve', { pointId: s.state.points[0]?.id ?? '' }) };
  },
  'reply.request': (self, rules) => {
    const { s, speechId } = endedSpeech(rules);
    return { s, command: cmd('reply.request', { delegation: self, speechId }) };
  },
  'reply.rule': (self, rules) => {
    const { s, requestId } = requested(self, rules);
    return { s, command: cmd('reply.rule', { requestId, ruling: 'granted' }) };
  },
  'reply.start': (self, rules) => {
    const { s, requestId } = requested(self, rules);
    s.chair(cmd('reply.rule', { requestId, ruling: 'granted' }));
    return { s, command: cmd('reply.start', { requestId }) };
  },
  'vote.open': (_self, rules) => ({
    s: new Scenario(councilTemplate(rules)).inVotingProcedure(),
    command: cmd('vote.open', { subject: { id: 'DR/1', title: 'Draft' } }),
  }),
  'vote.cast': (self, rules) => {
    const { s, voteId } = openVote(rules);
    return { s, command: cmd('vote.cast', { delegation: self, voteId, choice: 'yes' }) };
  },
  'vote.close': (_self, rules) => {
    const { s, voteId } = openVote(rules);
    for (const member of s.state.members)
      s.chair(cmd('vote.cast', { delegation: member.code, voteId, choice: 'yes' }));
    return { s, command: cmd('vote.close', { voteId }) };
  },
  'explanation.next': (_self, rules) => ({
    s: explanationsWaiting(rules),
    command: cmd('explanation.next', {}),
  }),
  'explanation.waive': (self, rules) => ({
    s: explanationsWaiting(rules),
    command: cmd('explanation.waive', { delegation: self }),
  }),
  'votingProcedure.end': (_self, rules) => ({
    s: new Scenario(councilTemplate(rules)).inVotingProcedure(),
    command: cmd('votingProcedure.end', {}),
  }),
  'draft.submit': (self, rules) => ({
    s: debate(rules),
    command: cmd('draft.submit', { delegation: self, title: 'Cartels', content: words }),
  }),
  'draft.edit': (self, rules) => {
    const { s, draftId } = workingPaper(self, rules);
    return {
      s,
      command: cmd('draft.edit', { delegation: self, draftId, title: 'Cartels and arms' }),
    };
  },
  'draft.addSponsor': (self, rules) => {
    const { s, draftId } = workingPaper(self, rules);
    return { s, command: cmd('draft.addSponsor', { delegation: self, draftId, sponsor: 'GBR' }) };
  },
  'draft.removeSponsor': (self, rules) => {
    const { s, draftId, sponsor } = workingPaper(self, rules);
    s.chair(cmd('draft.addSponsor', { delegation: sponsor, draftId, sponsor: 'GBR' }));
    return {
      s,
      command: cmd('draft.removeSponsor', { delegation: self, draftId, sponsor: 'GBR' }),
    };
  },
  'draft.sign': (self, rules) => {
    const { s, draftId } = workingPaper('USA', rules);
    return { s, command: cmd('draft.sign', { delegation: self, draftId }) };
  },
  'draft.unsign': (self, rules) => {
    const { s, draftId } = workingPaper('USA', rules);
    if (sponsorFor(s, self) === self) s.chair(cmd('draft.sign', { delegation: self, draftId }));
    return { s, command: cmd('draft.unsign', { delegation: self, draftId }) };
  },
  'draft.withdraw': (self, rules) => {
    const { s, draftId } = workingPaper(self, rules);
    return { s, command: cmd('draft.withdraw', { delegation: self, draftId }) };
  },
  'draft.approve': (_self, rules) => {
    const { s, draftId } = workingPaper('USA', rules);
    for (const code of ['GBR', 'PAN', 'LVA'])
      s.chair(cmd('draft.sign', { delegation: code, draftId }));
    return { s, command: cmd('draft.approve', { draftId }) };
  },
  'amendment.propose': (self, rules) => {
    const s = debate(rules);
    const draftId = s.approvedDraft('USA');
    return {
      s,
      command: cmd('amendment.propose', {
        delegation: self,
        draftId,
        change: { action: 'replace', clause: 1, text: 'Urges all States to act;' },
      }),
    };
  },
  'amendment.accept': (self, rules) => {
    const { s, amendmentId } = withAmendment(
      (s) => sponsorFor(s, self),
      () => 'GBR',
      rules,
    );
    return { s, command: cmd('amendment.accept', { delegation: self, amendmentId }) };
  },
  'amendment.decline': (self, rules) => {
    const { s, amendmentId } = withAmendment(
      (s) => sponsorFor(s, self),
      () => 'GBR',
      rules,
    );
    return { s, command: cmd('amendment.decline', { delegation: self, amendmentId }) };
  },
  'amendment.withdraw': (self, rules) => {
    const { s, amendmentId } = withAmendment(
      () => 'USA',
      (s) => sponsorFor(s, self),
      rules,
    );
    return { s, command: cmd('amendment.withdraw', { delegation: self, amendmentId }) };
  },
};

type Column = 'chair' | 'own seat' | 'another seat' | 'invited delegation' | 'observer' | 'system';
const columns: readonly Column[] = [
  'chair',
  'own seat',
  'another seat',
  'invited delegation',
  'observer',
  'system',
];

/** Who acts in a column, and which delegation the command concerns. */
const cell = (column: Column): { actor: Actor; self: string } => {
  switch (column) {
    case 'chair':
      return { actor: chair, self: SELF };
    case 'own seat':
      return { actor: seat(SELF), self: SELF };
    case 'another seat':
      return { actor: seat(OTHER), self: SELF };
    case 'invited delegation':
      return { actor: seat(INVITEE), self: INVITEE };
    case 'observer':
      return { actor: observer, self: SELF };
    case 'system':
      return { actor: system, self: SELF };
  }
};

const authorised = (
  type: CommandType,
  column: Column,
  rules: Parameters<typeof rolesFor>[1],
): boolean => {
  const roles = rolesFor(type, rules);
  switch (column) {
    case 'chair':
      return roles.includes('chair');
    case 'own seat':
      return roles.includes('member');
    case 'invited delegation':
      return roles.includes('invitee');
    case 'system':
      return roles.includes('system');
    case 'another seat':
    case 'observer':
      return false;
  }
};

const matrix = (rules: object) => {
  const template = councilTemplate(rules);
  for (const type of commandTypes) {
    for (const column of columns) {
      const { actor, self } = cell(column);
      const { s, command } = fixtures[type](self, rules);
      const outcome = s.outcome(actor, command);
      const expected = authorised(type, column, template.rules);
      expect.soft(outcome === 'forbidden', `${type} by ${column}: ${outcome}`).toBe(!expected);
      // Where the role may act, the fixture is a situation in which the command is accepted.
      if (expected) expect.soft(outcome, `${type} by ${column}`).toBe('ok');
    }
  }
};

describe('authorization', () => {
  it('AUTH-1: observers never act', () => {
    for (const type of commandTypes) {
      const { s, command } = fixtures[type](SELF);
      expect(s.outcome(observer, command)).toBe('forbidden');
    }
  });

  it('AUTH-2: every command × role (chair, own seat, another seat, invited delegation, observer, system): forbidden exactly where unauthorised', () => {
    expect(Object.keys(commandRoles).sort()).toEqual([...commandTypes].sort());
    matrix({});
  });

  it('AUTH-2: the matrix holds when invited delegations may move motions', () => {
    matrix({ inviteesMayMoveMotions: true });
  });

  it('AUTH-2, DRAFT-2: the matrix holds when invited delegations may sponsor drafts', () => {
    matrix({ inviteesMaySponsor: true });
  });

  it('AUTH-3: a seat acts only for its own delegation', () => {
    const s = speaking('USA');
    expect(s.outcome(seat('FRA'), cmd('gsl.add', { delegation: 'GBR' }))).toBe('forbidden');
    expect(s.outcome(seat('FRA'), cmd('speech.yield', { to: 'chair' }))).toBe('forbidden');
    expect(s.outcome(seat('USA'), cmd('speech.yield', { to: 'chair' }))).toBe('ok');
    s.chair(cmd('speech.end', {}));
    const motionId = pendingMotion(s, 'USA');
    expect(s.outcome(seat('FRA'), cmd('motion.withdraw', { motionId }))).toBe('forbidden');
    s.run(seat('USA'), cmd('point.raise', { kind: 'order' }));
    expect(
      s.outcome(seat('FRA'), cmd('point.withdraw', { pointId: s.state.points[0]?.id ?? '' })),
    ).toBe('forbidden');
  });

  it('AUTH-4: a seat whose code is not on the roster is forbidden', () => {
    const s = debate();
    expect(s.outcome(seat('DEU'), cmd('gsl.add', {}))).toBe('forbidden');
    expect(s.outcome(seat('DEU'), cmd('point.raise', { kind: 'order' }))).toBe('forbidden');
  });

  it('AUTH-5: the chair names the delegation it acts for; unnamed is invalid, unknown not found', () => {
    const s = debate();
    expect(s.outcome(chair, cmd('gsl.add', {}))).toBe('invalid');
    expect(s.outcome(chair, cmd('gsl.add', { delegation: 'DEU' }))).toBe('not_found');
    expect(s.outcome(chair, cmd('gsl.add', { delegation: 'DNK' }))).toBe('ok');
  });

  it('AUTH-6: only the server reports that a timer expired', () => {
    const { s, command } = fixtures['timer.expire'](SELF);
    expect(s.outcome(chair, command)).toBe('forbidden');
    expect(s.outcome(seat('FRA'), command)).toBe('forbidden');
    expect(s.outcome(system, command)).toBe('ok');
    expect(s.outcome(system, cmd('gsl.next', {}))).toBe('forbidden');
  });

  it('AUTH-7: invited delegations do not move, second or withdraw motions unless the profile allows it', () => {
    const s = debate();
    expect(s.outcome(seat('MEX'), cmd('motion.move', { motion: { kind: 'adjourn' } }))).toBe(
      'forbidden',
    );
    expect(
      s.outcome(chair, cmd('motion.move', { delegation: 'MEX', motion: { kind: 'adjourn' } })),
    ).toBe('out_of_order');
    const motionId = pendingMotion(s, 'USA', false);
    expect(s.outcome(chair, cmd('motion.second', { delegation: 'MEX', motionId }))).toBe(
      'out_of_order',
    );
    const open = debate({ inviteesMayMoveMotions: true });
    expect(open.outcome(seat('MEX'), cmd('motion.move', { motion: { kind: 'adjourn' } }))).toBe(
      'ok',
    );
  });

  it('AUTH-8: a malformed payload is invalid; decide never mutates the state; accepted commands yield events', () => {
    const s = debate();
    const ctx = { actor: seat('FRA'), now: s.now, draw: 0 };
    const frozen = JSON.stringify(s.state);
    const outcomes = [
      untrusted({ type: 'gsl.add', payload: { delegation: 'fra' } }),
      untrusted({ type: 'gsl.add', payload: { extra: true } }),
      untrusted({ type: 'gsl.add' }),
      untrusted({ type: 'gsl.launch', payload: {} }),
      untrusted({ type: 'point.raise', payload: { kind: 'order', text: 'x'.repeat(501) } }),
      untrusted(null),
    ].map((command) => decide(s.state, command, ctx));
    for (const decision of outcomes)
      expect(decision.ok ? 'ok' : decision.error.code).toBe('invalid');
    expect(JSON.stringify(s.state)).toBe(frozen);
    const accepted = decide(s.state, cmd('gsl.add', {}), ctx);
    expect(accepted.ok && accepted.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(s.state)).toBe(frozen);
  });
});
