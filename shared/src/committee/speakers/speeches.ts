/**
 * The delegation holding the floor: its clock, its yield (once, GSL speeches
 * only), questions when it yields to them, the comments the chair may take
 * after a speech with no yield, and the chair's controls of the clocks.
 */
import type { DecisionContext } from '../../actor.ts';
import { actsFor, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, idSource, refuse, serialOf, type Decision } from '../core/decision.ts';
import type { DomainEvent, SpeechEvent } from '../core/events.ts';
import { requireFloor, requireQuietFloor } from '../core/guards.ts';
import { unreachable } from '../motions/motionKinds.ts';
import { isPresent, nameOf, onRoster } from '../core/roster.ts';
import type { CommitteeState, Speech, SpeechRecord } from '../core/state.ts';
import { pauseTimer, pausedTimer, remainingMs, resumeTimer, startTimer } from '../core/timers.ts';

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

const endRecord = (
  records: readonly SpeechRecord[],
  id: string,
  at: number,
  yielded: SpeechRecord['yielded'] = null,
): readonly SpeechRecord[] =>
  records.map((record) =>
    record.id === id ? { ...record, endedAt: at, yielded: yielded ?? record.yielded } : record,
  );

/** Apply a speech or clock event. */
export const applySpeech = (state: CommitteeState, event: SpeechEvent): CommitteeState => {
  const speech = state.speech;
  switch (event.type) {
    case 'speech.started':
      return startSpeech(state, event);
    case 'speech.yielded': {
      if (!speech) return state;
      if (event.to === 'questions') {
        return {
          ...state,
          speech: {
            ...speech,
            questions: { phase: 'waiting' },
            timer: event.pauseClock ? pauseTimer(speech.timer, event.at) : speech.timer,
          },
          speeches: state.speeches.map((record) =>
            record.id === speech.id ? { ...record, yielded: 'questions' } : record,
          ),
        };
      }
      return {
        ...state,
        speech: null,
        speeches: endRecord(state.speeches, speech.id, event.at, event.to),
      };
    }
    case 'speech.answering': {
      if (speech?.questions?.phase !== 'question') return state;
      return {
        ...state,
        speech: {
          ...speech,
          questions: { phase: 'answer', questioner: speech.questions.questioner },
          timer: resumeTimer(speech.timer, event.at),
        },
      };
    }
    case 'speech.ended': {
      if (!speech) return state;
      // A comment ending leaves the window open for the next comment on the same speech.
      const comments =
        speech.kind === 'comment' && state.floor.kind === 'formalDebate'
          ? state.floor.comments
          : event.comments > 0
            ? { speechId: speech.id, speaker: speech.delegation, remaining: event.comments }
            : null;
      const floor =
        state.floor.kind === 'formalDebate' ? { ...state.floor, comments } : state.floor;
      return {
        ...state,
        floor,
        speech: null,
        speeches: endRecord(state.speeches, speech.id, event.at),
        // Points of information are questions to this speaker: they go with it.
        points: state.points.filter((point) => point.kind !== 'information'),
      };
    }
    case 'timer.paused':
    case 'timer.resumed': {
      const change = (timer: Speech['timer']) =>
        event.type === 'timer.paused'
          ? pausedTimer(timer.durationMs, event.remainingMs)
          : ({
              status: 'running',
              durationMs: timer.durationMs,
              deadline: event.deadline,
            } as const);
      if (event.timer === 'speaker') {
        return speech ? { ...state, speech: { ...speech, timer: change(speech.timer) } } : state;
      }
      const floor = state.floor;
      return floor.kind === 'moderatedCaucus' || floor.kind === 'unmoderatedCaucus'
        ? { ...state, floor: { ...floor, timer: change(floor.timer) } }
        : state;
    }
    case 'timer.reset':
      return speech
        ? { ...state, speech: { ...speech, timer: pausedTimer(event.durationMs) } }
        : state;
    default:
      return unreachable(event);
  }
};

const startSpeech = (
  state: CommitteeState,
  event: Extract<SpeechEvent, { type: 'speech.started' }>,
) => {
  const speech: Speech = {
    id: event.speechId,
    delegation: event.delegation,
    kind: event.kind,
    timer: startTimer(event.durationMs, event.at),
    questions: null,
    replyTo: event.replyTo,
  };
  const record: SpeechRecord = {
    id: event.speechId,
    delegation: event.delegation,
    kind: event.kind,
    startedAt: event.at,
    endedAt: null,
    replyTo: event.replyTo,
    yielded: null,
  };
  let floor = state.floor;
  if (floor.kind === 'formalDebate') {
    // A new speech moves debate on: no more extension of the last caucus, and comments count down.
    const comments =
      event.kind === 'comment' && floor.comments
        ? { ...floor.comments, remaining: floor.comments.remaining - 1 }
        : null;
    floor = { ...floor, lastCaucus: null, comments };
  } else if (floor.kind === 'moderatedCaucus') {
    floor = { ...floor, placards: floor.placards.filter((code) => code !== event.delegation) };
  }
  const explanations = state.explanations;
  return {
    ...state,
    floor,
    speech,
    speeches: [...state.speeches, record],
    // The speaker leaves the speakers' list as it takes the floor, and may add itself again.
    speakersList:
      event.kind === 'gsl'
        ? {
            ...state.speakersList,
            entries: state.speakersList.entries.filter((code) => code !== event.delegation),
          }
        : state.speakersList,
    replies: state.replies.map((request) =>
      request.id === event.requestId ? { ...request, status: 'given' as const } : request,
    ),
    explanations:
      event.kind === 'explanationOfVote' && explanations
        ? nonEmptyQueue(
            explanations.voteId,
            explanations.queue.filter((code) => code !== event.delegation),
          )
        : explanations,
    nextSerial: Math.max(state.nextSerial, serialOf(event.speechId) + 1),
  };
};

/** The explanation-of-vote queue, or null once nobody is left in it. */
export const nonEmptyQueue = (voteId: string, queue: readonly string[]) =>
  queue.length > 0 ? { voteId, queue } : null;
