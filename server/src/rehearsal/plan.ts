/**
 * The cast of a rehearsal, drawn once from the seed: who stays away from the
 * roll call, who answers "present and voting", who drafts the working paper
 * and on which line, who proposes the amendment its sponsor will decline, and
 * who offers a friendly one. Everything else the delegations decide as the
 * session goes, from the state they see.
 */
import { pick, type Dice } from './dice.ts';
import type { Stance } from './stances.ts';
import { addClause, FORCE_CLAUSE, ROOT_CAUSES_CLAUSE, type DraftLine } from './texts.ts';
import type { AmendmentChangeInput } from '@placard/shared';

/** An amendment a delegation means to propose once the draft is approved. */
export interface PlannedAmendment {
  readonly proposer: string;
  /** The change, given the number of operative clauses the draft has when it is proposed. */
  readonly change: (clauses: readonly string[]) => AmendmentChangeInput | null;
}

export interface RehearsalPlan {
  /** Never answers the roll call (null: everyone comes). */
  readonly absent: string | null;
  /** Answers "present and voting" (so may not abstain on substantive votes). */
  readonly presentAndVoting: string | null;
  /** Submits the working paper (null: no member can). */
  readonly drafter: string | null;
  readonly line: DraftLine;
  /** Proposes a change the drafter will decline, then moves to introduce it. */
  readonly unfriendly: PlannedAmendment | null;
  /** Proposes a change the drafter will accept. */
  readonly friendly: PlannedAmendment | null;
}

/** Choices the caller may fix instead of the seed (codes on the roster). */
export interface PlanChoices {
  readonly absent?: string | null;
  readonly presentAndVoting?: string | null;
}

/** Draw the cast from the stances; a choice given by the caller wins over the seed. */
export const planRehearsal = (
  stances: Readonly<Record<string, Stance>>,
  dice: Dice,
  choices: PlanChoices = {},
): RehearsalPlan => {
  const members = Object.values(stances).filter((stance) => stance.votes);
  const fixedAbsent = choices.absent;
  const attending = members.filter((stance) => stance.code !== fixedAbsent);
  const byForce = [...attending].sort((a, b) => b.foreignForce - a.foreignForce || cmp(a, b));
  const hawk =
    byForce[0]?.foreignForce !== undefined && byForce[0].foreignForce > 0.3
      ? byForce[0]
      : undefined;
  const dove = byForce.at(-1);
  // Enforcement drafts are the rarer line: most Councils start from cooperation.
  const line: DraftLine = hawk && dice('plan:line') < 0.3 ? 'enforcement' : 'cooperation';
  const drafter =
    line === 'enforcement'
      ? hawk
      : (pick(
          dice,
          'plan:drafter',
          attending.filter((stance) => !stance.p5 && stance.foreignForce < 0),
        ) ?? dove);
  const opponent = line === 'enforcement' ? dove : hawk;
  const unfriendly =
    drafter && opponent && opponent.code !== drafter.code
      ? line === 'enforcement'
        ? strikeForce(opponent.code)
        : addForce(opponent.code)
      : null;
  const taken = new Set([drafter?.code, opponent?.code]);
  const friendlyBy = pick(
    dice,
    'plan:friendly',
    attending.filter(
      (stance) =>
        !taken.has(stance.code) &&
        (stance.approach === 'prevention' || stance.approach === 'bridge'),
    ),
  );
  const friendly = friendlyBy
    ? {
        proposer: friendlyBy.code,
        change: (clauses: readonly string[]) =>
          addClause(Math.max(1, clauses.length), ROOT_CAUSES_CLAUSE),
      }
    : null;
  // The absent member and the one present and voting come from the rest of the elected members.
  const bystanders = attending.filter(
    (stance) => !stance.p5 && !taken.has(stance.code) && stance.code !== friendlyBy?.code,
  );
  const absent =
    fixedAbsent !== undefined ? fixedAbsent : (pick(dice, 'plan:absent', bystanders)?.code ?? null);
  const presentAndVoting =
    choices.presentAndVoting !== undefined
      ? choices.presentAndVoting
      : (pick(
          dice,
          'plan:presentAndVoting',
          bystanders.filter((stance) => stance.code !== absent),
        )?.code ?? null);
  return {
    absent,
    presentAndVoting,
    drafter: drafter?.code ?? null,
    line,
    unfriendly,
    friendly,
  };
};

/** Add the force clause before the last ("remains seized") clause. */
const addForce = (proposer: string): PlannedAmendment => ({
  proposer,
  change: (clauses) => addClause(Math.max(1, clauses.length), FORCE_CLAUSE),
});

/** Strike whichever clause authorises force, if the text still has one. */
const strikeForce = (proposer: string): PlannedAmendment => ({
  proposer,
  change: (clauses) => {
    const index = clauses.findIndex((clause) => clause.includes('all necessary means'));
    return index === -1 || clauses.length < 2 ? null : { action: 'strike', clause: index + 1 };
  },
});

const cmp = (a: Stance, b: Stance): number => a.code.localeCompare(b.code);
