/**
 * What `pnpm bench` runs, from its command line: `--smoke` (every scenario small),
 * or the full run; `--only=fanout,burst` runs some scenarios (fanout, floor, durable,
 * burst, reconnect, memory, cold, bundles), `--fanout=500,2000` sets the fan-out sizes,
 * `--reps=1` the repetitions. A partial run writes to artifacts/bench/, never to docs/.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { BenchConfig } from './scenarios/index.ts';

/** A run's configuration and which of its scenarios it runs. */
export interface RunPlan {
  readonly smoke: boolean;
  /** Some scenarios or other sizes than the full run's: written to artifacts/bench/. */
  readonly partial: boolean;
  readonly config: BenchConfig;
  readonly deadlineMs: number;
  wants(scenario: string): boolean;
}

/** The plan for `node bench/run.ts [--smoke] [--only=…] [--fanout=…] [--reps=…]`. */
export function planRun(argv: readonly string[], pinned: boolean): RunPlan {
  const smoke = argv.includes('--smoke');
  const option = (name: string): string | undefined =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = option('only')?.split(',');
  const diskDir = tmpdir();
  const shared = {
    smoke,
    serverCore: pinned ? 0 : null,
    loadCore: pinned ? 1 : null,
    probesPerGenerator: 1250,
    maxGeneratorShare: 0.7,
    dbDir: existsSync('/dev/shm') ? '/dev/shm' : diskDir,
    diskDir,
  };
  // Each size as (smoke, full): the smoke run is every scenario small, to check the harness.
  const size = <T>(small: T, full: T): T => (smoke ? small : full);
  const base: BenchConfig = {
    ...shared,
    reps: size(1, 3),
    fanout: {
      observers: size([0, 100], [0, 500, 2000, 5000]),
      warmup: size(5, 20),
      actions: size(15, 100),
      intervalMs: size(100, 200),
    },
    durableAck: { actions: size(15, 100) },
    burst: {
      observers: size(100, 2000),
      warmupRounds: size(1, 2),
      rounds: size(2, 12),
      spreadMs: 100,
    },
    reconnect: { observers: size(100, 2000), missedEvents: size(3, 5) },
    memory: { observers: size(200, 2000) },
    coldStart: { events: size(3000, 100_000) },
    realProbes: size(6, 24),
    settleMs: size(0, 5000),
  };
  return {
    smoke,
    partial: only !== undefined || option('fanout') !== undefined || option('reps') !== undefined,
    config: {
      ...base,
      reps: Number(option('reps') ?? base.reps),
      fanout: {
        ...base.fanout,
        observers: option('fanout')?.split(',').map(Number) ?? base.fanout.observers,
      },
    },
    deadlineMs: smoke ? 115_000 : 75 * 60_000,
    wants: (scenario) => !only || only.includes(scenario),
  };
}
