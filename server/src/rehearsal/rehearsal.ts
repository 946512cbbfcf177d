/**
 * A rehearsal: one simulated delegation per seat of a committee, connected
 * over the real protocol, with stances read from the committee's briefing and
 * a cast drawn from the seed. It stops by itself after its time, once the
 * meeting is adjourned, or when every connection has been closed (seats
 * revoked); `stop()` ends it earlier. The chair is the person at the console;
 * only when asked (tests, `pnpm demo -- --chair auto`) does the scripted chair
 * (scriptedChair.ts) take the chair's seat instead.
 */
import type { CommitteeState } from '@placard/shared';
import { defaultBehaviour, type Behaviour } from './behaviour.ts';
import { nextIntent } from './delegationPolicy.ts';
import { seededDice } from './dice.ts';
import { SimulatedParticipant } from './participant.ts';
import { planRehearsal, type PlanChoices, type RehearsalPlan } from './plan.ts';
import { newlyClosed, resultLine } from './results.ts';
import { chairIntent } from './scriptedChair.ts';
import { stancesFor, type Stance } from './stances.ts';

export interface RehearsalOptions {
  /** The server's origin as the delegations reach it, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  readonly committee: string;
  /** A seat token per delegation to simulate, by code. */
  readonly seatTokens: Readonly<Record<string, string>>;
  /** Same seed, same cast and same choices in the same situations. */
  readonly seed: number;
  /** Stop after this long (ms). */
  readonly durationMs: number;
  readonly behaviour?: Partial<Behaviour>;
  readonly plan?: PlanChoices;
  /** The chair key, to let the scripted chair run the session too (unattended demos). */
  readonly scriptedChairKey?: string;
  readonly log?: (line: string) => void;
  /** How long to wait for every delegation's first state (default 15 s). */
  readonly connectTimeoutMs?: number;
}

/** Why a rehearsal ended. */
export type RehearsalEnd = 'time' | 'adjourned' | 'closed' | 'stopped';

export interface Rehearsal {
  readonly plan: RehearsalPlan;
  readonly stances: Readonly<Record<string, Stance>>;
  readonly delegations: readonly SimulatedParticipant[];
  /** The scripted chair, when one was asked for. */
  readonly chair: SimulatedParticipant | null;
  /** Resolves once the rehearsal has stopped, with the reason. */
  readonly finished: Promise<RehearsalEnd>;
  stop(): void;
}

/** A meeting that was called to order and has since been adjourned. */
const adjournedAfterSitting = (state: CommitteeState | null): boolean =>
  state !== null && state.meeting > 0 && state.floor.kind === 'adjourned';

const firstState = (
  delegations: readonly SimulatedParticipant[],
  timeoutMs: number,
): Promise<CommitteeState> =>
  new Promise((resolve, reject) => {
    const unsubscribes: (() => void)[] = [];
    const timer = setTimeout(() => {
      done();
      const missing = delegations.filter((d) => d.client.state === null).map((d) => d.name);
      reject(new Error(`rehearsal: no state within ${timeoutMs} ms for ${missing.join(', ')}`));
    }, timeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
    const check = (): void => {
      const refused = delegations.find((d) => d.client.closingReason !== null);
      if (refused) {
        done();
        reject(
          new Error(
            `rehearsal: ${refused.name} was refused: ${refused.client.closingReason?.message ?? ''}`,
          ),
        );
        return;
      }
      const states = delegations.map((d) => d.client.state);
      if (states.every((state) => state !== null)) {
        done();
        const [state] = states;
        if (state) resolve(state);
      }
    };
    for (const delegation of delegations) unsubscribes.push(delegation.client.subscribe(check));
    check();
  });

/** Connect a simulated delegation to every seat given and let them act until the rehearsal ends. */
export async function startRehearsal(options: RehearsalOptions): Promise<Rehearsal> {
  const behaviour: Behaviour = { ...defaultBehaviour, ...options.behaviour };
  const log = options.log;
  const participant = (name: string, credential: { seatToken: string } | { chairKey: string }) =>
    new SimulatedParticipant({
      url: options.url,
      committee: options.committee,
      name,
      credential,
      speed: behaviour.speed,
      ...(log ? { log } : {}),
    });
  const delegations = Object.entries(options.seatTokens).map(([seat, seatToken]) =>
    participant(seat, { seatToken }),
  );
  const chair = options.scriptedChairKey
    ? participant('chair', { chairKey: options.scriptedChairKey })
    : null;
  const everyone = chair ? [...delegations, chair] : delegations;
  let state: CommitteeState;
  try {
    state = await firstState(everyone, options.connectTimeoutMs ?? 15_000);
  } catch (error) {
    for (const one of everyone) one.stop();
    throw error;
  }
  const stances = stancesFor(state);
  const plan = planRehearsal(stances, seededDice(options.seed, 'plan'), options.plan);
  log?.(
    `cast: ${plan.absent ?? 'nobody'} absent, ${plan.presentAndVoting ?? 'nobody'} present and voting, ` +
      `${plan.drafter ?? 'nobody'} drafts (${plan.line}), ` +
      `${plan.unfriendly?.proposer ?? 'nobody'} amends against it, ${plan.friendly?.proposer ?? 'nobody'} for it`,
  );

  let resolveFinished: (end: RehearsalEnd) => void = () => undefined;
  const finished = new Promise<RehearsalEnd>((resolve) => (resolveFinished = resolve));
  let ended = false;
  const watchers: (() => void)[] = [];
  const end = (reason: RehearsalEnd): void => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    for (const unwatch of watchers) unwatch();
    for (const one of everyone) one.stop();
    log?.(`rehearsal ended (${reason})`);
    resolveFinished(reason);
  };
  const timer = setTimeout(() => end('time'), options.durationMs);
  // Each vote's result, once, as the first delegation's copy of the state closes it; votes
  // already closed when the rehearsal began (a copy of a committee with a past) are not news.
  const announced = new Set(state.votes.map((vote) => vote.id));
  const [witness] = delegations;
  if (log && witness) {
    watchers.push(
      witness.client.subscribe((client) => {
        if (!client.state) return;
        for (const vote of newlyClosed(client.state, announced)) {
          announced.add(vote.id);
          log(`result: ${resultLine(vote)}`);
        }
      }),
    );
  }
  for (const delegation of delegations) {
    watchers.push(
      delegation.client.subscribe((client) => {
        if (adjournedAfterSitting(client.state)) end('adjourned');
        else if (delegations.every((d) => d.client.status === 'closed')) end('closed');
      }),
    );
  }
  for (const delegation of delegations) {
    const dice = seededDice(options.seed, delegation.name);
    delegation.act((current, now) =>
      nextIntent({ state: current, seat: delegation.name, stances, plan, behaviour, dice, now }),
    );
  }
  const expectedAbsent = plan.absent === null ? 0 : 1;
  chair?.act((current, now) =>
    chairIntent({ state: current, now, speed: behaviour.speed, expectedAbsent }),
  );
  return { plan, stances, delegations, chair, finished, stop: () => end('stopped') };
}
