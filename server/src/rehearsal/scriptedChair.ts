/**
 * A chair that runs a session by the book, for tests and unattended demos
 * (`pnpm demo -- --chair auto`): it calls the meeting to order, takes the roll
 * call, opens the speakers' list and calls a few speakers, then lets the floor
 * go quiet for motions and takes them in order, runs the caucuses, approves a
 * working paper once it has its signatories, grants introductions, takes the
 * votes in voting procedure (giving the floor for explanations of vote), ends
 * voting procedure and puts the motion to adjourn. Like the delegations it is
 * pure: the state and the time in, the next command out, checked by
 * `decideParsed` first.
 */
import {
  calledMember,
  decideParsed,
  decidedByChair,
  nextMotion,
  nextQuestion,
  openVoteOf,
  orderPoints,
  topicUnderDebate,
  type Command,
  type CommitteeState,
  type OpenVote,
  type Speech,
} from '@placard/shared';
import type { Intent } from './intent.ts';
import { quietSince } from './motionPolicy.ts';

export interface ChairInput {
  readonly state: CommitteeState;
  /** The server's time (epoch ms). */
  readonly now: number;
  /** 1 = a human pace. */
  readonly speed: number;
  /** How many delegations the chair expects to miss the roll call (it closes the roll once the rest answered). */
  readonly expectedAbsent: number;
  /** GSL speeches the chair calls after each change of floor before it waits for motions. */
  readonly speakersPerRound?: number;
}

/** What the chair would do now: a command checked against the rules, after a short beat. */
export const chairIntent = (input: ChairInput): Intent | null => {
  const proposal = nextChairMove(input);
  if (!proposal) return null;
  const [command, ms, reason] = proposal;
  const decision = decideParsed(input.state, command, {
    actor: { role: 'chair' },
    now: input.now,
    draw: 0,
  });
  return decision.ok ? { command, afterMs: Math.round(ms / input.speed), reason } : null;
};

type Move = readonly [Command, number, string];

const nextChairMove = (input: ChairInput): Move | null => {
  const { state } = input;
  const floor = state.floor;
  if (floor.kind === 'adjourned') {
    return state.meeting === 0
      ? [{ type: 'session.open', payload: {} }, 1000, 'calls the meeting to order']
      : null;
  }
  if (floor.kind === 'suspended') return [{ type: 'session.resume', payload: {} }, 3000, 'resumes'];
  // While the roll is called the chair waits for the answers and does nothing else.
  if (state.attendance.rollCallOpen) return rollCallMove(input);
  return (
    rollCallMove(input) ??
    pointMove(state) ??
    (state.speech ? speechMove(input, state.speech) : null) ??
    voteMove(state) ??
    replyMove(state) ??
    motionMove(input) ??
    draftMove(state) ??
    floorMove(input)
  );
};

const rollCallMove = (input: ChairInput): Move | null => {
  const { state, now } = input;
  const attendance = state.attendance;
  const roster = state.members.length + state.invitees.length;
  const anyonePresent = Object.values(attendance.delegations).some(
    (entry) => entry.status !== 'absent',
  );
  if (!attendance.rollCallOpen) {
    return anyonePresent || attendance.answered.length > 0
      ? null
      : [{ type: 'attendance.startRollCall', payload: {} }, 1500, 'calls the roll'];
  }
  const lastAnswer = Math.max(
    state.floor.since ?? 0,
    ...Object.values(attendance.delegations).map((entry) => entry.at ?? 0),
  );
  const everyoneExpected = attendance.answered.length >= roster - input.expectedAbsent;
  return everyoneExpected || now - lastAnswer > 30_000 / input.speed
    ? [{ type: 'attendance.closeRollCall', payload: {} }, 1500, 'closes the roll call']
    : null;
};

const pointMove = (state: CommitteeState): Move | null => {
  const point = orderPoints(
    state.points.filter((candidate) => candidate.kind !== 'information'),
  )[0];
  if (!point) return null;
  return [
    {
      type: 'point.resolve',
      payload:
        point.kind === 'order'
          ? { pointId: point.id, ruling: 'notWellTaken' }
          : { pointId: point.id },
    },
    2500,
    `answers the point ${point.id}`,
  ];
};

const speechMove = (input: ChairInput, speech: Speech): Move | null => {
  const { state, now, speed } = input;
  const startedAt = state.speeches.find((record) => record.id === speech.id)?.startedAt ?? now;
  const elapsed = (now - startedAt) * speed;
  const end: Move = [{ type: 'speech.end', payload: {} }, 1000, 'ends the speech'];
  const questions = speech.questions;
  if (questions) {
    if (questions.phase === 'question')
      return [{ type: 'speech.answer', payload: {} }, 3000, 'asks for the answer'];
    if (questions.phase === 'answer') return [end[0], 5000, end[2]];
    const question = state.points.find((point) => point.kind === 'information');
    if (question) {
      return [
        { type: 'point.recognise', payload: { pointId: question.id } },
        1500,
        'takes a question',
      ];
    }
    // Questions may come until the speaker's own time would have run out.
    return elapsed > speech.timer.durationMs ? end : null;
  }
  // A speaker from the list yields by itself; one that does not is stopped when its time is up.
  const allowed = speech.kind === 'gsl' ? speech.timer.durationMs : speech.timer.durationMs * 0.6;
  return elapsed >= allowed ? end : null;
};

const voteComplete = (vote: OpenVote): boolean =>
  vote.rollCall
    ? calledMember(vote.rollCall) === null
    : vote.members.every(
        (member) =>
          !member.present || vote.records.some((record) => record.delegation === member.code),
      );

const voteMove = (state: CommitteeState): Move | null => {
  const vote = openVoteOf(state);
  if (vote) {
    return voteComplete(vote)
      ? [{ type: 'vote.close', payload: { voteId: vote.id } }, 1500, `closes vote ${vote.id}`]
      : null;
  }
  return state.explanations
    ? [
        { type: 'explanation.next', payload: {} },
        1500,
        'gives the floor for an explanation of vote',
      ]
    : null;
};

const replyMove = (state: CommitteeState): Move | null => {
  const requested = state.replies.find((request) => request.status === 'requested');
  if (requested) {
    return [
      { type: 'reply.rule', payload: { requestId: requested.id, ruling: 'granted' } },
      2000,
      'grants a right of reply',
    ];
  }
  const granted = state.replies.find((request) => request.status === 'granted');
  return granted
    ? [
        { type: 'reply.start', payload: { requestId: granted.id } },
        1500,
        'gives the floor for a reply',
      ]
    : null;
};

const motionMove = (input: ChairInput): Move | null => {
  const { state, now, speed } = input;
  const motion = nextMotion(state);
  if (motion) {
    return decidedByChair(motion.spec.kind, state.rules)
      ? [
          { type: 'motion.rule', payload: { motionId: motion.id, ruling: 'granted' } },
          2500,
          `grants motion ${motion.id}`,
        ]
      : [{ type: 'motion.putToVote', payload: {} }, 2500, `puts motion ${motion.id} to the vote`];
  }
  // A motion nobody seconds is not left standing for ever.
  const stale = state.motions.find(
    (candidate) =>
      candidate.status.kind === 'pending' && (now - candidate.movedAt) * speed > 20_000,
  );
  return stale
    ? [
        { type: 'motion.rule', payload: { motionId: stale.id, ruling: 'dilatory' } },
        1000,
        `rules motion ${stale.id} out (no second)`,
      ]
    : null;
};

const draftMove = (state: CommitteeState): Move | null => {
  const ready = state.drafts.find(
    (draft) =>
      draft.status.kind === 'workingPaper' &&
      draft.sponsors.length >= state.rules.draftMinSponsors &&
      draft.signatories.length >= state.rules.draftMinSignatories,
  );
  return ready
    ? [{ type: 'draft.approve', payload: { draftId: ready.id } }, 3000, `approves ${ready.id}`]
    : null;
};

const floorMove = (input: ChairInput): Move | null => {
  const { state, now, speed } = input;
  const floor = state.floor;
  const quiet = (now - quietSince(state)) * speed;
  switch (floor.kind) {
    case 'moderatedCaucus': {
      if (floor.timeUp) return null;
      const heard = state.speeches.filter(
        (speech) => speech.kind === 'caucus' && speech.startedAt >= floor.since,
      ).length;
      if (heard >= 2 || quiet > 30_000)
        return [{ type: 'caucus.end', payload: {} }, 2000, 'ends the caucus'];
      const next = floor.placards[0];
      return next
        ? [{ type: 'caucus.recognise', payload: { delegation: next } }, 1500, `recognises ${next}`]
        : null;
    }
    case 'unmoderatedCaucus':
      return quiet > 10_000 ? [{ type: 'caucus.end', payload: {} }, 1000, 'ends the caucus'] : null;
    case 'votingProcedure': {
      if (state.explanations) return null;
      const next = nextQuestion(state);
      if (!next)
        return [{ type: 'votingProcedure.end', payload: {} }, 2000, 'ends voting procedure'];
      // Before the draft itself, a member may still ask for a roll call: give it a moment.
      if (next.question.kind === 'draft' && !floor.rollCallNext && quiet < 15_000) return null;
      return [
        { type: 'vote.open', payload: { subject: next.subject } },
        2000,
        `puts ${next.subject.id} to the vote`,
      ];
    }
    case 'formalDebate': {
      if (topicUnderDebate(state) === null) return null;
      if (state.speakersList.status === 'notOpened') {
        return [{ type: 'gsl.open', payload: {} }, 1500, "opens the speakers' list"];
      }
      if (state.speakersList.entries.length === 0) return null;
      const called = state.speeches.filter(
        (speech) => speech.kind === 'gsl' && speech.startedAt >= floor.since,
      ).length;
      // After a round of speakers the chair waits for motions, then goes on with the list.
      const waitForMotions = called >= (input.speakersPerRound ?? 3) && quiet < 45_000;
      return waitForMotions
        ? null
        : [{ type: 'gsl.next', payload: {} }, 2000, 'calls the next speaker'];
    }
    default:
      return null;
  }
};
