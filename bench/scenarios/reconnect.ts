/** (c) Every observer reconnects at once after missing some events. */
import type { ReconnectReport } from '../observers.ts';
import { withFleet, type ServerKind } from '../lib/fleet.ts';
import { summarize, type Summary } from '../lib/stats.ts';
import { sleep } from '../lib/time.ts';
import { type BenchConfig, type RunBase, fleetOptions, loadOf } from './common.ts';

export interface ReconnectRun extends RunBase {
  readonly observers: number;
  /** Per observer: from the start of the reconnect to holding the head seq. */
  readonly resync: Summary;
  /** Until the last observer holds the head seq. */
  readonly allResyncedMs: number;
  readonly notResynced: number;
  /** Mean bytes a light probe received from reconnect to resync. */
  readonly meanBytes: number;
}

export async function reconnectRun(
  config: BenchConfig,
  kind: ServerKind,
  spread = 1,
): Promise<ReconnectRun> {
  const { observers, missedEvents } = config.reconnect;
  return withFleet(fleetOptions(config, kind, observers, spread), async (fleet) => {
    const actors = fleet.actors;
    if (!actors) throw new Error('no actors');
    await actors.actions(10, 100);
    const warmSeq = await actors.seq();
    await fleet.all('awaitSeq', { seq: warmSeq, timeoutMs: 30_000 }, 40_000);
    await fleet.all('disconnectAll', {}, 60_000);
    await sleep(500);
    // The board moves on while they are away.
    await actors.actions(missedEvents, 50);
    const target = await actors.seq();
    await fleet.all('start');
    const reports = await fleet.all<ReconnectReport>(
      'reconnectAll',
      { target, timeoutMs: 60_000 },
      90_000,
    );
    const shares = await fleet.all<{ share: number }>('stop');
    const t0 = Math.min(...reports.map((report) => report.t0));
    const times: number[] = [];
    let notResynced = 0;
    for (const report of reports) {
      for (const at of report.resyncAt) {
        if (at < 0) notResynced += 1;
        else times.push(report.t0 - t0 + at);
      }
    }
    const lightReports = reports.filter((report) => report.meanBytes > 0);
    const load = loadOf(
      config,
      shares.map((s) => s.share),
    );
    return {
      kind,
      observers,
      load,
      // The storm is meant to load the generators too; only a saturated one voids the run.
      saturated: load.max > config.maxGeneratorShare,
      resync: summarize(times),
      allResyncedMs: Math.max(...times),
      notResynced,
      meanBytes:
        lightReports.reduce((sum, report) => sum + report.meanBytes, 0) /
        Math.max(1, lightReports.length),
    };
  });
}
