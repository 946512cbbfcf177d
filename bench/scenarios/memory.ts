/** (d) Memory per idle observer. */
import { Child, PRIORITY } from '../lib/child.ts';
import { withFleet, type ServerKind } from '../lib/fleet.ts';
import type { MemReading } from '../lib/serverControl.ts';
import { sleep } from '../lib/time.ts';
import { type BenchConfig, type RunBase, fleetOptions, loadOf } from './common.ts';

export interface MemoryRun extends RunBase {
  readonly observers: number;
  /** After gc() twice and a memory-reducing collection. */
  readonly rssPerObserverKiB: number;
  /** After gc() twice only (includes the young generation the burst grew). */
  readonly rssPlainPerObserverKiB: number;
  readonly heapPerObserverKiB: number;
  readonly before: MemReading;
  readonly after: MemReading;
}

interface MemReadings {
  readonly plain: MemReading;
  readonly reduced: MemReading;
}

export async function memoryRun(config: BenchConfig, kind: ServerKind): Promise<MemoryRun> {
  const { observers } = config.memory;
  // The server alone first: warm it with a few connections, then measure, then connect N.
  return withFleet(
    { ...fleetOptions(config, kind, 0, 1), actors: false, serverFlags: ['--expose-gc'] },
    async (fleet) => {
      const warm = await Child.start({
        name: 'observers-warmup',
        script: 'observers.ts',
        core: config.loadCore,
        nice: PRIORITY.observers,
        params: { url: fleet.info.url, committee: fleet.info.committee, light: 50, real: 0 },
      });
      await warm.child.request('connect', { concurrency: 50 }, 60_000);
      await warm.child.stop();
      await sleep(500);
      const before = await fleet.server.request<MemReadings>('mem');
      const generators: Child[] = [];
      try {
        const processes = Math.ceil(observers / config.probesPerGenerator);
        for (let i = 0; i < processes; i++) {
          const light = Math.floor(observers / processes) + (i < observers % processes ? 1 : 0);
          const { child } = await Child.start({
            name: `observers-mem-${i + 1}`,
            script: 'observers.ts',
            core: config.loadCore,
            nice: PRIORITY.observers,
            params: { url: fleet.info.url, committee: fleet.info.committee, light, real: 0 },
          });
          generators.push(child);
        }
        await Promise.all(
          generators.map((g) => g.request('connect', { concurrency: 50 }, 120_000)),
        );
        await sleep(1000);
        const after = await fleet.server.request<MemReadings>('mem');
        if (!after.reduced.gc) throw new Error('the server was started without --expose-gc');
        const perObserver = (bytes: number): number => bytes / 1024 / observers;
        return {
          kind,
          observers,
          load: loadOf(config, []),
          saturated: false,
          rssPerObserverKiB: perObserver(after.reduced.rss - before.reduced.rss),
          rssPlainPerObserverKiB: perObserver(after.plain.rss - before.plain.rss),
          heapPerObserverKiB: perObserver(
            after.reduced.heapUsed +
              after.reduced.external -
              before.reduced.heapUsed -
              before.reduced.external,
          ),
          before: before.reduced,
          after: after.reduced,
        };
      } finally {
        for (const generator of generators) await generator.stop();
      }
    },
  );
}
