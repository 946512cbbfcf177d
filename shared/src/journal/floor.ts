/**
 * The floor in the minutes: meetings, the roll call and attendance, speeches,
 * points raised and rights of reply, each an entry completed by later events.
 */
import { type Book, endSpeech, recordLine, seconds, speechFloor, type Step } from './book.ts';
import type { PointEntry, ReplyEntry, SpeechEntry } from './types.ts';

const sessionActions = {
  'session.opened': 'opened',
  'session.suspended': 'suspended',
  'session.resumed': 'resumed',
  'session.adjourned': 'adjourned',
} as const;

/** Writes a floor event into the book; false when the event is not the floor's. */
export const recordFloor = (book: Book, step: Step): boolean => {
  const { seq, at, event, before, after } = step;
  switch (event.type) {
    case 'session.opened':
    case 'session.suspended':
    case 'session.resumed':
    case 'session.adjourned':
      book.add({
        kind: 'session',
        seq,
        at,
        action: sessionActions[event.type],
        meeting: after.meeting,
        text: recordLine(step) ?? event.type,
      });
      return true;

    case 'attendance.rollCallStarted':
      book.rollCall = book.add({
        kind: 'rollCall',
        seq,
        at,
        meeting: after.meeting,
        closedAt: null,
        answers: [],
        absent: [],
      });
      return true;
    case 'attendance.recorded': {
      const rollCall = book.rollCall;
      if (before.attendance.rollCallOpen && rollCall) {
        const answer = {
          delegation: event.delegation,
          status: event.status,
          at,
          by: event.by,
        };
        rollCall.answers = [
          ...rollCall.answers.filter((other) => other.delegation !== event.delegation),
          answer,
        ];
        return true;
      }
      book.add({
        kind: 'attendance',
        seq,
        at,
        delegation: event.delegation,
        status: event.status,
        late: event.late,
        by: event.by,
      });
      return true;
    }
    case 'attendance.rollCallClosed':
      if (book.rollCall) {
        book.rollCall.closedAt = at;
        book.rollCall.absent = event.absent;
        book.rollCall = null;
      }
      return true;

    case 'speech.started': {
      const answered = event.replyTo
        ? before.speeches.find((speech) => speech.id === event.replyTo)
        : undefined;
      const entry = book.add<SpeechEntry>({
        kind: 'speech',
        seq,
        at,
        speechId: event.speechId,
        delegation: event.delegation,
        speechKind: event.kind,
        allottedSeconds: seconds(event.durationMs),
        startedAt: at,
        endedAt: null,
        durationSeconds: null,
        yielded: null,
        replyTo: event.replyTo
          ? { speechId: event.replyTo, delegation: answered?.delegation ?? null }
          : null,
        questions: [],
        floor: speechFloor(before),
      });
      book.speeches.set(event.speechId, entry);
      const reply = event.requestId ? book.replies.get(event.requestId) : undefined;
      if (reply) {
        reply.status = 'given';
        reply.givenSpeechId = event.speechId;
      }
      return true;
    }
    case 'speech.yielded': {
      const entry = book.speeches.get(event.speechId);
      if (entry) {
        entry.yielded = {
          to: event.to,
          recipient: event.recipient,
          remainingSeconds: seconds(event.remainingMs),
        };
      }
      if (event.to !== 'questions') endSpeech(book, event.speechId, at);
      return true;
    }
    case 'speech.ended':
      endSpeech(book, event.speechId, at);
      return true;

    case 'point.raised': {
      const entry = book.add<PointEntry>({
        kind: 'point',
        seq,
        at,
        pointId: event.point.id,
        delegation: event.point.delegation,
        pointKind: event.point.kind,
        text: event.point.text,
        outcome: 'pending',
        rulingId: null,
        settledAt: null,
      });
      book.points.set(entry.pointId, entry);
      return true;
    }
    case 'point.withdrawn':
    case 'point.recognised':
    case 'point.resolved': {
      const entry = book.points.get(event.pointId);
      if (entry) {
        entry.settledAt = at;
        if (event.type === 'point.withdrawn') entry.outcome = 'withdrawn';
        else if (event.type === 'point.recognised') entry.outcome = 'recognised';
        else {
          entry.outcome = event.ruling ?? 'answered';
          entry.rulingId = event.rulingId;
        }
      }
      const speech = before.speech ? book.speeches.get(before.speech.id) : undefined;
      if (event.type === 'point.recognised' && speech) {
        speech.questions = [...speech.questions, event.questioner];
      }
      return true;
    }

    case 'reply.requested': {
      const impugning = before.speeches.find((speech) => speech.id === event.request.speechId);
      const entry = book.add<ReplyEntry>({
        kind: 'reply',
        seq,
        at,
        requestId: event.request.id,
        delegation: event.request.delegation,
        speechId: event.request.speechId,
        against: impugning?.delegation ?? null,
        status: 'requested',
        ruledAt: null,
        givenSpeechId: null,
      });
      book.replies.set(entry.requestId, entry);
      return true;
    }
    case 'reply.ruled': {
      const entry = book.replies.get(event.requestId);
      if (entry) {
        entry.status = event.granted ? 'granted' : 'refused';
        entry.ruledAt = at;
      }
      return true;
    }

    default:
      return false;
  }
};
