/**
 * Everything that can happen to a committee, as plain JSON facts. Each event
 * carries the time it happened (`at`, from ctx.now) and every value `evolve`
 * needs, including ids and random draws, so replaying events is deterministic.
 */
import type { AmendmentChange, DivisionPart, DraftContent, Question } from '../drafts/drafts.ts';
import type { AttendanceStatus, EndedCaucus, PointKind, SpeechKind } from './state.ts';
import type { MotionSpec } from '../motions/motionSchemas.ts';
import type {
  RollCall,
  Tally,
  VoteKind,
  VoteMember,
  VoteMethod,
  VoteResult,
} from '../votes/votes.ts';
import type { Subject } from '../motions/motionSchemas.ts';

type At = { readonly at: number };
type E<T extends string, B = object> = { readonly type: T } & At & Readonly<B>;

export type ClockName = 'speaker' | 'caucus';

export type SessionEvent =
  | E<'session.opened', { meeting: number }>
  | E<'session.suspended', { durationMs: number }>
  | E<'session.resumed', { reason: 'chair' | 'timeUp' }>
  | E<'session.adjourned'>;

export type AttendanceEvent =
  | E<'attendance.rollCallStarted'>
  | E<
      'attendance.recorded',
      { delegation: string; status: AttendanceStatus; late: boolean; by: 'seat' | 'chair' }
    >
  | E<'attendance.rollCallClosed', { absent: readonly string[] }>;

export type SpeakersListEvent =
  | E<'speakersList.opened'>
  | E<'speakersList.closed'>
  | E<'speakersList.added', { delegation: string }>
  | E<'speakersList.removed', { delegation: string }>
  | E<'speakersList.moved', { delegation: string; position: number }>
  | E<'speakersList.speakingTimeSet', { seconds: number }>;

export type SpeechEvent =
  | E<
      'speech.started',
      {
        speechId: string;
        delegation: string;
        kind: SpeechKind;
        durationMs: number;
        /** The speech a right of reply answers, and the granted request it uses. */
        replyTo: string | null;
        requestId: string | null;
      }
    >
  | E<
      'speech.yielded',
      {
        speechId: string;
        to: 'chair' | 'delegation' | 'questions';
        recipient: string | null;
        remainingMs: number;
        /** Yield to questions: the clock stops until the speaker answers. */
        pauseClock: boolean;
      }
    >
  | E<'speech.answering', { speechId: string }>
  | E<'speech.ended', { speechId: string; comments: number }>
  | E<'timer.paused', { timer: ClockName; remainingMs: number }>
  | E<'timer.resumed', { timer: ClockName; deadline: number }>
  | E<'timer.reset', { durationMs: number }>;

export type MotionEvent =
  | E<
      'motion.moved',
      {
        motion: { id: string; spec: MotionSpec; mover: string };
        /** Advice for the mover that does not block the motion (procedure.md §5). */
        warnings: readonly string[];
      }
    >
  | E<'motion.seconded', { motionId: string; delegation: string }>
  | E<'motion.withdrawn', { motionId: string }>
  | E<'motion.ruledDilatory', { motionId: string; rulingId: string }>
  | E<'motion.passed', { motionId: string; voteId: string | null }>
  | E<'motion.failed', { motionId: string; voteId: string | null }>
  | E<'motion.lapsed', { motionIds: readonly string[] }>;

/** What carrying out a motion does to the committee. */
export type EffectEvent =
  | E<'agenda.postponed', { topicIndex: number }>
  | E<'agenda.takenUp', { topicIndex: number }>
  | E<'votingProcedure.entered'>
  | E<'votingProcedure.ended', { topicIndex: number | null }>
  | E<'caucus.started', { motionId: string | null; caucus: EndedCaucus; durationMs: number }>
  | E<'caucus.extended', { extraSeconds: number }>
  | E<'caucus.timeUp'>
  | E<'caucus.ended', { reason: 'chair' | 'timeUp' }>
  | E<'placard.raised', { delegation: string }>
  | E<'placard.lowered', { delegation: string }>
  | E<'draft.introduced', { draftId: string; by: string }>
  | E<'amendment.introduced', { amendmentId: string; by: string }>
  /** Parts name operative clauses by key; each part starts with no result. */
  | E<'draft.divided', { draftId: string; parts: readonly Omit<DivisionPart, 'result'>[] }>
  /** Draft ids (not symbols), in their new voting order. */
  | E<'drafts.reordered', { order: readonly string[] }>
  | E<'vote.rollCallOrdered'>
  | E<'ruling.overturned', { rulingId: string; reinstatedMotionId: string | null }>
  | E<'ruling.upheld', { rulingId: string }>;

export type PointEvent =
  | E<'point.raised', { point: { id: string; delegation: string; kind: PointKind; text: string } }>
  | E<'point.withdrawn', { pointId: string }>
  | E<'point.recognised', { pointId: string; questioner: string; pauseClock: boolean }>
  | E<
      'point.resolved',
      { pointId: string; ruling: 'wellTaken' | 'notWellTaken' | null; rulingId: string | null }
    >
  | E<'reply.requested', { request: { id: string; delegation: string; speechId: string } }>
  | E<'reply.ruled', { requestId: string; granted: boolean }>;

export type VoteEvent =
  | E<
      'vote.opened',
      {
        vote: {
          id: string;
          kind: VoteKind;
          subject: Subject;
          motionId: string | null;
          /** Absent from events recorded before drafts had a lifecycle: read as null. */
          question?: Question | null;
          method: VoteMethod;
          threshold: number;
          members: readonly VoteMember[];
          rollCall: RollCall | null;
        };
      }
    >
  | E<
      'vote.recorded',
      {
        voteId: string;
        delegation: string;
        choice: 'yes' | 'no' | 'abstain';
        withRights: boolean;
        by: 'seat' | 'chair';
      }
    >
  | E<'rollCall.passed', { voteId: string; delegation: string }>
  | E<'vote.closed', { voteId: string; result: VoteResult }>
  | E<'explanation.waived', { delegation: string }>;

/** The life of a draft resolution, from working paper to its result. */
export type DraftEvent =
  | E<
      'draft.submitted',
      { draft: { id: string; title: string; sponsor: string; content: DraftContent } }
    >
  | E<'draft.edited', { draftId: string; title: string; content: DraftContent }>
  | E<'draft.sponsorAdded', { draftId: string; delegation: string }>
  | E<'draft.sponsorRemoved', { draftId: string; delegation: string }>
  | E<'draft.signed', { draftId: string; delegation: string }>
  | E<'draft.unsigned', { draftId: string; delegation: string }>
  | E<'draft.withdrawn', { draftId: string; by: string }>
  | E<'draft.approved', { draftId: string; symbol: string }>
  | E<
      'draft.partVoted',
      { draftId: string; part: number; voteId: string; outcome: 'adopted' | 'failed' | 'vetoed' }
    >
  | E<'draft.adopted', { draftId: string; voteId: string; resolutionNumber: number; tally: Tally }>
  | E<'draft.failed', { draftId: string; voteId: string | null; everyPartFailed: boolean }>
  | E<'draft.vetoed', { draftId: string; voteId: string; vetoedBy: readonly string[] }>;

/** Amendments: proposed, accepted or declined by the sponsors, voted, withdrawn or lapsed. */
export type AmendmentEvent =
  | E<
      'amendment.proposed',
      { amendment: { id: string; draftId: string; proposer: string; change: AmendmentChange } }
    >
  | E<'amendment.accepted', { amendmentId: string; delegation: string }>
  | E<'amendment.declined', { amendmentId: string; delegation: string }>
  /** Every sponsor accepted: friendly, part of the text without a vote. */
  | E<'amendment.incorporated', { amendmentId: string }>
  | E<'amendment.withdrawn', { amendmentId: string }>
  | E<
      'amendment.voted',
      {
        amendmentId: string;
        voteId: string;
        outcome: 'adopted' | 'failed' | 'vetoed';
        vetoedBy: readonly string[];
      }
    >
  | E<'amendments.lapsed', { amendmentIds: readonly string[]; reason: string }>;

export type DomainEvent =
  | SessionEvent
  | AttendanceEvent
  | SpeakersListEvent
  | SpeechEvent
  | MotionEvent
  | EffectEvent
  | PointEvent
  | VoteEvent
  | DraftEvent
  | AmendmentEvent;

export type EventType = DomainEvent['type'];
/** The event of one type. */
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
