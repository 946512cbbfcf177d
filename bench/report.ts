/** Targets, and docs/BENCHMARKS.md from a run's results. */
import type { Summary } from './lib/stats.ts';
import type { ServerKind } from './lib/fleet.ts';
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
} from './scenarios.ts';

export interface Series<R extends RunBase> {
  readonly placard: R[];
  readonly naive: R[];
  readonly discarded: { kind: ServerKind; rep: number; max: number }[];
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
    readonly uncommittedFiles: number;
    readonly pinned: boolean;
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

const f1 = (value: number | undefined | null): string =>
  value === undefined || value === null || !Number.isFinite(value) ? '–' : value.toFixed(1);
const msText = (value: number | undefined | null): string =>
  value === undefined || value === null || !Number.isFinite(value) ? '–' : `${f1(value)} ms`;
const triple = (s: Summary | null | undefined): string =>
  s ? `${f1(s.p50)} / ${f1(s.p99)} / ${f1(s.max)}` : '–';
const ratioText = (ratio: number | null): string =>
  ratio === null || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function ratioOf(a: number | undefined, b: number | undefined): number | null {
  return a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b > 0
    ? a / b
    : null;
}

export function evaluateTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const floorAt = (n: number): FloorRun | undefined =>
    medianRun(
      results.floor.filter((r) => r.observers === n),
      (r) => r.lastObserver.p99,
    );
  const fan = (n: number): Series<FanoutRun> | undefined =>
    results.fanout.find((entry) => entry.observers === n)?.series;
  const largest = Math.max(...results.fanout.map((entry) => entry.observers));
  const mid = results.fanout.find((entry) => entry.observers === 2000) ? 2000 : largest;

  // (a) chair + delegates with `mid` observers live.
  const fanMid = fan(mid);
  if (fanMid) {
    const a = medianRun(fanMid.placard, (r) => r.delegates.p99);
    const b = medianRun(fanMid.naive, (r) => r.delegates.p99);
    const ratio = ratioOf(a?.delegates.p99, b?.delegates.p99);
    const met = a ? a.delegates.p99 <= 10 && ratio !== null && ratio <= 0.3 : null;
    targets.push({
      id: 'delegates',
      label: `p99 chair action → chair + all delegates, ${mid.toLocaleString('en')} observers live`,
      target: '≤ 10 ms and ≤ 0.3× baseline',
      measured: msText(a?.delegates.p99),
      baseline: msText(b?.delegates.p99),
      ratio,
      met,
      limit:
        met === false && a
          ? `The chair and the seats are served first, in the command's own tick, before any observer; the p50 is ${msText(a.delegates.p50)}. The p99 is made of what else the command can meet: an observer slice being written (about ${f1((a.serverCpuUsPerRecipient * 100) / 1000)} ms for 100 sockets), a garbage-collection pause in the server (up to ${msText(a.serverLoop.gcMax)} in this run), the sixteen phones sharing one process and one core with the observer generators, and the machine's other work (the ack alone, which leaves before any broadcast, has p99 ${msText(a.ack.p99)}).`
          : null,
    });
  }

  for (const [n, limitMs] of [
    [mid, 40],
    [largest, 100],
  ] as const) {
    const series = fan(n);
    if (!series || (n === largest && n === mid && targets.some((t) => t.id === `observers-${n}`)))
      continue;
    const a = medianRun(series.placard, (r) => r.lastObserver?.p99 ?? Number.NaN);
    const b = medianRun(series.naive, (r) => r.lastObserver?.p99 ?? Number.NaN);
    const ratio = ratioOf(a?.lastObserver?.p99, b?.lastObserver?.p99);
    const met = a?.lastObserver ? a.lastObserver.p99 <= limitMs : null;
    targets.push({
      id: `observers-${n}`,
      label: `p99 chair action → last of ${n.toLocaleString('en')} observers`,
      target: `≤ ${limitMs} ms`,
      measured: msText(a?.lastObserver?.p99),
      baseline: msText(b?.lastObserver?.p99),
      ratio,
      met,
      limit:
        met === false && a
          ? `Writing is the limit: the server spends ${f1(a.serverCpuUsPerRecipient)} µs of its one core per recipient (≈ ${f1(a.serverCpuMsPerAction)} ms per action for ${n.toLocaleString('en')} observers), most of it in the write() per connection into the kernel's loopback TCP stack, which on loopback also does the receiving side's TCP work on this core; the last observer cannot have the batch before that is done.${floorAt(n) ? ` A bare server that does nothing but write one prepared frame per connection reaches the last of ${n.toLocaleString('en')} here at p50 ${msText(floorAt(n)?.lastObserver.p50)} / p99 ${msText(floorAt(n)?.lastObserver.p99)} (${f1(floorAt(n)?.serverCpuUsPerRecipient)} µs per recipient): the target is below what this machine allows any server, and Placard is within ${msText((a.lastObserver?.p50 ?? 0) - (floorAt(n)?.lastObserver.p50 ?? 0))} of that floor at p50.` : ''} The light probes' own receiving (about as costly per message as sending, on the one load core) adds to the last observer's time.`
          : null,
    });
  }

  if (fanMid) {
    const a = medianRun(fanMid.placard, (r) => r.serverCpuUsPerRecipient);
    const b = medianRun(fanMid.naive, (r) => r.serverCpuUsPerRecipient);
    const floor = floorAt(mid);
    const met = a ? a.serverCpuUsPerRecipient <= 12 : null;
    targets.push({
      id: 'cpu-per-recipient',
      label: `server CPU (main thread) per recipient per broadcast, ${mid.toLocaleString('en')} observers`,
      target: '≤ 12 µs',
      measured: a ? `${f1(a.serverCpuUsPerRecipient)} µs` : '–',
      baseline: b ? `${f1(b.serverCpuUsPerRecipient)} µs` : '–',
      ratio: ratioOf(a?.serverCpuUsPerRecipient, b?.serverCpuUsPerRecipient),
      met,
      limit:
        met === false
          ? `What encoding once and skipping Engine.IO's per-packet work does not remove: a write() per connection into the loopback TCP stack (charged to the sending process, the receiving side's TCP work included) and Node's stream bookkeeping per write.${floor ? ` On this machine a bare server that only writes one prepared frame per connection (bench/floorServer.ts: no Socket.IO, no Engine.IO) spends ${f1(floor.serverCpuUsPerRecipient)} µs per recipient: that is the "plain ws level" here.` : ''}`
          : null,
    });
  }

  {
    const a = medianRun(results.memory.placard, (r) => r.rssPerObserverKiB);
    const b = medianRun(results.memory.naive, (r) => r.rssPerObserverKiB);
    const met = a ? a.rssPerObserverKiB <= 20 : null;
    targets.push({
      id: 'rss-per-observer',
      label: `RSS per idle observer (${results.meta.config.memory.observers.toLocaleString('en')} connected)`,
      target: '≤ 20 KiB',
      measured: a ? `${f1(a.rssPerObserverKiB)} KiB` : '–',
      baseline: b ? `${f1(b.rssPerObserverKiB)} KiB` : '–',
      ratio: ratioOf(a?.rssPerObserverKiB, b?.rssPerObserverKiB),
      met,
      limit:
        met === false
          ? 'Each connection holds a Socket.IO socket, an Engine.IO socket, a ws WebSocket with its receiver and sender, and a net.Socket with its kernel buffers.'
          : null,
    });
  }

  {
    const a = medianRun(results.burst.placard, (r) => r.ack.p99);
    const b = medianRun(results.burst.naive, (r) => r.ack.p99);
    const met = a ? a.ack.p99 <= 15 : null;
    targets.push({
      id: 'burst-ack',
      label: `15 members vote within ${results.meta.config.burst.spreadMs} ms: ack p99, ${results.meta.config.burst.observers.toLocaleString('en')} observers`,
      target: '≤ 15 ms',
      measured: msText(a?.ack.p99),
      baseline: msText(b?.ack.p99),
      ratio: ratioOf(a?.ack.p99, b?.ack.p99),
      met,
      limit:
        met === false && a
          ? `Each vote's ack is written before any broadcast, and an observer slice holds the loop for under 2 ms; what remains is the phones' own send slack (p99 ${msText(a.sendSlack.p99)}: sixteen sockets in one process also receive every vote's broadcast), the server's garbage-collection pauses (up to ${msText(a.serverLoop.gcMax)}), and the machine's other work. From the actual send, the ack's p99 is ${msText(a.ackFromSent.p99)}.`
          : null,
    });
  }

  {
    const a = medianRun(results.durableAck.placard, (r) => r.ack.p99);
    const b = medianRun(results.durableAck.naive, (r) => r.ack.p99);
    const tmpfsAck = medianRun(fan(0)?.placard ?? [], (r) => r.ack.p99);
    const met = a ? a.ack.p99 <= 2 : null;
    targets.push({
      id: 'ack',
      label: 'ack of an accepted command (durable commit on disk included), no observers: p99',
      target: '≤ 2 ms',
      measured: msText(a?.ack.p99),
      baseline: msText(b?.ack.p99),
      ratio: ratioOf(a?.ack.p99, b?.ack.p99),
      met,
      limit:
        met === false
          ? `Each accepted command is committed with synchronous=FULL (an fsync) before its ack, on a disk shared with the other work on this machine (one-row commits p50 / p99 when the run started: ${f1(results.meta.fsync.p50)} / ${f1(results.meta.fsync.p99)} ms). Most of the rest is the round trip itself: with the database on tmpfs (no fsync) the same ack is p50 / p99 ${msText(tmpfsAck?.ack.p50)} / ${msText(tmpfsAck?.ack.p99)} here, a socket.io-client emit and its ack between two processes on two cores of this virtual machine.`
          : null,
    });
  }

  {
    const a = medianRun(results.reconnect.placard, (r) => r.allResyncedMs);
    const b = medianRun(results.reconnect.naive, (r) => r.allResyncedMs);
    targets.push({
      id: 'reconnect',
      label: `${results.meta.config.reconnect.observers.toLocaleString('en')} observers reconnect at once: time until all resynced`,
      target: '(no target; ratio)',
      measured: msText(a?.allResyncedMs),
      baseline: msText(b?.allResyncedMs),
      ratio: ratioOf(a?.allResyncedMs, b?.allResyncedMs),
      met: null,
      limit: null,
    });
    const bytesA = medianRun(results.reconnect.placard, (r) => r.meanBytes);
    const bytesB = medianRun(results.reconnect.naive, (r) => r.meanBytes);
    const met = bytesA && bytesB ? bytesA.meanBytes <= bytesB.meanBytes : null;
    targets.push({
      id: 'resync-bytes',
      label: `resync bytes per observer after missing ${results.meta.config.reconnect.missedEvents} events`,
      target: '≤ the missed events, never more than one snapshot',
      measured: bytesA ? `${Math.round(bytesA.meanBytes)} B` : '–',
      baseline: bytesB ? `${Math.round(bytesB.meanBytes)} B (whole state)` : '–',
      ratio: ratioOf(bytesA?.meanBytes, bytesB?.meanBytes),
      met,
      limit: null,
    });
  }

  {
    const a = medianRun(results.cold.series.placard, (r) => r.readyMs);
    const b = medianRun(results.cold.series.naive, (r) => r.readyMs);
    const warm = medianRun(results.cold.warmCache, (r) => r.readyMs);
    const met = a ? a.readyMs <= 1000 : null;
    targets.push({
      id: 'cold-start',
      label: `cold start, ${results.cold.log.events.toLocaleString('en')}-event log: spawn → first observer holds the snapshot`,
      target: '≤ 1 s',
      measured: a ? `${msText(a.readyMs)} (committee load ${msText(a.loadMs)})` : '–',
      baseline: b ? `${msText(b.readyMs)} (full replay ${msText(b.loadMs)})` : '–',
      ratio: ratioOf(a?.readyMs, b?.readyMs),
      met,
      limit:
        met === false && a
          ? `Loading the committee (latest snapshot + the events after it) takes only ${msText(a.loadMs)}. The process is listening ${msText(a.bootMs)} after it started, most of it Node starting and loading the server's modules (Fastify, Socket.IO, zod and the TypeScript sources of the server and the rules engine, type-stripped and compiled); then ${msText(a.readyMs - a.bootMs)} pass until the first observer holds the snapshot, which after ${results.cold.log.events.toLocaleString('en')} events is ${kb(results.cold.log.stateBytes)} of JSON (every vote keeps its full roll of members).${warm ? ` That is a first start. Every later one (a restart after a crash or a reboot) finds the compiled modules in the compile cache \`pnpm start\` keeps (\`module.enableCompileCache()\`, scripts/start.ts) and is ready in ${msText(warm.readyMs)}.` : ''}`
          : null,
    });
  }

  for (const [route, label] of [
    ['/board/[committee]', 'board page'],
    ['/seat/[committee]', 'delegate page'],
  ] as const) {
    const page = results.bundles.pages.find((p) => p.route === route);
    const met = page ? page.gzipBytes <= 60 * 1024 : null;
    targets.push({
      id: `js-${label.split(' ')[0]}`,
      label: `${label} JavaScript, gzipped (${route})`,
      target: '≤ 60 KB',
      measured: page ? kb(page.gzipBytes) : 'not built',
      baseline: '–',
      ratio: null,
      met,
      limit:
        met === false && page
          ? `Its largest files: ${(page.largest ?? []).map((f) => `${kb(f.gzipBytes)} (${f.holds})`).join(', ') || 'see (f)'}. The live client (socket.io-client and the shared rules engine that applies the events) and the Svelte runtime are loaded on first render.`
          : null,
    });
  }
  return targets;
}

const metText = (met: boolean | null): string => (met === null ? '–' : met ? 'yes' : '**no**');

export function renderMarkdown(results: BenchResults): string {
  const { meta } = results;
  const c = meta.config;
  const lines: string[] = [];
  const push = (...more: string[]): void => {
    lines.push(...more);
  };
  push(
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` (bench/run.ts${meta.mode === 'smoke' ? ' --smoke: small sizes, not a measurement' : ''}). ` +
      'Targets and method: `shared/reference/performance.md`; the scenarios are those of issue 12.',
    '',
    '## Run',
    '',
    '| | |',
    '|---|---|',
    `| Date | ${meta.date} |`,
    `| Machine | ${meta.cores} cores (nproc), ${meta.cpuModel}, ${meta.memoryGiB} GiB |`,
    `| Node | ${meta.node} |`,
    `| Commit | \`${meta.commit}\`${meta.uncommittedFiles > 0 ? ` (working tree with ${meta.uncommittedFiles} uncommitted files of other work in progress)` : ''} |`,
    `| Pinning | ${meta.pinned ? 'server `taskset -c 0`; load generators and orchestrator `taskset -c 1`' : '**not pinned** (no taskset or one core)'} |`,
    `| Load average (1/5/15 min) | before ${meta.loadBefore.map((l) => l.toFixed(2)).join(' / ')}; after ${meta.loadAfter.map((l) => l.toFixed(2)).join(' / ')} |`,
    `| Runs | ${c.reps} per server per scenario, interleaved Placard / naive / Placard / naive …; median run reported |`,
    `| Duration | ${Math.round(meta.durationS / 60)} min |`,
    '',
    '## Targets',
    '',
    "Placard = the median run of Placard's server; baseline = the median run of the naive server (default Socket.IO, the whole state to everyone on every change, no slicing, no priorities) in the same run. Ratio = Placard ÷ baseline (lower is better).",
    '',
    '| Metric | Target | Placard | Naive baseline | Ratio | Met |',
    '|---|---|---|---|---|---|',
  );
  for (const t of results.targets) {
    push(
      `| ${t.label} | ${t.target} | ${t.measured} | ${t.baseline} | ${ratioText(t.ratio)} | ${metText(t.met)} |`,
    );
  }
  const unmet = results.targets.filter((t) => t.met === false);
  if (unmet.length > 0) {
    push('', '### Targets not met: what limits them', '');
    for (const t of unmet)
      push(`- **${t.label}**: ${t.measured} (target ${t.target}). ${t.limit ?? ''}`);
  }

  push(
    '',
    '## (a) Chair actions with 15 delegates and N observers',
    '',
    `${c.fanout.actions} chair actions (alternately adding and removing a delegation on the speakers' list) one every ${c.fanout.intervalMs} ms on a fixed schedule, after everyone has connected, ${c.settleMs / 1000} s of settling (the collections V8 starts after a burst of connections belong to scenario c) and ${c.fanout.warmup} warm-up actions; latencies from the intended send time, in ms, as p50 / p99 / max. "Chair + delegates" is when the chair and all 15 members hold the action's seq; "last observer" is, per action, the slowest observer; "every delivery" pools all observers' deliveries. Server CPU is the main thread's (\`process.threadCpuUsage\`: the event loop, where commands and fan-out run, scavenges included) over the window, less its idle rate (pings, timers, the event-loop monitor: the lower of 1 s measured just before and 1 s just after); per recipient = CPU per action ÷ (N + 16). The whole process's figure adds V8's concurrent collector threads, which run on the same pinned core but in lumps, so it is noisier. "Server loop delay" is how late a 10 ms sampling timer fired in the server (\`monitorEventLoopDelay\`, its own period taken out): the longest the loop was held by one task.`,
    '',
    '| N | Server | Chair + delegates | Last observer | Every delivery (p50 / p99) | Ack | Server CPU per action | per recipient | per recipient, whole process | Server loop delay p99 | Generators (max / sum of core) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const { observers, series } of results.fanout) {
    for (const kind of ['placard', 'naive'] as const) {
      const run = medianRun(series[kind], (r) => r.lastObserver?.p99 ?? r.delegates.p99);
      if (!run) continue;
      push(
        `| ${observers.toLocaleString('en')} | ${kind} | ${triple(run.delegates)} | ${triple(run.lastObserver)} | ${run.observerDeliveries ? `${f1(run.observerDeliveries.p50)} / ${f1(run.observerDeliveries.p99)}` : '–'} | ${triple(run.ack)} | ${f1(run.serverCpuMsPerAction)} ms | ${f1(run.serverCpuUsPerRecipient)} µs | ${f1(run.serverProcessCpuUsPerRecipient)} µs | ${f1(run.serverLoop.p99)} ms | ${Math.round(run.load.max * 100)}% / ${Math.round(run.load.total * 100)}% |`,
      );
    }
  }
  for (const observers of [...new Set(results.floor.map((r) => r.observers))]) {
    const floor = medianRun(
      results.floor.filter((r) => r.observers === observers),
      (r) => r.lastObserver.p99,
    );
    if (!floor) continue;
    push(
      `| ${observers.toLocaleString('en')} | floor (bare write) | – | ${triple(floor.lastObserver)} | – | – | – | ${f1(floor.serverCpuUsPerRecipient)} µs | ${f1(floor.serverProcessCpuUsPerRecipient)} µs | – | ${Math.round(floor.load.max * 100)}% / ${Math.round(floor.load.total * 100)}% |`,
    );
  }
  if (results.floor.length > 0) {
    push(
      '',
      `"floor (bare write)" is bench/floorServer.ts: a bare HTTP server that accepts the WebSocket upgrade itself and broadcasts by writing one prepared frame to each connection, nothing else (no Socket.IO, no Engine.IO, no committee, no slicing): the least any server can spend per observer on this machine, and how soon the last observer can have a broadcast (${Math.min(50, results.meta.config.fanout.actions)} broadcasts on the same schedule, the same light probes).`,
    );
  }
  push('', 'Every run (p99 of chair + delegates / p99 of last observer, ms):', '');
  for (const { observers, series } of results.fanout) {
    for (const kind of ['placard', 'naive'] as const) {
      push(
        `- N = ${observers.toLocaleString('en')}, ${kind}: ${series[kind].map((r) => `${f1(r.delegates.p99)} / ${f1(r.lastObserver?.p99)}${r.saturated ? ' (generator saturated, kept after 2 discards)' : ''}`).join('; ')}`,
      );
    }
  }

  push(
    '',
    '### Durable ack: no observers, database on disk',
    '',
    `The fan-out runs above keep their database on tmpfs (${meta.config.dbDir}) so that the fsync of a disk shared with other work does not mask the fan-out. This run is the N = 0 case with the database on disk (${meta.config.diskDir}): each ack includes a synchronous=FULL commit. Disk when the run started: one-row commits p50 ${f1(meta.fsync.p50)} ms, p99 ${f1(meta.fsync.p99)} ms.`,
    '',
    '| Server | Ack | Chair + delegates |',
    '|---|---|---|',
  );
  for (const kind of ['placard', 'naive'] as const) {
    const run = medianRun(results.durableAck[kind], (r) => r.ack.p99);
    if (run) push(`| ${kind} | ${triple(run.ack)} | ${triple(run.delegates)} |`);
  }

  push(
    '',
    `## (b) 15-vote bursts with ${c.burst.observers.toLocaleString('en')} observers`,
    '',
    `${c.burst.rounds} rounds after ${c.burst.warmupRounds} warm-up rounds: a member moves a caucus, another seconds, the chair puts it to the vote, and the 15 members vote on a fixed schedule within ${c.burst.spreadMs} ms; then the chair closes the vote and ends the caucus. Latency from each vote's intended send time (ms, p50 / p99 / max). The phones' send slack is how late their process sent each vote after its intended time (it also receives every vote's broadcast on 16 sockets); "ack from the actual send" leaves that slack out.`,
    '',
    "| Server | Vote ack | Vote → chair + all members | Phones' send slack | Ack from the actual send | Server loop delay p99 | Server GC pause max | Generators (max / sum) |",
    '|---|---|---|---|---|---|---|---|',
  );
  for (const kind of ['placard', 'naive'] as const) {
    const run = medianRun(results.burst[kind], (r) => r.ack.p99);
    if (!run) continue;
    push(
      `| ${kind} | ${triple(run.ack)} | ${triple(run.delegates)} | ${triple(run.sendSlack)} | ${triple(run.ackFromSent)} | ${f1(run.serverLoop.p99)} ms | ${f1(run.serverLoop.gcMax)} ms | ${Math.round(run.load.max * 100)}% / ${Math.round(run.load.total * 100)}% |`,
    );
  }
  push(
    '',
    `Every run (vote ack p99, ms): Placard ${results.burst.placard.map((r) => f1(r.ack.p99)).join(', ')}; naive ${results.burst.naive.map((r) => f1(r.ack.p99)).join(', ')}.`,
  );

  push(
    '',
    `## (c) ${c.reconnect.observers.toLocaleString('en')} observers reconnecting at once`,
    '',
    `All observers drop; the chair acts ${c.reconnect.missedEvents} times; then every observer reconnects at once (each with the seq it holds as \`lastSeq\`). Time from the start of the reconnect until each holds the head seq (ms, p50 / p99 / max), and the bytes each received to get there.`,
    '',
    '| Server | Per observer | All resynced | Bytes per observer | Generators (max / sum) |',
    '|---|---|---|---|---|',
  );
  for (const kind of ['placard', 'naive'] as const) {
    const run = medianRun(results.reconnect[kind], (r) => r.allResyncedMs);
    if (!run) continue;
    push(
      `| ${kind} | ${triple(run.resync)} | ${msText(run.allResyncedMs)} | ${Math.round(run.meanBytes)} | ${Math.round(run.load.max * 100)}% / ${Math.round(run.load.total * 100)}% |`,
    );
  }

  push(
    '',
    `## (d) Memory per idle observer`,
    '',
    `Server started with \`--expose-gc\`; warmed with 50 connections; \`gc()\` twice, then a memory-reducing collection; RSS; ${c.memory.observers.toLocaleString('en')} observers connect (light probes, idle); the same collections; (RSS after − RSS before) ÷ N. The memory-reducing collection (\`gc({ flavor: 'last-resort' })\`) also shrinks V8's young generation, which a burst of connections grows by a fixed 16–128 MiB whatever N; the figure after \`gc()\` twice only is given too.`,
    '',
    '| Server | RSS per observer | RSS per observer, gc() twice only | Heap + external per observer | RSS before → after |',
    '|---|---|---|---|---|',
  );
  for (const kind of ['placard', 'naive'] as const) {
    const run = medianRun(results.memory[kind], (r) => r.rssPerObserverKiB);
    if (!run) continue;
    push(
      `| ${kind} | ${f1(run.rssPerObserverKiB)} KiB | ${f1(run.rssPlainPerObserverKiB)} KiB | ${f1(run.heapPerObserverKiB)} KiB | ${f1(run.before.rss / 2 ** 20)} → ${f1(run.after.rss / 2 ** 20)} MiB |`,
    );
  }

  push(
    '',
    `## (e) Cold start of a committee with a ${results.cold.log.events.toLocaleString('en')}-event log`,
    '',
    `The log is a long session written through the real committee room (speakers' list rounds, caucus motions put to placard votes; snapshots every 500 events as in production; final state ${kb(results.cold.log.stateBytes)} of JSON). Each start copies it to a fresh file. "Ready" = from spawning the server process until an observer holds the snapshot; "load" = reading the committee (Placard: latest snapshot + the events after it; naive: every event replayed); "boot" = process start until listening.`,
    '',
    '| Server | Ready | Load | Boot |',
    '|---|---|---|---|',
  );
  for (const [label, runs] of [
    ['placard', results.cold.series.placard],
    ['naive', results.cold.series.naive],
    [
      "placard, a later start (Node's compile cache warm, as `pnpm start` keeps it)",
      results.cold.warmCache,
    ],
  ] as const) {
    const run = medianRun(runs, (r) => r.readyMs);
    if (!run) continue;
    push(`| ${label} | ${msText(run.readyMs)} | ${msText(run.loadMs)} | ${msText(run.bootMs)} |`);
  }

  push('', '## (f) Gzipped JavaScript per page', '');
  if (results.bundles.pages.length === 0) {
    push(`No bundle report at \`${results.bundles.report}\` (run \`pnpm build\`).`);
  } else {
    push(
      `From the build's bundle report (web/bundleReport.ts; built ${results.bundles.builtAt}): the client entry, the root layout, the page and everything they import statically.`,
      '',
      '| Page | Files | Gzipped JS | Largest files (gzipped) |',
      '|---|---|---|---|',
      ...results.bundles.pages.map(
        (p) =>
          `| \`${p.route}\` | ${p.files} | ${kb(p.gzipBytes)} | ${(p.largest ?? []).map((f) => `${kb(f.gzipBytes)} ${f.holds}`).join('; ') || '–'} |`,
      ),
    );
  }

  const discarded = [
    ...results.fanout.flatMap(({ observers, series }) =>
      series.discarded.map(
        (d) =>
          `fan-out N=${observers} ${d.kind} #${d.rep} (generator at ${Math.round(d.max * 100)}%)`,
      ),
    ),
    ...results.burst.discarded.map(
      (d) => `burst ${d.kind} #${d.rep} (${Math.round(d.max * 100)}%)`,
    ),
    ...results.reconnect.discarded.map(
      (d) => `reconnect ${d.kind} #${d.rep} (${Math.round(d.max * 100)}%)`,
    ),
  ];
  push(
    '',
    '## Method',
    '',
    '- Processes: the server under test alone on core 0 (`taskset -c 0`); on core 1 the orchestrator, the actors (the chair and the 15 members: real `socket.io-client` sockets over WebSocket in one process) and the observer generators. Observers are light probes (a WebSocket client written on a raw TCP socket that speaks Engine.IO v4 / Socket.IO v5: sends the CONNECT packet with the handshake auth, answers ping `2` with `3`, timestamps each message on arrival and reads only its event name and `seq`) in processes of up to ' +
      `${c.probesPerGenerator.toLocaleString('en')}, plus ${c.realProbes} real \`socket.io-client\` observers in their own process (half WebSocket only, half on the default long-polling-then-upgrade path).`,
    "- Priorities: this machine is shared with other work (builds, browser tests), so the benchmark runs above it: the server and the phones at `nice -n -10`, the observer generators at `nice -n -5` (so the phones' sends and timestamps go first on the core they share with them).",
    `- Every load-generator process reports its CPU (\`process.cpuUsage\`) over the measured window; a run where one passes ${c.maxGeneratorShare * 100}% of its core is discarded and rerun with the probes spread over twice as many processes.`,
    '- Times are `performance.timeOrigin + performance.now()` in every process; commands are sent on a fixed schedule and latencies are measured from the intended send time, not the actual one (no coordinated omission). Each run starts fresh processes and a fresh database, warms up, then measures.',
    '- The naive server (bench/naiveServer.ts) runs the same committee room (validation, shared decide/evolve, the same SQLite event store with a durable commit before the ack) and differs only in what it sends: the whole state to one room on every change, synchronously, with default Socket.IO options; it loads a committee by replaying every event.',
    "- Placard's server is `buildApp` with its default live options (bench/placardServer.ts), as `pnpm start` runs it.",
    `- Discarded runs: ${discarded.length === 0 ? 'none' : discarded.join('; ')}.`,
    '',
  );
  return lines.join('\n');
}
