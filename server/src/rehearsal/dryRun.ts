/**
 * A rehearsal in virtual time, without a server: the simulated delegations and
 * the scripted chair play through `decide` and `evolve` the way their
 * participants would over sockets (each waits its delay, sends if it still
 * wants to, re-reads the state; deadlines fire as the server's timers would).
 * It runs a whole session in a moment, so the unit tests can check that the
 * cast never sends a command the rules refuse and that a session reaches its
 * end, for many seeds.
 */
import {
  decide,
  evolve,
  initialState,
  nextDeadline,
  type Actor,
  type Command,
  type CommitteeState,
  type CommitteeTemplate,
} from '@placard/shared';
import { defaultBehaviour, type Behaviour } from './behaviour.ts';
import { nextIntent } from './delegationPolicy.ts';
import { seededDice, type Dice } from './dice.ts';
import type { Intent } from './intent.ts';
import { planRehearsal, type PlanChoices, type RehearsalPlan } from './plan.ts';
import { chairIntent } from './scriptedChair.ts';
import { stancesFor } from './stances.ts';

export interface DryRunOptions {
  readonly template: CommitteeTemplate;
  readonly seed: number;
  readonly behaviour?: Partial<Behaviour>;
  readonly plan?: PlanChoices;
  /** Stop when this holds (default: the meeting was called to order and is adjourned). */
  readonly until?: (state: CommitteeState) => boolean;
  /** Give up after this much virtual time (default 4 hours). */
  readonly maxVirtualMs?: number;
  /** Virtual start time (epoch ms). */
  readonly start?: number;
}

/** One command a participant sent, with the rules' answer. */
export interface DryRunStep {
  readonly at: number;
  readonly by: string;
  readonly command: Command;
  readonly ok: boolean;
  readonly error?: string;
}

export interface DryRunResult {
  readonly state: CommitteeState;
  readonly plan: RehearsalPlan;
  readonly steps: readonly DryRunStep[];
  /** Whether `until` held before the virtual time ran out. */
  readonly finished: boolean;
  readonly virtualMs: number;
}

const keyOf = (command: Command): string => `${command.type}:${JSON.stringify(command.payload)}`;

/** Play a session in virtual time with every delegation simulated and the scripted chair. */
export const dryRun = (options: DryRunOptions): DryRunResult => {
  const behaviour: Behaviour = { ...defaultBehaviour, ...options.behaviour };
  const start = options.start ?? 1_800_000_000_000;
  const until = options.until ?? ((state) => state.meeting > 0 && state.floor.kind === 'adjourned');
  const limit = start + (options.maxVirtualMs ?? 4 * 3_600_000);
  let state = initialState(options.template);
  const stances = stancesFor(state);
  const plan = planRehearsal(stances, seededDice(options.seed, 'plan'), options.plan);
  const seats = [...state.members, ...state.invitees].map((delegation) => delegation.code);
  const dice = new Map<string, Dice>(seats.map((code) => [code, seededDice(options.seed, code)]));
  const expectedAbsent = plan.absent === null ? 0 : 1;
  const intentOf = (by: string, now: number): Intent | null =>
    by === 'chair'
      ? chairIntent({ state, now, speed: behaviour.speed, expectedAbsent })
      : nextIntent({
          state,
          seat: by,
          stances,
          plan,
          behaviour,
          dice: dice.get(by) ?? seededDice(options.seed, by),
          now,
        });
  const actorOf = (by: string): Actor =>
    by === 'chair' ? { role: 'chair' } : { role: 'seat', seat: by };
  const tick = Math.max(100, Math.min(1000, Math.round(1000 / behaviour.speed)));
  const waiting = new Map<string, { key: string; due: number }>();
  // As a participant does, a refused command is not tried again until the state changes.
  const refused = new Map<string, { key: string; state: CommitteeState }>();
  const steps: DryRunStep[] = [];
  let now = start;
  let draws = 0;
  while (!until(state) && now < limit) {
    for (const by of ['chair', ...seats]) {
      const intent = intentOf(by, now);
      if (!intent) {
        waiting.delete(by);
        continue;
      }
      const key = keyOf(intent.command);
      const last = refused.get(by);
      if (last?.key === key && last.state === state) continue;
      if (waiting.get(by)?.key !== key) waiting.set(by, { key, due: now + intent.afterMs });
    }
    const [first] = [...waiting.entries()].sort(
      ([a, x], [b, y]) => x.due - y.due || a.localeCompare(b),
    );
    const deadline = nextDeadline(state);
    const next = Math.min(first?.[1].due ?? Infinity, deadline ?? Infinity, now + tick);
    now = Math.max(now, next);
    if (deadline !== null && deadline <= now) {
      const expired = decide(
        state,
        { type: 'timer.expire', payload: {} },
        { actor: { role: 'system' }, now, draw: 0 },
      );
      if (expired.ok) for (const event of expired.events) state = evolve(state, event);
      continue;
    }
    if (!first || first[1].due > now) continue;
    const [by] = first;
    waiting.delete(by);
    // As a participant does when its delay is over: send only if it still wants to.
    const intent = intentOf(by, now);
    if (!intent || keyOf(intent.command) !== first[1].key) continue;
    // The server's draw for a roll call's first member, varied but reproducible.
    draws += 1;
    const decision = decide(state, intent.command, {
      actor: actorOf(by),
      now,
      draw: (draws * 0.618_033_988_75) % 1,
    });
    if (decision.ok) {
      for (const event of decision.events) state = evolve(state, event);
      steps.push({ at: now, by, command: intent.command, ok: true });
    } else {
      refused.set(by, { key: first[1].key, state });
      steps.push({
        at: now,
        by,
        command: intent.command,
        ok: false,
        error: decision.error.message,
      });
    }
  }
  return { state, plan, steps, finished: until(state), virtualMs: now - start };
};
