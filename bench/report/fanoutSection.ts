/** Section (a) of docs/BENCHMARKS.md: the fan-out runs, the floor, and whether the fast lane pays. */
import { SERVER_KINDS, type ServerKind } from '../lib/fleet.ts';
import type { FanoutRun } from '../scenarios/index.ts';
import { f1, ratioOf, ratioText, triple } from './format.ts';
import { medianRun, type BenchResults } from './results.ts';

/** How the report names each server. */
export const SERVER_LABELS: Record<ServerKind, string> = {
  placard: 'placard',
  placardNoFastLane: 'placard, fast lane off',
  naive: 'naive',
};

/** The fan-out tables (scenario a). */
export function fanoutSection(results: BenchResults): string[] {
  const c = results.meta.config;
  const lines: string[] = [];
  lines.push(
    '',
    '## (a) Chair actions with 15 delegates and N observers',
    '',
    `${c.fanout.actions} chair actions (alternately adding and removing a delegation on the speakers' list) one every ${c.fanout.intervalMs} ms on a fixed schedule, after everyone has connected, ${c.settleMs / 1000} s of settling (the collections V8 starts after a burst of connections belong to scenario c) and ${c.fanout.warmup} warm-up actions; latencies from the intended send time, in ms, as p50 / p99 / max. "Chair + delegates" is when the chair and all 15 members hold the action's seq; "last observer" is, per action, the slowest observer; "every delivery" pools all observers' deliveries. Server CPU is the main thread's (\`process.threadCpuUsage\`: the event loop, where commands and fan-out run, scavenges included) over the window, less its idle rate (pings, timers, the event-loop monitor: the lower of 1 s measured just before and 1 s just after); per recipient = CPU per action ÷ (N + 16). The whole process's figure adds V8's concurrent collector threads, which run on the same pinned core but in lumps, so it is noisier. "Server loop delay" is how late a 10 ms sampling timer fired in the server (\`monitorEventLoopDelay\`, its own period taken out): the longest the loop was held by one task.`,
    '',
    '| N | Server | Chair + delegates | Last observer | Every delivery (p50 / p99) | Ack | Server CPU per action | per recipient | per recipient, whole process | Server loop delay p99 | Generators (max / sum of core) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const { observers, series } of results.fanout) {
    for (const kind of SERVER_KINDS) {
      const run = medianRun(series[kind], (r) => r.lastObserver?.p99 ?? r.delegates.p99);
      if (!run) continue;
      lines.push(
        `| ${observers.toLocaleString('en')} | ${SERVER_LABELS[kind]} | ${triple(run.delegates)} | ${triple(run.lastObserver)} | ${run.observerDeliveries ? `${f1(run.observerDeliveries.p50)} / ${f1(run.observerDeliveries.p99)}` : '–'} | ${triple(run.ack)} | ${f1(run.serverCpuMsPerAction)} ms | ${f1(run.serverCpuUsPerRecipient)} µs | ${f1(run.serverProcessCpuUsPerRecipient)} µs | ${f1(run.serverLoop.p99)} ms | ${Math.round(run.load.max * 100)}% / ${Math.round(run.load.total * 100)}% |`,
      );
    }
  }
  for (const observers of [...new Set(results.floor.map((r) => r.observers))]) {
    const floor = medianRun(
      results.floor.filter((r) => r.observers === observers),
      (r) => r.lastObserver.p99,
    );
    if (!floor) continue;
    lines.push(
      `| ${observers.toLocaleString('en')} | floor (bare write) | – | ${triple(floor.lastObserver)} | – | – | – | ${f1(floor.serverCpuUsPerRecipient)} µs | ${f1(floor.serverProcessCpuUsPerRecipient)} µs | – | ${Math.round(floor.load.max * 100)}% / ${Math.round(floor.load.total * 100)}% |`,
    );
  }
  if (results.floor.length > 0) {
    lines.push(
      '',
      `"floor (bare write)" is bench/floorServer.ts: a bare HTTP server that accepts the WebSocket upgrade itself and broadcasts by writing one prepared frame to each connection, nothing else (no Socket.IO, no Engine.IO, no committee, no slicing): the least any server can spend per observer on this machine, and how soon the last observer can have a broadcast (${Math.min(50, results.meta.config.fanout.actions)} broadcasts on the same schedule, the same light probes).`,
    );
  }
  lines.push(...fastLaneTable(results));
  lines.push('', 'Every run (p99 of chair + delegates / p99 of last observer, ms):', '');
  for (const { observers, series } of results.fanout) {
    for (const kind of SERVER_KINDS.filter((k) => series[k].length > 0)) {
      lines.push(
        `- N = ${observers.toLocaleString('en')}, ${SERVER_LABELS[kind]}: ${series[kind].map((r) => `${f1(r.delegates.p99)} / ${f1(r.lastObserver?.p99)}${r.saturated ? ' (generator saturated, kept after 2 discards)' : ''}`).join('; ')}`,
      );
    }
  }
  return lines;
}

/** Whether the fast lane still pays: Placard with it and with stock emit, beside the naive baseline. */
function fastLaneTable(results: BenchResults): string[] {
  const sizes = results.fanout.filter(({ series }) => series.placardNoFastLane.length > 0);
  if (sizes.length === 0) return [];
  const lines = [
    '',
    "### Does the observers' fast lane pay?",
    '',
    '"on" is Placard\'s server as `pnpm start` runs it (each observer batch encoded once and written straight to idle WebSocket connections, server/src/live/observerWire.ts); "off" is the same server with `PLACARD_OBSERVER_FAST_LANE=off` (Socket.IO\'s own emit to every observer, everything else alike: slices, coalescing, priorities); "naive" is the baseline. All three run interleaved in this run, median runs as above. A ratio on ÷ off below 1 means the fast lane pays. The last column counts, over the measured window, the observer deliveries the fast lane wrote itself, those it left to Socket.IO\'s emit (a connection busy or long-polling), and those on connections whose internals it did not recognise (not 0: a Socket.IO, Engine.IO or ws upgrade turned it off).',
    '',
    '| N | Server CPU per recipient, on / off / naive | on ÷ off | on ÷ naive | off ÷ naive | Last observer p99, on / off / naive | on ÷ off | on ÷ naive | off ÷ naive | Fast-lane writes / left to emit / unsupported (on) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const median = (runs: readonly FanoutRun[]) =>
    medianRun(runs, (r) => r.lastObserver?.p99 ?? r.delegates.p99);
  for (const { observers, series } of sizes) {
    const [on, off, naive] = SERVER_KINDS.map((kind) => median(series[kind]));
    const figures = (figure: (run: FanoutRun) => number | undefined, unit: string): string[] => {
      const [a, b, n] = [on, off, naive].map((run) => (run ? figure(run) : undefined));
      return [
        [a, b, n].map((value) => f1(value)).join(' / ') + ` ${unit}`,
        ratioText(ratioOf(a, b)),
        ratioText(ratioOf(a, n)),
        ratioText(ratioOf(b, n)),
      ];
    };
    const cells = [
      observers.toLocaleString('en'),
      ...figures((run) => run.serverCpuUsPerRecipient, 'µs'),
      ...figures((run) => run.lastObserver?.p99, 'ms'),
      // Older results (before the count) have none.
      on?.fastLane ? `${on.fastLane.idle} / ${on.fastLane.busy} / ${on.fastLane.unsupported}` : '–',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}
