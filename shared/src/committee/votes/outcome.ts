/**
 * How a vote is decided: UN Charter Art. 27. Procedural decisions need the
 * threshold of affirmative votes and nothing else; substantive decisions also
 * need the concurring votes of the permanent members, where a P5 abstention
 * or absence concurs (ICJ, Namibia, 1971) and only a P5 "no" vetoes.
 */
import type { RulesProfile } from '../../rulesProfile.ts';
import type { RecordedChoice, VoteKind, VoteMember, VoteResult } from './votes.ts';
import { countRecords } from './votes.ts';

export type OutcomeInput = {
  readonly kind: VoteKind;
  /** The Council's members (P5 flagged); anything else in `records` is ignored. */
  readonly members: readonly Pick<VoteMember, 'code' | 'p5'>[];
  readonly records: readonly { readonly delegation: string; readonly choice: RecordedChoice }[];
} & (
  | {
      /** Affirmative votes needed, counted against the members, never those present. */
      readonly threshold: number;
    }
  | {
      /** Or the profile, whose adoption threshold applies (closure votes pass `threshold`). */
      readonly rules: Pick<RulesProfile, 'adoptionThreshold'>;
    }
);

/** Decide a vote per Charter Art. 27: adopted, failed, or (substantive only) vetoed. */
export const decideOutcome = (input: OutcomeInput): VoteResult => {
  const { kind, members, records } = input;
  const threshold = 'threshold' in input ? input.threshold : input.rules.adoptionThreshold;
  // A member without a record did not vote: it is counted absent, which is never a veto.
  const byMember = new Map<string, RecordedChoice>();
  for (const record of records) byMember.set(record.delegation, record.choice);
  const complete = members.map((member) => ({
    delegation: member.code,
    choice: byMember.get(member.code) ?? 'absent',
  }));
  const tally = countRecords(complete, members);
  const p5Against = members
    .filter((member) => member.p5 && byMember.get(member.code) === 'no')
    .map((member) => member.code);
  const enoughVotes = tally.yes >= threshold;
  if (kind === 'procedural' || !enoughVotes || p5Against.length === 0) {
    // Too few votes is "failed" even where a P5 voted no (UN practice, e.g. S/2014/916).
    return {
      outcome: enoughVotes ? 'adopted' : 'failed',
      tally,
      threshold,
      p5Against,
      vetoedBy: [],
    };
  }
  return { outcome: 'vetoed', tally, threshold, p5Against, vetoedBy: p5Against };
};
