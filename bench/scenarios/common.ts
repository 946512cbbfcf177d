/** What every scenario shares: the run's configuration, a run's generator load, and the server CPU readings. */
import type { CommandTiming } from '../lib/actorGroup.ts';
import type { Child } from '../lib/child.ts';
import { summarize, type Summary } from '../lib/stats.ts';
import type { FleetOptions, ServerKind } from '../lib/fleet.ts';
import type { CpuReading } from '../lib/serverControl.ts';
import { sleep } from '../lib/time.ts';

export interface BenchConfig {
  readonly smoke: boolean;
  readonly reps: number;
  readonly serverCore: number | null;
  readonly loadCore: number | null;
  readonly fanout: {
    readonly observers: readonly number[];
    readonly warmup: number;
    readonly actions: number;
    readonly intervalMs: number;
  };
  readonly burst: {
    readonly observers: number;
    readonly warmupRounds: number;
    readonly rounds: number;
    readonly spreadMs: number;
  };
  readonly reconnect: { readonly observers: number; readonly missedEvents: number };
  readonly memory: { readonly observers: number };
  readonly coldStart: { readonly events: number };
  readonly realProbes: number;
  readonly probesPerGenerator: number;
  /**
   * Idle time after everyone has connected, before the warm-up: V8 finishes the collections
   * that the burst of connections started (a major one of 10–20 ms), which belong to the
   * connection storm (scenario c), not to the steady state measured with observers live.
   */
  readonly settleMs: number;
  /**
   * Where the fan-out scenarios keep their databases: tmpfs when there is one, so that the
   * fsync of a disk shared with other work does not mask the fan-out. The durable-ack
   * scenario and the cold start use `diskDir`.
   */
  readonly dbDir: string;
  readonly diskDir: string;
  /** Chair actions with no observers, database on disk (durable commit in the ack). */
  readonly durableAck: { readonly actions: number };
  /** A run where one generator process used more than this share of its core is discarded. */
  readonly maxGeneratorShare: number;
}

/** CPU share of each load-generator process over the measured window. */
export interface GeneratorLoad {
  readonly shares: readonly number[];
  readonly max: number;
  readonly total: number;
}

export interface RunBase {
  readonly kind: ServerKind;
  readonly load: GeneratorLoad;
  readonly saturated: boolean;
}

export const fleetOptions = (
  config: BenchConfig,
  kind: ServerKind,
  observers: number,
  spread: number,
  extra: Partial<FleetOptions> = {},
): FleetOptions => ({
  kind,
  server: { dbDir: config.dbDir },
  serverCore: config.serverCore,
  loadCore: config.loadCore,
  observers,
  realProbes: config.realProbes,
  probesPerGenerator: Math.max(50, Math.floor(config.probesPerGenerator / spread)),
  actors: true,
  ...extra,
});

export const loadOf = (config: BenchConfig, shares: readonly number[]): GeneratorLoad => {
  const max = Math.max(0, ...shares);
  return { shares, max, total: shares.reduce((a, b) => a + b, 0) };
};

/** CPU ms between two readings: the whole process, and the main thread alone. */
const cpuMs = (from: CpuReading, to: CpuReading): { process: number; thread: number } => ({
  process: (to.user - from.user + (to.system - from.system)) / 1000,
  thread: (to.threadUser - from.threadUser + (to.threadSystem - from.threadSystem)) / 1000,
});

/**
 * The server's CPU rate (ms per ms) over a quiet second with everyone connected: pings,
 * timers, the event-loop monitor. Taken before and after a window and the lower one
 * subtracted, so that a collection finishing in one of them is not subtracted too.
 */
export async function idleRate(server: Child): Promise<{ process: number; thread: number }> {
  const from = await server.request<CpuReading>('cpu');
  await sleep(1000);
  const to = await server.request<CpuReading>('cpu');
  const used = cpuMs(from, to);
  return { process: used.process / (to.at - from.at), thread: used.thread / (to.at - from.at) };
}

/** CPU over a window less the idle rate (the lower of two idle readings), per kind. */
export function busyMs(
  from: CpuReading,
  to: CpuReading,
  idle: readonly { process: number; thread: number }[],
): { process: number; thread: number } {
  const used = cpuMs(from, to);
  const span = to.at - from.at;
  return {
    process: Math.max(0, used.process - Math.min(...idle.map((i) => i.process)) * span),
    thread: Math.max(0, used.thread - Math.min(...idle.map((i) => i.thread)) * span),
  };
}

/** What a run with the actors reports first: its server, size and load, and its commands' latencies. */
export function actorRunFigures(
  config: BenchConfig,
  kind: ServerKind,
  observers: number,
  run: { readonly commands: readonly CommandTiming[]; readonly shares: readonly number[] },
  generators: readonly { readonly share: number }[],
): RunBase & {
  readonly observers: number;
  /** From the intended send time to the chair and all 15 members holding it. */
  readonly delegates: Summary;
  readonly ack: Summary;
  readonly sendSlack: Summary;
  readonly ackFromSent: Summary;
} {
  const load = loadOf(config, [...run.shares, ...generators.map((s) => s.share)]);
  const { commands } = run;
  return {
    kind,
    observers,
    load,
    saturated: load.max > config.maxGeneratorShare,
    delegates: summarize(commands.map((c) => c.allActors - c.intended)),
    ack: summarize(commands.map((c) => c.acked - c.intended)),
    sendSlack: summarize(commands.map((c) => c.sent - c.intended)),
    ackFromSent: summarize(commands.map((c) => c.acked - c.sent)),
  };
}
