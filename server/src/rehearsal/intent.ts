/**
 * What a simulated delegation's policy is given and what it answers: the
 * state it holds, who it is, where it stands, the cast, its dice and the
 * server's time in; the one command it means to send next, and after how
 * long, out. Every candidate is checked with the rules engine's own
 * `decideParsed` before it is proposed, so a delegation never sends what the
 * rules would refuse in the state it sees.
 */
import {
  decideParsed,
  isPresent,
  type Command,
  type CommitteeState,
  type DecisionContext,
} from '@placard/shared';
import { pace, type Behaviour, type PaceName } from './behaviour.ts';
import type { Dice } from './dice.ts';
import type { RehearsalPlan } from './plan.ts';
import type { Stance } from './stances.ts';

export interface PolicyInput {
  readonly state: CommitteeState;
  /** The delegation this policy plays. */
  readonly seat: string;
  readonly stances: Readonly<Record<string, Stance>>;
  readonly plan: RehearsalPlan;
  readonly behaviour: Behaviour;
  readonly dice: Dice;
  /** The server's time (epoch ms), as the delegation's client estimates it. */
  readonly now: number;
}

/** The next command and how long to wait before sending it. */
export interface Intent {
  readonly command: Command;
  readonly afterMs: number;
  /** A few words for the log: "answers the roll call". */
  readonly reason: string;
}

const NEUTRAL: Omit<Stance, 'code'> = {
  p5: false,
  votes: false,
  approach: 'bridge',
  foreignForce: 0,
  vetoesForeignForce: false,
  source: 'neutral',
};

/** This delegation's stance (neutral if the roster has changed under it). */
export const stanceOf = (input: PolicyInput, code: string = input.seat): Stance =>
  input.stances[code] ?? { ...NEUTRAL, code };

/** What `decide` would be told if this seat sent a command now. */
export const seatContext = (input: PolicyInput): DecisionContext => ({
  actor: { role: 'seat', seat: input.seat },
  now: input.now,
  draw: 0,
});

/** Whether the rules accept the command from this seat in the state it holds. */
export const allowed = (input: PolicyInput, command: Command): boolean =>
  decideParsed(input.state, command, seatContext(input)).ok;

/** A delay of the named kind for this situation, at the rehearsal's speed. */
export const delayFor = (input: PolicyInput, name: PaceName, key: string): number => {
  const [min, max] = pace[name];
  return Math.round((min + input.dice(`delay:${key}`) * (max - min)) / input.behaviour.speed);
};

/** The intent, if the rules would accept its command now; otherwise null. */
export const propose = (
  input: PolicyInput,
  command: Command,
  afterMs: number,
  reason: string,
): Intent | null => (allowed(input, command) ? { command, afterMs, reason } : null);

/** The first rule with something to do. */
export const firstOf = (
  input: PolicyInput,
  rules: readonly ((input: PolicyInput) => Intent | null)[],
): Intent | null => {
  for (const rule of rules) {
    const intent = rule(input);
    if (intent) return intent;
  }
  return null;
};

/** Whether this delegation is recorded present (only present delegations act on the floor). */
export const present = (input: PolicyInput): boolean => isPresent(input.state, input.seat);

/** Whether this delegation is a member that may vote, move motions and sponsor. */
export const votingMember = (input: PolicyInput): boolean =>
  input.state.members.some((member) => member.code === input.seat);
