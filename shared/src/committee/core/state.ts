/**
 * The state of one committee: a plain JSON object (no Map, Set, Date or
 * undefined) so it can be snapshotted, sent over the wire and compared after a
 * JSON round trip. It holds no secrets. Only `evolve` produces new states.
 */
import type { RecordEntry } from '../../record/entries.ts';
import type { RulesProfile } from '../../rulesProfile.ts';
import type { Briefing, CommitteeTemplate, Delegation, Member } from '../../template.ts';
import type { Amendment, DraftResolution } from '../drafts/drafts.ts';

import type { MotionSpec } from '../motions/motionSchemas.ts';
import type { Timer } from './timers.ts';
import type { Vote } from '../votes/votes.ts';

export type AttendanceStatus = 'present' | 'presentAndVoting' | 'absent';

export interface AttendanceEntry {
  readonly status: AttendanceStatus;
  /** Recorded as arriving after the roll call closed. */
  readonly late: boolean;
  readonly at: number | null;
}

export interface Attendance {
  readonly rollCallOpen: boolean;
  /** Delegations that answered the roll call in progress (or the last one). */
  readonly answered: readonly string[];
  /** Every delegation on the roster (members and invitees), by code. */
  readonly delegations: Readonly<Record<string, AttendanceEntry>>;
}

export type TopicStatus = 'pending' | 'underDebate' | 'tabled' | 'concluded';

export interface AgendaTopic {
  readonly title: string;
  readonly status: TopicStatus;
}

export interface SpeakersList {
  /** `notOpened` until the chair or a motion opens it on the topic. */
  readonly status: 'notOpened' | 'open' | 'closed';
  readonly entries: readonly string[];
  readonly speakingTimeSeconds: number;
}

/** A caucus that just ended, kept so a motion to extend it stays in order. */
export type EndedCaucus =
  | {
      readonly kind: 'moderated';
      readonly topic: string;
      readonly speakingSeconds: number;
      readonly originalSeconds: number;
      readonly extendedSeconds: number;
    }
  | {
      readonly kind: 'unmoderated';
      readonly purpose: string;
      readonly originalSeconds: number;
      readonly extendedSeconds: number;
    };

/** After a GSL speech that ended with no yield: comments the chair may still take. */
export interface CommentWindow {
  readonly speechId: string;
  readonly speaker: string;
  readonly remaining: number;
}

/** What the committee is doing. */
export type Floor =
  | { readonly kind: 'adjourned'; readonly since: number | null }
  | {
      readonly kind: 'formalDebate';
      readonly since: number;
      readonly lastCaucus: EndedCaucus | null;
      readonly comments: CommentWindow | null;
    }
  | {
      readonly kind: 'moderatedCaucus';
      readonly since: number;
      readonly motionId: string | null;
      readonly topic: string;
      readonly speakingSeconds: number;
      readonly originalSeconds: number;
      readonly extendedSeconds: number;
      readonly timer: Timer;
      /** Total time ran out while a speaker was allowed to finish. */
      readonly timeUp: boolean;
      /** Delegations requesting the floor, in the order they raised placards. */
      readonly placards: readonly string[];
    }
  | {
      readonly kind: 'unmoderatedCaucus';
      readonly since: number;
      readonly motionId: string | null;
      readonly purpose: string;
      readonly originalSeconds: number;
      readonly extendedSeconds: number;
      readonly timer: Timer;
    }
  | {
      readonly kind: 'votingProcedure';
      readonly since: number;
      /** A motion for a roll-call vote was carried: the next substantive vote is by roll call. */
      readonly rollCallNext: boolean;
    }
  | { readonly kind: 'suspended'; readonly since: number; readonly timer: Timer };

export type FloorKind = Floor['kind'];

export type SpeechKind =
  'gsl' | 'yielded' | 'comment' | 'caucus' | 'rightOfReply' | 'explanationOfVote';

/** A speaker who yielded to questions: waiting, being asked, or answering. */
export type QuestionsPhase =
  | { readonly phase: 'waiting' }
  | { readonly phase: 'question'; readonly questioner: string }
  | { readonly phase: 'answer'; readonly questioner: string };

/** The delegation holding the floor now. */
export interface Speech {
  readonly id: string;
  readonly delegation: string;
  readonly kind: SpeechKind;
  readonly timer: Timer;
  readonly questions: QuestionsPhase | null;
  /** The speech a right of reply answers. */
  readonly replyTo: string | null;
}

/** Every speech given, for rights of reply and the journal. */
export interface SpeechRecord {
  readonly id: string;
  readonly delegation: string;
  readonly kind: SpeechKind;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly replyTo: string | null;
  /** How the speaker yielded, if it did. */
  readonly yielded: 'chair' | 'delegation' | 'questions' | null;
}

export type MotionStatus =
  | { readonly kind: 'pending' }
  | { readonly kind: 'voting'; readonly voteId: string }
  | { readonly kind: 'passed'; readonly voteId: string | null; readonly at: number }
  | { readonly kind: 'failed'; readonly voteId: string | null; readonly at: number }
  | { readonly kind: 'lapsed'; readonly at: number }
  | { readonly kind: 'ruledDilatory'; readonly rulingId: string; readonly at: number }
  | { readonly kind: 'withdrawn'; readonly at: number };

export interface Motion {
  readonly id: string;
  readonly spec: MotionSpec;
  readonly mover: string;
  readonly movedAt: number;
  readonly seconds: readonly string[];
  readonly status: MotionStatus;
}

export type PointKind = 'personalPrivilege' | 'order' | 'parliamentaryInquiry' | 'information';

/** A point waiting for the chair. */
export interface Point {
  readonly id: string;
  readonly delegation: string;
  readonly kind: PointKind;
  readonly text: string;
  readonly raisedAt: number;
}

export interface ReplyRequest {
  readonly id: string;
  readonly delegation: string;
  /** The speech that impugned the delegation. */
  readonly speechId: string;
  readonly requestedAt: number;
  readonly status: 'requested' | 'granted' | 'refused' | 'given';
}

/** A ruling of the chair that may be appealed. */
export interface Ruling {
  readonly id: string;
  readonly kind: 'dilatory' | 'pointOfOrder';
  readonly motionId: string | null;
  readonly pointId: string | null;
  readonly text: string;
  readonly at: number;
  readonly status: 'standing' | 'upheld' | 'overturned';
}

export interface ExplanationQueue {
  readonly voteId: string;
  readonly queue: readonly string[];
}

export interface CommitteeState {
  readonly name: string;
  readonly briefing: Briefing | null;
  readonly rules: RulesProfile;
  readonly members: readonly Member[];
  readonly invitees: readonly Delegation[];
  readonly agenda: readonly AgendaTopic[];
  /** Meetings called to order so far. */
  readonly meeting: number;
  readonly floor: Floor;
  readonly attendance: Attendance;
  readonly speakersList: SpeakersList;
  readonly speech: Speech | null;
  readonly speeches: readonly SpeechRecord[];
  readonly motions: readonly Motion[];
  readonly points: readonly Point[];
  readonly replies: readonly ReplyRequest[];
  readonly rulings: readonly Ruling[];
  readonly votes: readonly Vote[];
  readonly explanations: ExplanationQueue | null;
  /** Draft resolutions from working paper on, in the order they are voted (submission, or reordered). */
  readonly drafts: readonly DraftResolution[];
  /** Amendments to drafts' operative clauses, in the order proposed. */
  readonly amendments: readonly Amendment[];
  /** The latest decisions of the record, oldest first (at most `LATEST_DECISIONS`). */
  readonly latest: readonly RecordEntry[];
  /** Source of ids: the next id is a prefix and this number. */
  readonly nextSerial: number;
}

/** The committee before any event: not yet called to order, everyone absent, first topic up. */
export const initialState = (template: CommitteeTemplate): CommitteeState => {
  const delegations: Record<string, AttendanceEntry> = {};
  for (const delegation of [...template.members, ...template.invitees]) {
    delegations[delegation.code] = { status: 'absent', late: false, at: null };
  }
  return {
    name: template.name,
    briefing: template.briefing ?? null,
    rules: template.rules,
    members: template.members.map(({ code, name, shortName, p5 }) => ({
      code,
      name,
      shortName,
      p5,
    })),
    invitees: template.invitees.map(({ code, name, shortName }) => ({ code, name, shortName })),
    agenda: template.agenda.map((title, index) => ({
      title,
      status: index === 0 ? 'underDebate' : 'pending',
    })),
    meeting: 0,
    floor: { kind: 'adjourned', since: null },
    attendance: { rollCallOpen: false, answered: [], delegations },
    speakersList: {
      status: 'notOpened',
      entries: [],
      speakingTimeSeconds: template.rules.speakingTimeSeconds,
    },
    speech: null,
    speeches: [],
    motions: [],
    points: [],
    replies: [],
    rulings: [],
    votes: [],
    explanations: null,
    drafts: [],
    amendments: [],
    latest: [],
    nextSerial: 1,
  };
};
