/**
 * Small questions `decide` asks about the floor before it accepts a command.
 */
import { refuse, type Refusal } from './decision.ts';
import { nameOf } from './roster.ts';
import type { CommitteeState, FloorKind } from './state.ts';
import type { OpenVote } from '../votes/votes.ts';

/** The vote being taken, if any (at most one is open at a time). */
export const openVoteOf = (state: CommitteeState): OpenVote | null =>
  state.votes.find((vote): vote is OpenVote => vote.status === 'open') ?? null;

const floorNames: Readonly<Record<FloorKind, string>> = {
  adjourned: 'while the meeting is adjourned',
  formalDebate: 'in formal debate',
  moderatedCaucus: 'in a moderated caucus',
  unmoderatedCaucus: 'in an unmoderated caucus',
  votingProcedure: 'in voting procedure',
  suspended: 'while the meeting is suspended',
};

/** "in formal debate", "while the meeting is suspended"… for messages. */
export const floorName = (kind: FloorKind): string => floorNames[kind];

/** Refuses unless the floor is one of `kinds`. */
export const requireFloor = (
  state: CommitteeState,
  kinds: readonly FloorKind[],
  what: string,
): Refusal | null =>
  kinds.includes(state.floor.kind)
    ? null
    : refuse('out_of_order', `${what} is not in order ${floorName(state.floor.kind)}`);

/**
 * Refuses while someone holds the floor or a vote is being taken: nothing may
 * interrupt a speaker or a vote except the points that procedure allows.
 */
export const requireQuietFloor = (state: CommitteeState, what: string): Refusal | null => {
  if (state.speech) {
    return refuse(
      'out_of_order',
      `${what} must wait: ${nameOf(state, state.speech.delegation)} has the floor`,
    );
  }
  if (openVoteOf(state)) return refuse('out_of_order', `${what} must wait: a vote is being taken`);
  return null;
};

/** Whether the meeting is sitting (called to order and not suspended). */
export const inSession = (state: CommitteeState): boolean =>
  state.floor.kind !== 'adjourned' && state.floor.kind !== 'suspended';
