/**
 * One benchmark run's processes: the server under test pinned to core 0, and
 * on core 1 the actors (chair + 15 members) and the observer generators
 * (light probes spread over processes, plus a process of real
 * socket.io-client probes). Everything is stopped when the run ends, by pid.
 */
import type { ServerInfo, ServerParams } from './serverControl.ts';
import { ActorGroup } from './actorGroup.ts';
import { Child, PRIORITY, trace } from './child.ts';

/**
 * Processes for the chair and the 15 members. One: they share the load core with the
 * observer generators anyway, and more processes only add context switches (measured:
 * four processes raised the chair + delegates p50 from about 3 to 6 ms).
 */
const ACTOR_PROCESSES = 1;

/**
 * The servers compared: Placard's as `pnpm start` runs it, the same with the observers'
 * fast lane off (PLACARD_OBSERVER_FAST_LANE=off: stock Socket.IO emit to every observer),
 * and the naive baseline.
 */
export type ServerKind = 'placard' | 'placardNoFastLane' | 'naive';

/** Every server kind, in the order a scenario interleaves them. */
export const SERVER_KINDS: readonly ServerKind[] = ['placard', 'placardNoFastLane', 'naive'];

/** The script that starts a kind of server, and the parameters that make it that kind. */
export const serverOf = (kind: ServerKind | 'floor'): { script: string; params?: ServerParams } =>
  SERVERS[kind];

const SERVERS: Record<ServerKind | 'floor', { script: string; params?: ServerParams }> = {
  placard: { script: 'placardServer.ts' },
  placardNoFastLane: { script: 'placardServer.ts', params: { fastLane: false } },
  naive: { script: 'naiveServer.ts' },
  floor: { script: 'floorServer.ts' },
};

export interface FleetOptions {
  /** The server under test; `floor` is the bare-write reference (bench/floorServer.ts). */
  readonly kind: ServerKind | 'floor';
  readonly serverCore: number | null;
  readonly loadCore: number | null;
  /** Observers in total (light + real). */
  readonly observers: number;
  /** How many of them are real socket.io-client probes. */
  readonly realProbes: number;
  /** Light probes per generator process. */
  readonly probesPerGenerator: number;
  readonly actors: boolean;
  readonly serverFlags?: readonly string[];
  readonly server?: ServerParams;
}

export interface Fleet {
  readonly info: ServerInfo;
  readonly server: Child;
  readonly actors: ActorGroup | null;
  readonly generators: readonly Child[];
  /** Ask every generator the same thing, in parallel. */
  all<T>(command: string, params?: unknown, timeoutMs?: number): Promise<T[]>;
}

/** How light and real probes are spread over generator processes. */
export function generatorPlans(
  observers: number,
  realProbes: number,
  perGenerator: number,
): { light: number; real: number }[] {
  const real = Math.min(realProbes, observers);
  const light = observers - real;
  const plans: { light: number; real: number }[] = [];
  if (real > 0) plans.push({ light: 0, real });
  const processes = Math.ceil(light / perGenerator);
  for (let i = 0; i < processes; i++) {
    plans.push({ light: Math.floor(light / processes) + (i < light % processes ? 1 : 0), real: 0 });
  }
  return plans;
}

/** Like Promise.all, but waits for every promise before rejecting (so none is left starting). */
async function settleAll<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

export async function withFleet<T>(
  options: FleetOptions,
  body: (fleet: Fleet) => Promise<T>,
): Promise<T> {
  const children: Child[] = [];
  const track = async <I>(started: Promise<{ child: Child; info: I }>): Promise<Child> => {
    const { child } = await started;
    children.push(child);
    return child;
  };
  try {
    const { child: server, info } = await Child.start<ServerInfo>({
      name: `${options.kind}-server`,
      script: serverOf(options.kind).script,
      core: options.serverCore,
      nice: PRIORITY.server,
      params: { ...options.server, ...serverOf(options.kind).params },
      // BENCH_SERVER_FLAGS (development): extra Node flags for the server, e.g. --cpu-prof.
      nodeFlags: [
        ...(options.serverFlags ?? []),
        ...(process.env['BENCH_SERVER_FLAGS']?.split(' ').filter(Boolean) ?? []),
      ],
    });
    children.push(server);
    trace(`${options.kind} server ready`);

    // Half the observers connect, then the chair and the members, then the other half: with
    // no priorities (the naive server) the delegates are served somewhere in the middle of
    // each broadcast, as when the board's audience and the phones join in any order.
    const plans = generatorPlans(options.observers, options.realProbes, options.probesPerGenerator);
    const generators = await settleAll(
      plans.map((plan, index) =>
        track(
          Child.start({
            name: `observers-${index + 1}`,
            script: 'observers.ts',
            core: options.loadCore,
            nice: PRIORITY.observers,
            params: { url: info.url, committee: info.committee, ...plan },
          }),
        ),
      ),
    );
    const connect = (share: number): Promise<unknown[]> =>
      settleAll(generators.map((g) => g.request('connect', { concurrency: 50, share }, 120_000)));
    await connect(0.5);
    let actors: ActorGroup | null = null;
    if (options.actors) {
      actors = await ActorGroup.start(info, options.loadCore, ACTOR_PROCESSES, (child) =>
        children.push(child),
      );
      await actors.setup();
      trace('actors connected and set up');
    }
    await connect(1);
    trace(`${generators.length} generators connected`);
    const fleet: Fleet = {
      info,
      server,
      actors,
      generators,
      all: <R>(command: string, params: unknown = {}, timeoutMs = 60_000) =>
        Promise.all(
          generators.map((generator) => generator.request<R>(command, params, timeoutMs)),
        ),
    };
    const result = await body(fleet);
    trace('measured');
    return result;
  } finally {
    // Load first, then the server.
    await Promise.all(
      children
        .filter((child) => child.name !== `${options.kind}-server`)
        .map((child) => child.stop()),
    );
    await Promise.all(children.map((child) => child.stop()));
    trace('stopped');
  }
}
