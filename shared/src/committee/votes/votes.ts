/**
 * Votes as data. A vote is `open` (records still coming in) or `closed` (a
 * result, and a record for every member, frozen for good). Invited delegations
 * never appear: the electorate is snapshotted from the members when it opens.
 */
import type { Subject } from '../motions/motionSchemas.ts';

/** What a substantive vote on the drafts decides (the draft, amendment or part, by id). */
export type Question =
  | { readonly kind: 'amendment'; readonly draftId: string; readonly amendmentId: string }
  /** One part of a divided question (index into `division`). */
  | { readonly kind: 'part'; readonly draftId: string; readonly part: number }
  /** The draft as a whole (the surviving parts, when divided). */
  | { readonly kind: 'draft'; readonly draftId: string };

export type VoteKind = 'procedural' | 'substantive';
export type VoteMethod = 'placard' | 'rollCall';

/** What a member can say when voting (roll call adds pass and "with rights"). */
export type VoteAnswer = 'yes' | 'no' | 'abstain' | 'pass' | 'yesWithRights' | 'noWithRights';

/** What ends up in the record for a member. */
export type RecordedChoice = 'yes' | 'no' | 'abstain' | 'absent';

/** One member as it stood when the vote opened. */
export interface VoteMember {
  readonly code: string;
  readonly name: string;
  readonly p5: boolean;
  readonly present: boolean;
  readonly presentAndVoting: boolean;
}

export interface VoteRecord {
  readonly delegation: string;
  readonly choice: RecordedChoice;
  /** Voted "yes/no with rights": gives an explanation of vote after the result. */
  readonly withRights: boolean;
  /** Passed in the first round of a roll call and voted when recalled. */
  readonly passed: boolean;
  /** Who entered it: the seat itself, the chair for it, or the closing of the vote (absent). */
  readonly by: 'seat' | 'chair' | 'close';
  readonly at: number;
}

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
}

export type VoteOutcome = 'adopted' | 'failed' | 'vetoed';

export interface VoteResult {
  readonly outcome: VoteOutcome;
  readonly tally: Tally;
  readonly threshold: number;
  /** Every permanent member that voted no (recorded whether or not it vetoed). */
  readonly p5Against: readonly string[];
  /** The permanent members whose "no" vetoed the decision (empty unless vetoed). */
  readonly vetoedBy: readonly string[];
}

/** A roll call in progress: who is called, in which order, and who passed. */
export interface RollCall {
  /** The member drawn by lot to be called first. */
  readonly start: string;
  /** First-round order: English alphabetical from `start`, wrapping round. */
  readonly order: readonly string[];
  /** Index in `order` of the member to call next in the first round. */
  readonly next: number;
  /** Members that passed, recalled in this order after the first round. */
  readonly recall: readonly string[];
  readonly recallNext: number;
}

interface VoteBase {
  readonly id: string;
  readonly kind: VoteKind;
  readonly subject: Subject;
  /** The motion this vote decides (procedural votes on motions), else null. */
  readonly motionId: string | null;
  /** The question on a draft this vote decides (an amendment, a part, the draft), else null. */
  readonly question: Question | null;
  readonly method: VoteMethod;
  readonly threshold: number;
  readonly openedAt: number;
  /** Every member (never an invitee), as it stood when the vote opened. */
  readonly members: readonly VoteMember[];
  readonly records: readonly VoteRecord[];
  /** Kept in step with `records` for boards; `tally(vote)` recomputes it. */
  readonly tally: Tally;
  readonly rollCall: RollCall | null;
}

export interface OpenVote extends VoteBase {
  readonly status: 'open';
}

export interface ClosedVote extends VoteBase {
  readonly status: 'closed';
  readonly closedAt: number;
  readonly result: VoteResult;
}

export type Vote = OpenVote | ClosedVote;

/** Counts the records of a vote (members only; invitees never count). */
export const tally = (vote: Pick<Vote, 'records' | 'members'>): Tally =>
  countRecords(vote.records, vote.members);

/** Counts records by choice, ignoring any record that is not a member's. */
export const countRecords = (
  records: readonly Pick<VoteRecord, 'delegation' | 'choice'>[],
  members: readonly Pick<VoteMember, 'code'>[],
): Tally => {
  const counted = { yes: 0, no: 0, abstain: 0, absent: 0 };
  const codes = new Set(members.map((member) => member.code));
  for (const record of records) if (codes.has(record.delegation)) counted[record.choice] += 1;
  return counted;
};

/** The member a roll call is waiting for, or null once everyone has answered. */
export const calledMember = (rollCall: RollCall): string | null =>
  rollCall.order[rollCall.next] ?? rollCall.recall[rollCall.recallNext] ?? null;

/** Whether the roll call is in its recall round (members that passed). */
export const inRecallRound = (rollCall: RollCall): boolean =>
  rollCall.next >= rollCall.order.length;
