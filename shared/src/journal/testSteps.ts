/**
 * The steps of the journal's test sessions: commands by the chair or a seat,
 * with payloads read from the state where the ids are the engine's to choose.
 * Not exported from the package: test support only.
 */
import type { CommitteeState } from '../committee/core/state.ts';

export interface SessionStep {
  /** `chair`, or the delegation whose seat sends the command. */
  readonly by: string;
  readonly type: string;
  /** The payload, or a function of the state as it stands before the command. */
  readonly payload?: unknown;
  readonly from?: (state: CommitteeState) => unknown;
  /** Milliseconds the clock moves on before the command is sent. */
  readonly after?: number;
}

/** A command with a fixed payload. */
export const step = (by: string, type: string, payload: unknown = {}, after = 0): SessionStep => ({
  by,
  type,
  payload,
  after,
});

/** A command whose payload is read from the state before it. */
export const derived = (
  by: string,
  type: string,
  from: (state: CommitteeState) => unknown,
  after = 0,
): SessionStep => ({ by, type, from, after });

/** The value, or an error naming what the script expected. */
export const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`the session script expected ${what}`);
  return value;
};

/** The id of the last speech a delegation gave (of a kind, if given). */
export const lastSpeech = (state: CommitteeState, delegation: string, kind?: string): string =>
  need(
    state.speeches.findLast(
      (speech) => speech.delegation === delegation && (kind === undefined || speech.kind === kind),
    ),
    `a speech by ${delegation}`,
  ).id;

/** The id of the mover's pending motion. */
export const pendingMotionOf = (state: CommitteeState, mover: string): string =>
  need(
    state.motions.findLast((motion) => motion.mover === mover && motion.status.kind === 'pending'),
    `a pending motion by ${mover}`,
  ).id;

/** The id of the open vote. */
export const openVote = (state: CommitteeState): string =>
  need(
    state.votes.find((vote) => vote.status === 'open'),
    'an open vote',
  ).id;

/** The id of a delegation's point. */
export const pointOf = (state: CommitteeState, delegation: string): string =>
  need(
    state.points.find((point) => point.delegation === delegation),
    `a point by ${delegation}`,
  ).id;

/** The id of a delegation's latest request for a right of reply. */
export const requestOf = (state: CommitteeState, delegation: string): string =>
  need(
    state.replies.findLast((request) => request.delegation === delegation),
    `a reply request by ${delegation}`,
  ).id;

/** The id of the last amendment proposed (read structurally: drafts are the engine's to shape). */
export const lastAmendment = (state: CommitteeState): string =>
  need(state.amendments.at(-1), 'an amendment').id;

/** The payload that closes the open vote. */
export const closeVote = (state: CommitteeState) => ({ voteId: openVote(state) });

/** Every member votes; `choice` says how (default yes). */
export const everyoneVotes = (choice: (code: string) => string = () => 'yes'): SessionStep[] =>
  MEMBERS.map((code) =>
    derived(code, 'vote.cast', (state) => ({ voteId: openVote(state), choice: choice(code) })),
  );

/** The Council's members, in the roster's order. */
export const MEMBERS = [
  'BHR',
  'CHN',
  'COL',
  'COD',
  'DNK',
  'FRA',
  'GRC',
  'LVA',
  'LBR',
  'PAK',
  'PAN',
  'RUS',
  'SOM',
  'GBR',
  'USA',
];
