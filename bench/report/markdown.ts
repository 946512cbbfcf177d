/** docs/BENCHMARKS.md from a run's results. */
import { fanoutSection } from './fanoutSection.ts';
import { f1, kb, metText, msText, ratioText, triple } from './format.ts';
import { SERVER_KINDS, type ServerKind } from '../lib/fleet.ts';
import type { RunBase } from '../scenarios/index.ts';
import { medianRun, type BenchResults, type Series } from './results.ts';

/** A table row for each server that ran the scenario, from its median run by `key`. */
function rowsPerServer<R extends RunBase>(
  series: Series<R>,
  key: (run: R) => number,
  row: (kind: ServerKind, run: R) => string,
): string[] {
  return SERVER_KINDS.flatMap((kind) => {
    const run = medianRun(series[kind], key);
    return run ? [row(kind, run)] : [];
  });
}

/** The whole of docs/BENCHMARKS.md. */
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
    `| Runs | ${c.reps} per server per scenario, interleaved Placard / naive / Placard / naive … (in the fan-out scenario with observers: Placard / Placard with the fast lane off / naive …); median run reported |`,
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

  push(...fanoutSection(results));

  push(
    '',
    '### Durable ack: no observers, database on disk',
    '',
    `The fan-out runs above keep their database on tmpfs (${meta.config.dbDir}) so that the fsync of a disk shared with other work does not mask the fan-out. This run is the N = 0 case with the database on disk (${meta.config.diskDir}): each ack includes a synchronous=FULL commit. Disk when the run started: one-row commits p50 ${f1(meta.fsync.p50)} ms, p99 ${f1(meta.fsync.p99)} ms.`,
    '',
    '| Server | Ack | Chair + delegates |',
    '|---|---|---|',
  );
  push(
    ...rowsPerServer(
      results.durableAck,
      (r) => r.ack.p99,
      (kind, run) => `| ${kind} | ${triple(run.ack)} | ${triple(run.delegates)} |`,
    ),
  );

  push(
    '',
    `## (b) 15-vote bursts with ${c.burst.observers.toLocaleString('en')} observers`,
    '',
    `${c.burst.rounds} rounds after ${c.burst.warmupRounds} warm-up rounds: a member moves a caucus, another seconds, the chair puts it to the vote, and the 15 members vote on a fixed schedule within ${c.burst.spreadMs} ms; then the chair closes the vote and ends the caucus. Latency from each vote's intended send time (ms, p50 / p99 / max). The phones' send slack is how late their process sent each vote after its intended time (it also receives every vote's broadcast on 16 sockets); "ack from the actual send" leaves that slack out.`,
    '',
    "| Server | Vote ack | Vote → chair + all members | Phones' send slack | Ack from the actual send | Server loop delay p99 | Server GC pause max | Generators (max / sum) |",
    '|---|---|---|---|---|---|---|---|',
  );
  push(
    ...rowsPerServer(
      results.burst,
      (r) => r.ack.p99,
      (kind, run) =>
        `| ${kind} | ${triple(run.ack)} | ${triple(run.delegates)} | ${triple(run.sendSlack)} | ${triple(run.ackFromSent)} | ${f1(run.serverLoop.p99)} ms | ${f1(run.serverLoop.gcMax)} ms | ${Math.round(run.load.max * 100)}% / ${Math.round(run.load.total * 100)}% |`,
    ),
  );
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
  push(
    ...rowsPerServer(
      results.reconnect,
      (r) => r.allResyncedMs,
      (kind, run) =>
        `| ${kind} | ${triple(run.resync)} | ${msText(run.allResyncedMs)} | ${Math.round(run.meanBytes)} | ${Math.round(run.load.max * 100)}% / ${Math.round(run.load.total * 100)}% |`,
    ),
  );

  push(
    '',
    `## (d) Memory per idle observer`,
    '',
    `Server started with \`--expose-gc\`; warmed with 50 connections; \`gc()\` twice, then a memory-reducing collection; RSS; ${c.memory.observers.toLocaleString('en')} observers connect (light probes, idle); the same collections; (RSS after − RSS before) ÷ N. The memory-reducing collection (\`gc({ flavor: 'last-resort' })\`) also shrinks V8's young generation, which a burst of connections grows by a fixed 16–128 MiB whatever N; the figure after \`gc()\` twice only is given too.`,
    '',
    '| Server | RSS per observer | RSS per observer, gc() twice only | Heap + external per observer | RSS before → after |',
    '|---|---|---|---|---|',
  );
  push(
    ...rowsPerServer(
      results.memory,
      (r) => r.rssPerObserverKiB,
      (kind, run) =>
        `| ${kind} | ${f1(run.rssPerObserverKiB)} KiB | ${f1(run.rssPlainPerObserverKiB)} KiB | ${f1(run.heapPerObserverKiB)} KiB | ${f1(run.before.rss / 2 ** 20)} → ${f1(run.after.rss / 2 ** 20)} MiB |`,
    ),
  );

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
    '- "Placard, fast lane off" (fan-out scenario (a), N > 0 only) is the same server started with `PLACARD_OBSERVER_FAST_LANE=off`: every observer batch goes through Socket.IO\'s own per-socket emit instead of being encoded once and written straight to each idle WebSocket connection (server/src/live/observerWire.ts, whose reads of Engine.IO and ws internals are checked at run time in server/src/live/fastLane/engineAccess.ts); slicing, coalescing and priorities are unchanged. It runs interleaved with the other two in the same run, and the table "Does the observers\' fast lane pay?" gives its server CPU per recipient and last-observer p99 beside Placard\'s and the baseline\'s, with the ratios (on ÷ off below 1: the fast lane pays).',
    `- Discarded runs: ${discarded.length === 0 ? 'none' : discarded.join('; ')}.`,
    '',
  );
  return lines.join('\n');
}
