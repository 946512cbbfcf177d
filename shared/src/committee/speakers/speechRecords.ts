/**
 * What speech and clock events do to the state: a speech started, yielded,
 * answering, ended; the speaker's clock paused, resumed, reset. (The rules
 * that decide them are in speeches.ts.)
 */
import { serialOf } from '../core/decision.ts';
import type { SpeechEvent } from '../core/events.ts';
import { unreachable } from '../core/unreachable.ts';
import type { CommitteeState, Speech, SpeechRecord } from '../core/state.ts';
import { pauseTimer, pausedTimer, resumeTimer, startTimer } from '../core/timers.ts';

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
