/**
 * Runs of a scenario against each server kind, interleaved A/B/C/A/B/C, a run
 * whose load generator passed its share of a core discarded and retried with
 * the probes spread over twice as many processes.
 */
import type { ServerKind } from './lib/fleet.ts';
import { emptySeries, type Series } from './report/index.ts';
import type { BenchConfig, RunBase } from './scenarios/index.ts';

/** How one scenario is interleaved. */
export interface InterleaveOptions {
  /** Retry a run whose generator saturated (default true). */
  readonly retries?: boolean;
  /** The servers compared (default Placard's and the naive baseline). */
  readonly kinds?: readonly ServerKind[];
}

/** `interleave(label, run, describe)`: `config.reps` runs per kind, logged as they end. */
export function interleaver(config: BenchConfig, log: (line: string) => void) {
  return async function interleave<R extends RunBase>(
    label: string,
    run: (kind: ServerKind, spread: number) => Promise<R>,
    describe: (result: R) => string,
    { retries = true, kinds = ['placard', 'naive'] }: InterleaveOptions = {},
  ): Promise<Series<R>> {
    const series = emptySeries<R>();
    for (let rep = 1; rep <= config.reps; rep++) {
      for (const kind of kinds) {
        let spread = 1;
        for (let attempt = 1; ; attempt++) {
          const result = await run(kind, spread);
          const cpu = result.load.shares.map((s) => `${Math.round(s * 100)}%`).join(' ');
          log(`${label} ${kind} #${rep}: ${describe(result)}${cpu ? ` | generators ${cpu}` : ''}`);
          if (!result.saturated || !retries || attempt >= 3 || config.smoke) {
            series[kind].push(result);
            break;
          }
          log(`  discarded: a generator passed ${config.maxGeneratorShare * 100}% of its core`);
          series.discarded.push({ kind, rep, max: result.load.max });
          spread *= 2;
        }
      }
    }
    return series;
  };
}
