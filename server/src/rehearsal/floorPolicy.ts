/**
 * A simulated delegation in the room: it answers the roll call (unless the
 * cast keeps it away), asks to be put on the speakers' list, speaks for a
 * while and yields (to the chair, to an ally or to questions), raises its
 * placard in a moderated caucus, puts questions to a speaker who yielded to
 * them, and now and then asks for a right of reply or raises a point.
 */
import { isPresent, type Command, type PointKind } from '@placard/shared';
import { speechShare } from './behaviour.ts';
import { chance, pick } from './dice.ts';
import { delayFor, present, propose, stanceOf, type Intent, type PolicyInput } from './intent.ts';
import { inquiries, questions } from './texts.ts';

/** Answer the roll call as cast: present, or present and voting; the absent one never answers. */
export const rollCallIntent = (input: PolicyInput): Intent | null => {
  const { state, seat, plan } = input;
  const attendance = state.attendance;
  if (!attendance.rollCallOpen || attendance.answered.includes(seat) || plan.absent === seat) {
    return null;
  }
  const status = plan.presentAndVoting === seat ? 'presentAndVoting' : 'present';
  return propose(
    input,
    { type: 'attendance.record', payload: { status } },
    delayFor(input, 'answerRollCall', `rollcall:${state.meeting}`),
    status === 'present' ? 'answers "present"' : 'answers "present and voting"',
  );
};

/** The present delegation whose line is closest to this one's (to yield time to). */
const ally = (input: PolicyInput): string | undefined => {
  const mine = stanceOf(input).foreignForce;
  const { state } = input;
  return [...state.members, ...state.invitees]
    .map((delegation) => delegation.code)
    .filter((code) => code !== input.seat && isPresent(state, code))
    .sort(
      (a, b) =>
        Math.abs(stanceOf(input, a).foreignForce - mine) -
          Math.abs(stanceOf(input, b).foreignForce - mine) || a.localeCompare(b),
    )[0];
};

/**
 * Holding the floor: a speaker from the list speaks for part of its time, then yields;
 * any other speech (caucus, comment, reply, explanation) runs until the chair ends it.
 */
export const speakerIntent = (input: PolicyInput): Intent | null => {
  const { state, dice, now } = input;
  const speech = state.speech;
  if (speech?.delegation !== input.seat || speech.kind !== 'gsl' || speech.questions) return null;
  const startedAt = state.speeches.find((record) => record.id === speech.id)?.startedAt ?? now;
  const [least, most] = speechShare;
  const share = least + dice(`share:${speech.id}`) * (most - least);
  const afterMs = Math.max(
    0,
    Math.round(startedAt + (share * speech.timer.durationMs) / input.behaviour.speed - now),
  );
  const roll = dice(`yield:${speech.id}`);
  const recipient = ally(input);
  const toChair: Command = { type: 'speech.yield', payload: { to: 'chair' } };
  // Mostly to the chair; sometimes to questions or to an ally; now and then it speaks on
  // until the chair ends the speech.
  const [choice, to]: [Command, string] | [null, null] =
    roll < 0.55
      ? [toChair, 'chair']
      : roll < 0.7
        ? [{ type: 'speech.yield', payload: { to: 'questions' } }, 'questions']
        : roll < 0.85 && recipient
          ? [{ type: 'speech.yield', payload: { to: 'delegation', recipient } }, recipient]
          : [null, null];
  if (!choice) return null;
  return (
    propose(input, choice, afterMs, `yields to ${to}`) ??
    propose(input, toChair, afterMs, 'yields to chair')
  );
};

/** Ask to be added to the open speakers' list, now and then (more eagerly when it opens). */
export const speakersListIntent = (input: PolicyInput): Intent | null => {
  const { state, dice, behaviour } = input;
  const list = state.speakersList;
  if (state.floor.kind !== 'formalDebate' || list.status !== 'open') return null;
  if (list.entries.includes(input.seat) || list.entries.length >= 10) return null;
  const given = state.speeches.filter((speech) => speech.kind === 'gsl').length;
  const rate =
    given === 0 ? Math.min(1, behaviour.joinSpeakersList * 2) : behaviour.joinSpeakersList;
  const key = `gsl:${given}`;
  if (!chance(dice, key, rate)) return null;
  return propose(
    input,
    { type: 'gsl.add', payload: {} },
    delayFor(input, 'joinSpeakersList', key),
    "asks to be added to the speakers' list",
  );
};

/** Raise a placard in a moderated caucus, now and then after each caucus speech. */
export const placardIntent = (input: PolicyInput): Intent | null => {
  const { state, dice, behaviour } = input;
  const floor = state.floor;
  if (floor.kind !== 'moderatedCaucus' || floor.timeUp || floor.placards.includes(input.seat)) {
    return null;
  }
  const heard = state.speeches.filter(
    (speech) => speech.kind === 'caucus' && speech.startedAt >= floor.since,
  ).length;
  const key = `placard:${floor.since}:${heard}`;
  if (!chance(dice, key, behaviour.raisePlacard)) return null;
  return propose(
    input,
    { type: 'placard.raise', payload: {} },
    delayFor(input, 'raisePlacard', key),
    'raises its placard',
  );
};

/** Put a question to a speaker who yielded to questions. */
export const questionIntent = (input: PolicyInput): Intent | null => {
  const { state, dice, behaviour } = input;
  const speech = state.speech;
  // Questions are put while the speaker waits for them (once one is taken, the round is on).
  if (speech?.questions?.phase !== 'waiting' || speech.delegation === input.seat) return null;
  const key = `ask:${speech.id}`;
  if (!chance(dice, key, behaviour.askQuestion)) return null;
  return propose(
    input,
    {
      type: 'point.raise',
      payload: { kind: 'information', text: pick(dice, `${key}:text`, questions) ?? questions[0] },
    },
    delayFor(input, 'askQuestion', key),
    'raises a point of information',
  );
};

/** Now and then, ask for a right of reply to the last speech, when it came from the other camp. */
export const replyIntent = (input: PolicyInput): Intent | null => {
  const { state, dice, behaviour } = input;
  if (state.speech || !present(input)) return null;
  const last = state.speeches.findLast((speech) => speech.endedAt !== null);
  if (!last || last.delegation === input.seat || last.kind === 'rightOfReply') return null;
  const gap = Math.abs(
    stanceOf(input).foreignForce - stanceOf(input, last.delegation).foreignForce,
  );
  const key = `reply:${last.id}`;
  if (gap < 1.5 || !chance(dice, key, behaviour.requestReply)) return null;
  return propose(
    input,
    { type: 'reply.request', payload: { speechId: last.id } },
    delayFor(input, 'requestReply', key),
    'asks for a right of reply',
  );
};

/** Once in a while, a point of parliamentary inquiry (or of order) while the floor is quiet. */
export const pointIntent = (input: PolicyInput): Intent | null => {
  const { state, dice, behaviour } = input;
  if (
    state.speech ||
    (state.floor.kind !== 'formalDebate' && state.floor.kind !== 'moderatedCaucus')
  ) {
    return null;
  }
  // Every new speech, motion, vote or point (each takes a new id) is a new occasion; raising
  // the point is one too, so a delegation does not raise the same point again and again.
  const key = `point:${state.nextSerial}`;
  if (!chance(dice, key, behaviour.raisePoint)) return null;
  const kind: PointKind = dice(`${key}:kind`) < 0.75 ? 'parliamentaryInquiry' : 'order';
  const text =
    kind === 'order'
      ? 'The last speaker strayed from the topic under debate.'
      : (pick(dice, `${key}:text`, inquiries) ?? inquiries[0]);
  return propose(
    input,
    { type: 'point.raise', payload: { kind, text } },
    delayFor(input, 'raisePoint', key),
    kind === 'order' ? 'raises a point of order' : 'raises a point of parliamentary inquiry',
  );
};
