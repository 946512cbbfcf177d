/**
 * Questions put to the committee in the minutes: motions and the votes that
 * decide them, caucuses, and appeals that reinstate a motion.
 */
import { describeMotion } from '../committee/motions/motionText.ts';
import { type Book, recordLine, seconds, type Step, syncMotion, syncVote } from './book.ts';
import type { CaucusEntry, MotionEntry, VoteEntry } from './types.ts';

/** Writes a motion, vote or caucus event into the book; false when the event is not one. */
export const recordQuestion = (book: Book, step: Step): boolean => {
  const { seq, at, event, after } = step;
  switch (event.type) {
    case 'motion.moved': {
      const entry = book.add<MotionEntry>({
        kind: 'motion',
        seq,
        at,
        motionId: event.motion.id,
        motionKind: event.motion.spec.kind,
        description: describeMotion(event.motion.spec),
        mover: event.motion.mover,
        seconds: [],
        warnings: event.warnings,
        outcome: 'pending',
        voteId: null,
        decidedAt: null,
        rulingId: null,
        reinstated: false,
      });
      book.motions.set(entry.motionId, entry);
      return true;
    }
    case 'motion.seconded':
    case 'motion.withdrawn':
    case 'motion.ruledDilatory':
    case 'motion.passed':
    case 'motion.failed':
      syncMotion(book, event.motionId, after);
      return true;
    case 'motion.lapsed':
      for (const id of event.motionIds) syncMotion(book, id, after);
      return true;

    case 'vote.opened': {
      const vote = event.vote;
      const entry = book.add<VoteEntry>({
        kind: 'vote',
        seq,
        at,
        voteId: vote.id,
        voteKind: vote.kind,
        method: vote.method,
        subject: vote.subject,
        motionId: vote.motionId,
        threshold: vote.threshold,
        openedAt: at,
        closedAt: null,
        rollCallStart: vote.rollCall?.start ?? null,
        records: [],
        tally: { yes: 0, no: 0, abstain: 0, absent: 0 },
        outcome: null,
        vetoedBy: [],
        p5Against: [],
      });
      book.votes.set(vote.id, entry);
      syncVote(book, vote.id, after);
      if (vote.motionId !== null) syncMotion(book, vote.motionId, after);
      return true;
    }
    case 'vote.recorded':
    case 'rollCall.passed':
    case 'vote.closed':
      syncVote(book, event.voteId, after);
      return true;

    case 'caucus.started': {
      const caucus = event.caucus;
      book.caucus = book.add<CaucusEntry>({
        kind: 'caucus',
        seq,
        at,
        caucusKind: caucus.kind,
        motionId: event.motionId,
        subject: caucus.kind === 'moderated' ? caucus.topic : caucus.purpose,
        speakingSeconds: caucus.kind === 'moderated' ? caucus.speakingSeconds : null,
        plannedSeconds: seconds(event.durationMs),
        continuation: caucus.extendedSeconds > 0,
        extensions: [],
        endedAt: null,
        durationSeconds: null,
        endReason: null,
      });
      return true;
    }
    case 'caucus.extended':
      if (book.caucus) {
        book.caucus.extensions = [...book.caucus.extensions, event.extraSeconds];
        book.caucus.plannedSeconds += event.extraSeconds;
      }
      return true;
    case 'caucus.ended':
      if (book.caucus) {
        book.caucus.endedAt = at;
        book.caucus.durationSeconds = seconds(at - book.caucus.at);
        book.caucus.endReason = event.reason;
        book.caucus = null;
      }
      return true;

    case 'ruling.overturned': {
      const line = recordLine(step);
      if (line !== null) book.add({ kind: 'decision', seq, at, event: event.type, text: line });
      const reinstated = event.reinstatedMotionId;
      const entry = reinstated === null ? undefined : book.motions.get(reinstated);
      if (entry && reinstated !== null) {
        syncMotion(book, reinstated, after);
        entry.reinstated = true;
      }
      return true;
    }
    default:
      return false;
  }
};
