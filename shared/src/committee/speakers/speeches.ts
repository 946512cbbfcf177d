/**
 * The delegation holding the floor: its clock, its yield (once, GSL speeches
 * only), questions when it yields to them, the comments the chair may take
 * after a speech with no yield, and the chair's controls of the clocks.
 */
import type { DecisionContext } from '../../actor.ts';
import { actsFor, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, idSource, refuse, type Decision } from '../core/decision.ts';
import type { DomainEvent } from '../core/events.ts';
import { requireFloor, requireQuietFloor } from '../core/guards.ts';
import { unreachable } from '../core/unreachable.ts';
import { isPresent, nameOf, onRoster } from '../core/roster.ts';
import type { CommitteeState, Speech } from '../core/state.ts';
import { remainingMs } from '../core/timers.ts';

/** speech.yield: the GSL speaker (or the chair for it) yields to the chair, a delegation or questions. */
export const yieldSpeech = (
  state: CommitteeState,
  command: CommandOf<'speech.yield'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const speech = state.speech;
  if (!speech) return refuse('out_of_order', 'no one has the floor');
  if (!actsFor(issuer, speech.delegation)) {
    return refuse('forbidden', `only ${speech.delegation} or the chair may yield its time`);
  }
  if (speech.kind !== 'gsl') {
    return refuse('out_of_order', "only a speaker from the speakers' list may yield");
  }
  if (speech.questions) return refuse('conflict', 'the speaker has already yielded');
  const left = remainingMs(speech.timer, ctx.now);
  const payload = command.payload;
  const base = {
    type: 'speech.yielded',
    at: ctx.now,
    speechId: speech.id,
    remainingMs: left,
  } as const;
  switch (payload.to) {
    case 'chair':
      return accept({ ...base, to: 'chair', recipient: null, pauseClock: false });
    case 'questions':
      if (left === 0) return refuse('out_of_order', 'no time is left to yield');
      return accept({
        ...base,
        to: 'questions',
        recipient: null,
        pauseClock: state.rules.questionsClockAnswersOnly,
      });
    case 'delegation': {
      const recipient = payload.recipient;
      if (left === 0) return refuse('out_of_order', 'no time is left to yield');
      if (!onRoster(state, recipient))
        return refuse('not_found', `${recipient} is not on the roster`);
      if (recipient === speech.delegation) {
        return refuse('out_of_order', 'a speaker cannot yield to itself');
      }
      if (!isPresent(state, recipient)) {
        return refuse('out_of_order', `${nameOf(state, recipient)} is not recorded present`);
      }
      return accept(
        { ...base, to: 'delegation', recipient, pauseClock: false },
        {
          type: 'speech.started',
          at: ctx.now,
          speechId: idSource(state.nextSerial)('S'),
          delegation: recipient,
          kind: 'yielded',
          durationMs: left,
          replyTo: null,
          requestId: null,
        },
      );
    }
    default:
      return unreachable(payload);
  }
};

/** speech.answer: after a question, the speaker answers and its clock runs. */
export const answerQuestion = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const speech = state.speech;
  if (speech?.questions?.phase !== 'question') {
    return refuse('out_of_order', 'no question has been put to the speaker');
  }
  return accept({ type: 'speech.answering', at: ctx.now, speechId: speech.id });
};

/** speech.end: the chair ends the speech; after a GSL speech with no yield, comments may follow. */
export const endSpeech = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const speech = state.speech;
  if (!speech) return refuse('out_of_order', 'no one has the floor');
  return accept(...speechEnds(state, speech, ctx.now));
};

/** The events that end the current speech (and a timed-out moderated caucus with it). */
export const speechEnds = (state: CommitteeState, speech: Speech, at: number): DomainEvent[] => {
  const noYield = speech.kind === 'gsl' && speech.questions === null;
  const comments =
    noYield && state.floor.kind === 'formalDebate' ? state.rules.commentsPerSpeech : 0;
  const events: DomainEvent[] = [{ type: 'speech.ended', at, speechId: speech.id, comments }];
  if (state.floor.kind === 'moderatedCaucus' && state.floor.timeUp) {
    events.push({ type: 'caucus.ended', at, reason: 'timeUp' });
  }
  return events;
};

/** comment.recognise: the chair gives a present delegation a comment on the speech just ended. */
export const recogniseComment = (
  state: CommitteeState,
  command: CommandOf<'comment.recognise'>,
  ctx: DecisionContext,
): Decision => {
  const floor = requireFloor(state, ['formalDebate'], 'A comment');
  if (floor) return floor;
  const commentWindow = state.floor.kind === 'formalDebate' ? state.floor.comments : null;
  if (!commentWindow || commentWindow.remaining === 0) {
    return refuse('out_of_order', 'comments follow only a speech that ended with no yield');
  }
  const quiet = requireQuietFloor(state, 'A comment');
  if (quiet) return quiet;
  const { delegation } = command.payload;
  if (!onRoster(state, delegation))
    return refuse('not_found', `${delegation} is not on the roster`);
  if (delegation === commentWindow.speaker) {
    return refuse('out_of_order', 'a speaker does not comment on its own speech');
  }
  if (!isPresent(state, delegation)) {
    return refuse('out_of_order', `${nameOf(state, delegation)} is not recorded present`);
  }
  return accept({
    type: 'speech.started',
    at: ctx.now,
    speechId: idSource(state.nextSerial)('S'),
    delegation,
    kind: 'comment',
    durationMs: state.rules.commentSeconds * 1000,
    replyTo: null,
    requestId: null,
  });
};
