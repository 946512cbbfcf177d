/** (a) Chair actions with 15 delegates and N observers: latencies, and the server CPU per recipient. */
import type { ObserverReport } from '../observers.ts';
import { withFleet, type ServerKind } from '../lib/fleet.ts';
import type { FastLaneCounts } from '../../server/src/live/fastLane/engineAccess.ts';
import type { CpuReading, LoopReading } from '../lib/serverControl.ts';
import { Histogram, summarize, type Summary } from '../lib/stats.ts';
import { sleep } from '../lib/time.ts';
import {
  type BenchConfig,
  type RunBase,
  fleetOptions,
  idleRate,
  busyMs,
  actorRunFigures,
} from './common.ts';

export interface FanoutRun extends RunBase {
  readonly observers: number;
  /** Chair action → the chair and all 15 members hold it (ms from the intended send). */
  readonly delegates: Summary;
  /** Chair action → its ack. */
  readonly ack: Summary;
  /** How late the actors' process sent each command after its intended time (generator slack). */
  readonly sendSlack: Summary;
  /** Ack measured from when the command actually left (the server's part, without the slack). */
  readonly ackFromSent: Summary;
  /** Chair action → the last observer holds it. */
  readonly lastObserver: Summary | null;
  /** The same, per generator process (real socket.io-client probes in the first when any). */
  readonly lastByGenerator: readonly { generator: string; probes: number; last: Summary }[];
  /** Chair action → each observer holds it (every delivery). */
  readonly observerDeliveries: Summary | null;
  /** Deliveries that never arrived. */
  readonly missing: number;
  /** Server main-thread CPU per action, less its idle rate over the window (ms). */
  readonly serverCpuMsPerAction: number;
  /** Server main-thread CPU per recipient per broadcast (µs): per action ÷ (N + 16). */
  readonly serverCpuUsPerRecipient: number;
  /** The same for the whole process, V8's collector threads included (noisier). */
  readonly serverProcessCpuUsPerRecipient: number;
  readonly serverLoop: LoopReading;
  /** Observer deliveries over the window: written by the fast lane, left to emit (busy), unsupported. */
  readonly fastLane: FastLaneCounts;
}

export async function fanoutRun(
  config: BenchConfig,
  kind: ServerKind,
  observers: number,
  spread = 1,
  onDisk = false,
): Promise<FanoutRun> {
  const { warmup, intervalMs } = config.fanout;
  const actions = onDisk ? config.durableAck.actions : config.fanout.actions;
  const options = fleetOptions(config, kind, observers, spread, {
    server: { dbDir: onDisk ? config.diskDir : config.dbDir },
  });
  return withFleet(options, async (fleet) => {
    const actors = fleet.actors;
    if (!actors) throw new Error('no actors');
    await sleep(config.settleMs);
    await actors.actions(warmup, intervalMs);
    const warmSeq = await actors.seq();
    await fleet.all('awaitSeq', { seq: warmSeq, timeoutMs: 30_000 }, 40_000);
    const idleBefore = await idleRate(fleet.server);
    await fleet.server.request('loopReset');
    const cpu0 = await fleet.server.request<CpuReading>('cpu');
    const lane0 = await fleet.server.request<FastLaneCounts>('fastLane');
    await fleet.all('start');
    const run = await actors.actions(actions, intervalMs);
    const lastSeq = Math.max(...run.commands.map((command) => command.seq));
    const behind = await fleet.all<{ behind: number }>(
      'awaitSeq',
      { seq: lastSeq, timeoutMs: 30_000 },
      40_000,
    );
    const cpu1 = await fleet.server.request<CpuReading>('cpu');
    const lane1 = await fleet.server.request<FastLaneCounts>('fastLane');
    const loop = await fleet.server.request<LoopReading>('loop');
    const shares = await fleet.all<{ share: number }>('stop');
    const timings = run.commands.map(({ seq, intended }) => ({ seq, intended }));
    const reports = await fleet.all<ObserverReport>('report', { actions: timings }, 60_000);

    let lastObserver: Summary | null = null;
    let lastByGenerator: FanoutRun['lastByGenerator'] = [];
    let observerDeliveries: Summary | null = null;
    let missing = behind.reduce((sum, b) => sum + b.behind, 0);
    if (observers > 0) {
      const last = timings.map((_, index) =>
        Math.max(...reports.map((report) => report.perAction[index]?.last ?? Number.NaN)),
      );
      const received = timings.map((_, index) =>
        reports.reduce((sum, report) => sum + (report.perAction[index]?.count ?? 0), 0),
      );
      missing += received.reduce((sum, count) => sum + (observers - count), 0);
      lastObserver = summarize(last.filter(Number.isFinite));
      lastByGenerator = reports.map((report, index) => ({
        generator: fleet.generators[index]?.name ?? `#${index + 1}`,
        probes: report.probes,
        last: summarize(report.perAction.map((action) => action.last).filter(Number.isFinite)),
      }));
      const histogram = new Histogram();
      for (const report of reports) histogram.merge(report.deliveries);
      observerDeliveries = histogram.summary();
    }
    const serverMs = busyMs(cpu0, cpu1, [idleBefore, await idleRate(fleet.server)]);
    return {
      ...actorRunFigures(config, kind, observers, run, shares),
      lastObserver,
      lastByGenerator,
      observerDeliveries,
      missing,
      serverCpuMsPerAction: serverMs.thread / actions,
      serverCpuUsPerRecipient: ((serverMs.thread / actions) * 1000) / (observers + 16),
      serverProcessCpuUsPerRecipient: ((serverMs.process / actions) * 1000) / (observers + 16),
      serverLoop: loop,
      fastLane: {
        idle: lane1.idle - lane0.idle,
        busy: lane1.busy - lane0.busy,
        unsupported: lane1.unsupported - lane0.unsupported,
      },
    };
  });
}
