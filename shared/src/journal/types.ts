/**
 * The minutes of a committee as data: what `buildMinutes` produces from the
 * stored events and what every renderer (Markdown, HTML, CSV) reads. Plain JSON
 * (times are epoch ms, durations whole seconds) so the server can send it as is.
 */
import type { Actor } from '../actor.ts';
import type { CommitteeTemplate } from '../template.ts';
import type { CommitteeStatistics } from './statistics.ts';
import type {
  DraftSummary,
  JournalEntry,
  SpeechEntry,
  MotionEntry,
  VoteEntry,
} from './entryTypes.ts';

export type {
  AttendanceChangeEntry,
  CaucusEntry,
  DecisionEntry,
  DraftEntry,
  DraftSummary,
  JournalEntry,
  JournalEntryKind,
  MotionEntry,
  MotionOutcome,
  OtherEntry,
  PointEntry,
  PointOutcome,
  ReplyEntry,
  RollCallAnswer,
  RollCallEntry,
  SessionEntry,
  SpeechEntry,
  SpeechYield,
  VoteEntry,
  VoteLine,
} from './entryTypes.ts';

/** One stored event as the journal reads it (the event store's rows fit this shape). */
export interface JournalEvent {
  readonly seq: number;
  /** The domain event as appended; a type the journal does not know is kept as a note. */
  readonly event: { readonly type: string };
  /** Server time of the append, epoch ms (the event's own `at` is preferred when present). */
  readonly at: number;
  readonly actor?: Actor;
}

/** What the minutes are made from: the committee and its log, oldest first. */
export interface MinutesInput {
  readonly committee: { readonly id: string; readonly template: CommitteeTemplate };
  readonly events: readonly JournalEvent[];
}

/** A delegation as the minutes name it. */
export interface RosterLine {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** A Council member (else invited without vote). */
  readonly member: boolean;
  readonly p5: boolean;
}

/** The session as minutes, in order, with indexes by kind for the renderers. */
export interface Minutes {
  readonly committee: {
    readonly id: string;
    readonly name: string;
    readonly topic: string;
    readonly agenda: readonly string[];
  };
  readonly roster: readonly RosterLine[];
  /** Seq of the last event read (0 for an empty log). */
  readonly headSeq: number;
  readonly firstAt: number | null;
  readonly lastAt: number | null;
  readonly meetings: number;
  readonly entries: readonly JournalEntry[];
  readonly speeches: readonly SpeechEntry[];
  readonly motions: readonly MotionEntry[];
  readonly votes: readonly VoteEntry[];
  /** Every draft resolution as it ended up, with its amendments. */
  readonly drafts: readonly DraftSummary[];
  readonly statistics: CommitteeStatistics;
}
