/**
 * The record of a session as data: one typed entry per decision (a meeting
 * opened, a motion carried, a vote closed, a resolution adopted…). The state
 * keeps the latest few for the board; the minutes project every stored event.
 * No words here: each screen, and the journal for the minutes, says them.
 */
import type { MotionSpec } from '../committee/motions/motionSchemas.ts';
import type { Tally, VoteOutcome } from '../committee/votes/votes.ts';

/** A motion as the record names it: its id and, while the state knows it, what it asks. */
export interface MotionRef {
  readonly id: string;
  readonly spec: MotionSpec | null;
}

/** An amendment as the record names it: the draft it amends and its change, when known. */
export interface AmendmentRef {
  readonly id: string;
  readonly change: {
    readonly draft: string;
    readonly action: 'add' | 'strike' | 'replace';
    /** The operative clause's number in the text as it stood. */
    readonly clause: number;
  } | null;
}

type R<K extends string, B = object> = { readonly kind: K; readonly at: number } & Readonly<B>;

/** A decision of the session, the engine's, the chair's or the committee's. */
export type RecordEntry =
  | R<'session.opened', { meeting: number }>
  | R<'session.suspended', { minutes: number }>
  | R<'session.resumed', { reason: 'chair' | 'timeUp' }>
  | R<'session.adjourned'>
  | R<'agenda.postponed', { topic: number }>
  | R<'agenda.takenUp', { topic: number; title: string }>
  | R<'votingProcedure.entered'>
  | R<'votingProcedure.ended'>
  | R<'attendance.rollCallClosed', { absent: readonly string[] }>
  | R<'attendance.lateArrival', { delegation: string }>
  | R<'speakersList.opened'>
  | R<'speakersList.closed'>
  | R<'speakersList.speakingTimeSet', { seconds: number }>
  | R<'motion.passed', { motion: MotionRef; byVote: boolean }>
  | R<'motion.failed', { motion: MotionRef; byVote: boolean }>
  | R<'motion.lapsed', { motions: readonly MotionRef[] }>
  | R<'motion.ruledDilatory', { motion: MotionRef; rulingId: string }>
  | R<'ruling.overturned', { rulingId: string }>
  | R<'ruling.upheld', { rulingId: string }>
  | R<'caucus.moderated', { seconds: number; speakingSeconds: number; topic: string }>
  | R<'caucus.unmoderated', { seconds: number; purpose: string }>
  | R<'caucus.extended', { seconds: number }>
  | R<'caucus.ended', { reason: 'chair' | 'timeUp' }>
  | R<'point.ruled', { wellTaken: boolean; rulingId: string }>
  | R<'reply.ruled', { requestId: string; granted: boolean }>
  | R<'vote.rollCallOrdered'>
  | R<
      'vote.closed',
      {
        voteId: string;
        subject: string;
        tally: Tally;
        outcome: VoteOutcome;
        vetoedBy: readonly string[];
      }
    >
  | R<
      'draft.approved',
      {
        draftId: string;
        symbol: string;
        /** The working paper approved; null when the state no longer knew it. */
        paper: {
          readonly title: string;
          readonly sponsors: readonly string[];
          readonly signatories: readonly string[];
        } | null;
      }
    >
  | R<'draft.introduced', { draft: string; title: string }>
  | R<'amendment.introduced', { amendment: AmendmentRef }>
  | R<'amendment.incorporated', { amendment: AmendmentRef }>
  | R<'draft.divided', { draft: string; parts: readonly string[] }>
  | R<'drafts.reordered', { drafts: readonly string[] }>
  | R<'draft.withdrawn', { draft: string; approved: boolean; by: string }>
  | R<'draft.adopted', { draftId: string; draft: string; title: string; resolutionNumber: number }>
  | R<'draft.failed', { draft: string; everyPartFailed: boolean }>
  | R<'draft.vetoed', { draft: string; vetoedBy: readonly string[] }>
  | R<'amendments.lapsed', { reason: string; amendments: readonly string[] }>;

/** The kind of a record entry, e.g. `vote.closed`. */
export type RecordKind = RecordEntry['kind'];

/** The entry of one kind. */
export type RecordOf<K extends RecordKind> = Extract<RecordEntry, { readonly kind: K }>;
