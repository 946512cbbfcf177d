/**
 * The book the journal writes the minutes into: the entries in order, the open
 * ones indexed by id so later events complete them, and the helpers that bring
 * an entry in line with the state after an event.
 */
import type { DomainEvent } from '../committee/core/events.ts';
import type { CommitteeState, Motion } from '../committee/core/state.ts';
import { recordOf } from '../record/project.ts';
import { sayEnglish } from '../record/phrases.ts';
import { sayRecord } from '../record/words.ts';
import type {
  CaucusEntry,
  JournalEntry,
  MotionEntry,
  MotionOutcome,
  PointEntry,
  ReplyEntry,
  RollCallEntry,
  SpeechEntry,
  VoteEntry,
  VoteLine,
} from './types.ts';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The entries being written, with the open ones indexed by id. */
export class Book {
  readonly entries: JournalEntry[] = [];
  readonly speeches = new Map<string, Mutable<SpeechEntry>>();
  readonly motions = new Map<string, Mutable<MotionEntry>>();
  readonly votes = new Map<string, Mutable<VoteEntry>>();
  readonly points = new Map<string, Mutable<PointEntry>>();
  readonly replies = new Map<string, Mutable<ReplyEntry>>();
  rollCall: Mutable<RollCallEntry> | null = null;
  caucus: Mutable<CaucusEntry> | null = null;

  add<T extends JournalEntry>(entry: T): T {
    this.entries.push(entry);
    return entry;
  }
}

/** One event being written: where it stands in the log and the state around it. */
export interface Step {
  readonly seq: number;
  readonly at: number;
  readonly event: DomainEvent;
  readonly before: CommitteeState;
  readonly after: CommitteeState;
}

/** Whole seconds of a duration in ms. */
export const seconds = (ms: number): number => Math.round(ms / 1000);

/** The record's line for this event in the minutes' English, or null for a routine event. */
export const recordLine = ({ before, event }: Step): string | null => {
  const entry = recordOf(before, event);
  return entry && sayRecord(entry, before, sayEnglish);
};

const motionOutcome = (motion: Motion): MotionOutcome => {
  const status = motion.status;
  switch (status.kind) {
    case 'pending':
      return 'pending';
    case 'voting':
      return 'voting';
    case 'passed':
      return status.voteId === null ? 'granted' : 'carried';
    case 'failed':
      return status.voteId === null ? 'refused' : 'failed';
    case 'lapsed':
      return 'lapsed';
    case 'ruledDilatory':
      return 'ruledDilatory';
    case 'withdrawn':
      return 'withdrawn';
  }
};

/** Bring a motion's entry in line with the motion as the state now has it. */
export const syncMotion = (book: Book, id: string, after: CommitteeState): void => {
  const entry = book.motions.get(id);
  const motion = after.motions.find((candidate) => candidate.id === id);
  if (!entry || !motion) return;
  entry.seconds = motion.seconds;
  entry.outcome = motionOutcome(motion);
  const status = motion.status;
  if ('voteId' in status) entry.voteId = status.voteId ?? entry.voteId;
  if (status.kind === 'ruledDilatory') entry.rulingId = status.rulingId;
  entry.decidedAt = 'at' in status ? status.at : null;
};

/** Bring a vote's entry in line with the vote as the state now has it. */
export const syncVote = (book: Book, id: string, after: CommitteeState): void => {
  const entry = book.votes.get(id);
  const vote = after.votes.find((candidate) => candidate.id === id);
  if (!entry || !vote) return;
  entry.records = vote.members.map((member): VoteLine => {
    const record = vote.records.find((candidate) => candidate.delegation === member.code);
    return {
      delegation: member.code,
      p5: member.p5,
      choice: record?.choice ?? null,
      withRights: record?.withRights ?? false,
      passed: record?.passed ?? false,
      by: record?.by ?? null,
      at: record?.at ?? null,
    };
  });
  entry.tally = vote.tally;
  if (vote.status === 'closed') {
    entry.closedAt = vote.closedAt;
    entry.tally = vote.result.tally;
    entry.outcome = vote.result.outcome;
    entry.vetoedBy = vote.result.vetoedBy;
    entry.p5Against = vote.result.p5Against;
  }
};

/** Close a speech's entry at `at`, once. */
export const endSpeech = (book: Book, id: string, at: number): void => {
  const entry = book.speeches.get(id);
  if (!entry || entry.endedAt !== null) return;
  entry.endedAt = at;
  entry.durationSeconds = seconds(at - entry.startedAt);
};

/** The floor a speech is given on, as the minutes group speeches. */
export const speechFloor = (state: CommitteeState): SpeechEntry['floor'] => {
  const kind = state.floor.kind;
  return kind === 'formalDebate' || kind === 'moderatedCaucus' || kind === 'votingProcedure'
    ? kind
    : 'other';
};
