/** The floor: a bare server that only writes one prepared frame per connection (bench/floorServer.ts). */
import type { ObserverReport } from '../observers.ts';
import { withFleet } from '../lib/fleet.ts';
import type { CpuReading } from '../lib/serverControl.ts';
import { summarize, type Summary } from '../lib/stats.ts';
import {
  type BenchConfig,
  type GeneratorLoad,
  fleetOptions,
  loadOf,
  idleRate,
  busyMs,
} from './common.ts';

export interface FloorRun {
  readonly observers: number;
  readonly serverCpuUsPerRecipient: number;
  readonly serverProcessCpuUsPerRecipient: number;
  readonly lastObserver: Summary;
  readonly load: GeneratorLoad;
}

/** The bare-write reference: one prepared frame written to each connection per broadcast. */
export async function floorRun(config: BenchConfig, observers: number): Promise<FloorRun> {
  const { intervalMs } = config.fanout;
  const count = Math.min(50, config.fanout.actions);
  const options = fleetOptions(config, 'naive', observers, 1, { realProbes: 0, actors: false });
  return withFleet({ ...options, kind: 'floor' }, async (fleet) => {
    const idleBefore = await idleRate(fleet.server);
    await fleet.all('start');
    const cpu0 = await fleet.server.request<CpuReading>('cpu');
    const sent = await fleet.server.request<{ seq: number; intended: number }[]>(
      'broadcast',
      { count, intervalMs },
      count * intervalMs + 60_000,
    );
    const cpu1 = await fleet.server.request<CpuReading>('cpu');
    const last = Math.max(...sent.map((s) => s.seq));
    await fleet.all('awaitSeq', { seq: last, timeoutMs: 30_000 }, 40_000);
    const shares = await fleet.all<{ share: number }>('stop');
    const reports = await fleet.all<ObserverReport>('report', { actions: sent }, 60_000);
    const serverMs = busyMs(cpu0, cpu1, [idleBefore, await idleRate(fleet.server)]);
    return {
      observers,
      serverCpuUsPerRecipient: ((serverMs.thread / count) * 1000) / observers,
      serverProcessCpuUsPerRecipient: ((serverMs.process / count) * 1000) / observers,
      lastObserver: summarize(
        sent.map((_, index) =>
          Math.max(...reports.map((report) => report.perAction[index]?.last ?? Number.NaN)),
        ),
      ),
      load: loadOf(
        config,
        shares.map((s) => s.share),
      ),
    };
  });
}
