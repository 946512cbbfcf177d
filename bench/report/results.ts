/** What a run's results hold, and how the median run of a series is chosen. */
import type { Summary } from '../lib/stats.ts';
import type { ServerKind } from '../lib/fleet.ts';
import type {
  BenchConfig,
  BundleResult,
  BurstRun,
  ColdRun,
  FanoutRun,
  FloorRun,
  MemoryRun,
  ReconnectRun,
  RunBase,
} from '../scenarios/index.ts';

/** A scenario's runs per server, and the runs discarded for a saturated generator. */
export type Series<R extends RunBase> = { readonly [K in ServerKind]: R[] } & {
  readonly discarded: { kind: ServerKind; rep: number; max: number }[];
};

/** A series with no runs yet (or for a scenario not run). */
export function emptySeries<R extends RunBase>(): Series<R> {
  return { placard: [], placardNoFastLane: [], naive: [], discarded: [] };
}

export interface BenchResults {
  readonly meta: {
    readonly date: string;
    readonly mode: 'smoke' | 'full';
    readonly cores: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
    readonly node: string;
    readonly commit: string;
    /** Files changed in the working tree beside the commit (other work in progress). */
    readonly uncommittedFiles: number;
    /** Server on core 0 and the load on core 1 (taskset). */
    readonly pinned: boolean;
    /** Load average (1 / 5 / 15 min) before and after the run. */
    readonly loadBefore: readonly number[];
    readonly loadAfter: readonly number[];
    readonly durationS: number;
    readonly config: BenchConfig;
    /** One-row SQLite commits (WAL, synchronous=FULL) on the disk, ms, at the start. */
    readonly fsync: Summary;
  };
  readonly fanout: readonly { observers: number; series: Series<FanoutRun> }[];
  readonly durableAck: Series<FanoutRun>;
  /** The bare-write reference (bench/floorServer.ts). */
  readonly floor: readonly FloorRun[];
  readonly burst: Series<BurstRun>;
  readonly reconnect: Series<ReconnectRun>;
  readonly memory: Series<MemoryRun>;
  readonly cold: {
    readonly log: { events: number; stateBytes: number; buildMs: number };
    readonly series: Series<ColdRun>;
    /** Placard's server started with Node's compile cache warm (every start of `pnpm start` after its first). */
    readonly warmCache: readonly ColdRun[];
  };
  readonly bundles: BundleResult;
  readonly targets: readonly Target[];
}

export interface Target {
  readonly id: string;
  readonly label: string;
  readonly target: string;
  readonly measured: string;
  readonly baseline: string;
  /** Placard ÷ baseline (lower is better), when both exist. */
  readonly ratio: number | null;
  /** null: not measured. */
  readonly met: boolean | null;
  /** For a target not met: what limits it. */
  readonly limit: string | null;
}

/** The run whose `key` is the median of the series (the lower one of an even count). */
export function medianRun<R>(runs: readonly R[], key: (run: R) => number): R | undefined {
  const sorted = runs.filter((run) => Number.isFinite(key(run))).sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
