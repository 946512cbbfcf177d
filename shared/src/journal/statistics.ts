/**
 * Participation per delegation, from the committee state alone (so the chair
 * console can compute it from the state it already holds): speaking turns and
 * total speaking time, motions moved and passed, votes cast.
 */
import type { CommitteeState, SpeechKind } from '../committee/core/state.ts';

export interface DelegationStatistics {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** A Council member (else invited without vote). */
  readonly member: boolean;
  readonly p5: boolean;
  /** Speaking turns of every kind (speakers' list, yielded time, caucus, comments, replies…). */
  readonly speeches: number;
  readonly speechesByKind: Readonly<Record<SpeechKind, number>>;
  /** Sum of the speeches from start to end (an unfinished one counts up to `now` if given). */
  readonly speakingMs: number;
  /** `speakingMs` in whole seconds. */
  readonly speakingSeconds: number;
  readonly motionsMoved: number;
  readonly motionsPassed: number;
  /** Votes recorded for the delegation (yes, no or abstain), by itself or the chair. */
  readonly votesCast: number;
}

export interface CommitteeStatistics {
  /** Every delegation on the roster, members then invitees, in the template's order. */
  readonly delegations: readonly DelegationStatistics[];
  readonly totals: {
    readonly speeches: number;
    readonly speakingSeconds: number;
    readonly motionsMoved: number;
    readonly motionsPassed: number;
    readonly votes: number;
    readonly votesCast: number;
  };
}

const speechKinds: readonly SpeechKind[] = [
  'gsl',
  'yielded',
  'comment',
  'caucus',
  'rightOfReply',
  'explanationOfVote',
];

/**
 * Statistics of the committee as the state stands. Pure: pass `now` (the server's
 * time) to count the speech in progress; without it only finished speeches count.
 */
export const committeeStatistics = (
  state: CommitteeState,
  options: { readonly now?: number } = {},
): CommitteeStatistics => {
  const roster = [
    ...state.members.map((member) => ({ ...member, member: true })),
    ...state.invitees.map((invitee) => ({ ...invitee, member: false, p5: false })),
  ];
  const rows = new Map(
    roster.map((delegation) => [
      delegation.code,
      {
        code: delegation.code,
        name: delegation.name,
        shortName: delegation.shortName,
        member: delegation.member,
        p5: delegation.p5,
        speeches: 0,
        speechesByKind: Object.fromEntries(speechKinds.map((kind) => [kind, 0])) as Record<
          SpeechKind,
          number
        >,
        speakingMs: 0,
        speakingSeconds: 0,
        motionsMoved: 0,
        motionsPassed: 0,
        votesCast: 0,
      },
    ]),
  );
  for (const speech of state.speeches) {
    const row = rows.get(speech.delegation);
    if (!row) continue;
    row.speeches += 1;
    row.speechesByKind[speech.kind] = (row.speechesByKind[speech.kind] ?? 0) + 1;
    const end = speech.endedAt ?? options.now;
    if (end !== undefined) row.speakingMs += Math.max(0, end - speech.startedAt);
  }
  for (const motion of state.motions) {
    const row = rows.get(motion.mover);
    if (!row) continue;
    row.motionsMoved += 1;
    if (motion.status.kind === 'passed') row.motionsPassed += 1;
  }
  for (const vote of state.votes) {
    for (const record of vote.records) {
      const row = rows.get(record.delegation);
      if (row && record.choice !== 'absent' && record.by !== 'close') row.votesCast += 1;
    }
  }
  const delegations = [...rows.values()].map((row) => ({
    ...row,
    speakingSeconds: Math.round(row.speakingMs / 1000),
  }));
  const sum = (pick: (row: DelegationStatistics) => number) =>
    delegations.reduce((total, row) => total + pick(row), 0);
  return {
    delegations,
    totals: {
      speeches: sum((row) => row.speeches),
      speakingSeconds: Math.round(sum((row) => row.speakingMs) / 1000),
      motionsMoved: sum((row) => row.motionsMoved),
      motionsPassed: sum((row) => row.motionsPassed),
      votes: state.votes.length,
      votesCast: sum((row) => row.votesCast),
    },
  };
};
