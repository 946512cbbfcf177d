/**
 * The entries of the minutes, one kind for each thing the committee did: a
 * meeting, a roll call, a speech, a motion, a point, a vote, a caucus, a step in
 * a draft's life, any other decision. Plain JSON, as the minutes they make up.
 */
import type { AttendanceStatus, PointKind, SpeechKind } from '../committee/core/state.ts';
import type { MotionKind, Subject } from '../committee/motions/motionKinds.ts';
import type {
  RecordedChoice,
  Tally,
  VoteKind,
  VoteMethod,
  VoteOutcome,
} from '../committee/votes/votes.ts';

interface EntryBase {
  /** Seq of the event that opens the entry (the entries are in seq order). */
  readonly seq: number;
  /** When it happened, epoch ms. */
  readonly at: number;
}

export interface SessionEntry extends EntryBase {
  readonly kind: 'session';
  readonly action: 'opened' | 'suspended' | 'resumed' | 'adjourned';
  readonly meeting: number;
  /** The engine's journal line, e.g. "Meeting 1 called to order". */
  readonly text: string;
}

export interface RollCallAnswer {
  readonly delegation: string;
  readonly status: AttendanceStatus;
  readonly at: number;
  readonly by: 'seat' | 'chair';
}

export interface RollCallEntry extends EntryBase {
  readonly kind: 'rollCall';
  readonly meeting: number;
  readonly closedAt: number | null;
  /** Answers in the order they came in. */
  readonly answers: readonly RollCallAnswer[];
  /** Delegations recorded absent when the roll call closed. */
  readonly absent: readonly string[];
}

/** A change of attendance after the roll call: a late arrival, a departure, a new status. */
export interface AttendanceChangeEntry extends EntryBase {
  readonly kind: 'attendance';
  readonly delegation: string;
  readonly status: AttendanceStatus;
  readonly late: boolean;
  readonly by: 'seat' | 'chair';
}

export interface SpeechYield {
  readonly to: 'chair' | 'delegation' | 'questions';
  readonly recipient: string | null;
  /** Seconds left on the clock when the speaker yielded. */
  readonly remainingSeconds: number;
}

export interface SpeechEntry extends EntryBase {
  readonly kind: 'speech';
  readonly speechId: string;
  readonly delegation: string;
  readonly speechKind: SpeechKind;
  /** Time allotted on the clock, in seconds. */
  readonly allottedSeconds: number;
  readonly startedAt: number;
  readonly endedAt: number | null;
  /** From start to end, whole seconds (null while the speech goes on). */
  readonly durationSeconds: number | null;
  readonly yielded: SpeechYield | null;
  /** A right of reply: the speech it answers and who gave that speech. */
  readonly replyTo: { readonly speechId: string; readonly delegation: string | null } | null;
  /** Delegations recognised to put questions (points of information), in order. */
  readonly questions: readonly string[];
  /** The floor it was given on: debate, a moderated caucus, or voting procedure. */
  readonly floor: 'formalDebate' | 'moderatedCaucus' | 'votingProcedure' | 'other';
}

export type MotionOutcome =
  | 'pending'
  | 'voting'
  | 'carried'
  | 'failed'
  | 'granted'
  | 'refused'
  | 'lapsed'
  | 'ruledDilatory'
  | 'withdrawn';

export interface MotionEntry extends EntryBase {
  readonly kind: 'motion';
  readonly motionId: string;
  readonly motionKind: MotionKind;
  /** The motion in words, e.g. "Moderated caucus of 10 min, 60 s per speaker: …". */
  readonly description: string;
  readonly mover: string;
  readonly seconds: readonly string[];
  readonly warnings: readonly string[];
  readonly outcome: MotionOutcome;
  /** The procedural vote that decided it, if one did. */
  readonly voteId: string | null;
  readonly decidedAt: number | null;
  /** The chair's ruling (dilatory), if any. */
  readonly rulingId: string | null;
  /** Reinstated after an appeal overturned the ruling that it was dilatory. */
  readonly reinstated: boolean;
}

export type PointOutcome =
  'pending' | 'withdrawn' | 'recognised' | 'answered' | 'wellTaken' | 'notWellTaken';

export interface PointEntry extends EntryBase {
  readonly kind: 'point';
  readonly pointId: string;
  readonly delegation: string;
  readonly pointKind: PointKind;
  readonly text: string;
  readonly outcome: PointOutcome;
  readonly rulingId: string | null;
  readonly settledAt: number | null;
}

export interface ReplyEntry extends EntryBase {
  readonly kind: 'reply';
  readonly requestId: string;
  readonly delegation: string;
  /** The speech that impugned the delegation, and who gave it. */
  readonly speechId: string;
  readonly against: string | null;
  readonly status: 'requested' | 'granted' | 'refused' | 'given';
  readonly ruledAt: number | null;
  /** The reply itself, once given. */
  readonly givenSpeechId: string | null;
}

/** One member's line in a vote's record. */
export interface VoteLine {
  readonly delegation: string;
  readonly p5: boolean;
  readonly choice: RecordedChoice | null;
  readonly withRights: boolean;
  /** Passed in the first round of a roll call and voted when recalled. */
  readonly passed: boolean;
  readonly by: 'seat' | 'chair' | 'close' | null;
  readonly at: number | null;
}

export interface VoteEntry extends EntryBase {
  readonly kind: 'vote';
  readonly voteId: string;
  readonly voteKind: VoteKind;
  readonly method: VoteMethod;
  readonly subject: Subject;
  /** The motion a procedural vote decides. */
  readonly motionId: string | null;
  readonly threshold: number;
  readonly openedAt: number;
  readonly closedAt: number | null;
  /** The member called first in a roll call (drawn by lot). */
  readonly rollCallStart: string | null;
  /** Every member of the electorate, in the order of the roster. */
  readonly records: readonly VoteLine[];
  readonly tally: Tally;
  readonly outcome: VoteOutcome | null;
  readonly vetoedBy: readonly string[];
  readonly p5Against: readonly string[];
}

export interface CaucusEntry extends EntryBase {
  readonly kind: 'caucus';
  readonly caucusKind: 'moderated' | 'unmoderated';
  readonly motionId: string | null;
  /** The topic of a moderated caucus, the purpose of an unmoderated one. */
  readonly subject: string;
  readonly speakingSeconds: number | null;
  /** Planned length when it started, plus extensions while it ran. */
  readonly plannedSeconds: number;
  /** Started again for an extension after it had ended. */
  readonly continuation: boolean;
  readonly extensions: readonly number[];
  readonly endedAt: number | null;
  readonly durationSeconds: number | null;
  readonly endReason: 'chair' | 'timeUp' | null;
}

/** A step in the life of a draft resolution or an amendment (submitted, approved, voted…). */
export interface DraftEntry extends EntryBase {
  readonly kind: 'draft';
  /** The event's type, e.g. `draft.approved`. */
  readonly event: string;
  /** The draft it concerns (its working-paper id), if any. */
  readonly draftId: string | null;
  /** How the draft was called then: its symbol once approved (`DR/1`), else its id. */
  readonly label: string | null;
  readonly amendmentId: string | null;
  readonly title: string | null;
  /** The delegation that acted (submitted, introduced, proposed…), if the event names one. */
  readonly by: string | null;
  readonly voteId: string | null;
  /** For a division of the question, the parts; for a reorder, the new order. */
  readonly parts: readonly string[];
  /** The engine's journal line for the event, or the journal's own wording. */
  readonly text: string;
}

/** A draft resolution as it ended up, with its amendments (from the final state). */
export interface DraftSummary {
  readonly id: string;
  readonly symbol: string | null;
  readonly title: string;
  readonly sponsors: readonly string[];
  readonly signatories: readonly string[];
  /** `workingPaper`, `draft`, `adopted`, `failed`, `vetoed`, `withdrawn`… */
  readonly status: string;
  readonly resolutionNumber: number | null;
  readonly voteId: string | null;
  readonly vetoedBy: readonly string[];
  readonly introducedBy: string | null;
  readonly amendments: readonly {
    readonly id: string;
    readonly proposer: string | null;
    /** e.g. "strike operative clause 3" */
    readonly change: string;
    readonly status: string;
  }[];
}

/** Any other decision the engine records in its journal (agenda, closure, rulings, …). */
export interface DecisionEntry extends EntryBase {
  readonly kind: 'decision';
  readonly event: string;
  readonly text: string;
}

/** An event this version of the journal does not know: kept so nothing is silently lost. */
export interface OtherEntry extends EntryBase {
  readonly kind: 'other';
  readonly event: string;
  readonly text: string;
}

export type JournalEntry =
  | SessionEntry
  | RollCallEntry
  | AttendanceChangeEntry
  | SpeechEntry
  | MotionEntry
  | PointEntry
  | ReplyEntry
  | VoteEntry
  | CaucusEntry
  | DraftEntry
  | DecisionEntry
  | OtherEntry;

export type JournalEntryKind = JournalEntry['kind'];
