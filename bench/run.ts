/**
 * `pnpm bench` / `pnpm bench:smoke`: Placard's fan-out benchmarks.
 *
 * The server under test runs pinned to core 0 and the load generators to core
 * 1, each in its own process. Every scenario runs Placard's server and the
 * naive baseline (bench/naiveServer.ts) interleaved A/B/A/B in the same run,
 * and the fan-out scenario also Placard's server with the observers' fast lane
 * off, so one run shows whether the fast lane still pays; a run whose load
 * generator passes 70% of its core is discarded and retried with the probes
 * spread over twice as many processes. The full run writes docs/BENCHMARKS.md
 * and docs/BENCHMARKS.json; `--smoke` runs every scenario small (≤ 2 minutes)
 * and fails only when the harness breaks, never on a timing. The command line:
 * runConfig.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { interleaver } from './interleave.ts';
import { BENCH_DIR, hasTaskset } from './lib/child.ts';
import { SERVER_KINDS } from './lib/fleet.ts';
import { cpuModel, git, openFilesLimit } from './lib/machine.ts';
import { nowMs } from './lib/time.ts';
import {
  emptySeries,
  evaluateTargets,
  renderMarkdown,
  type BenchResults,
  type Series,
} from './report/index.ts';
import { planRun } from './runConfig.ts';
import {
  burstRun,
  coldRun,
  fanoutRun,
  floorRun,
  fsyncProbe,
  makeColdLog,
  memoryRun,
  readBundles,
  reconnectRun,
  type BurstRun,
  type ColdRun,
  type FanoutRun,
  type FloorRun,
  type MemoryRun,
  type ReconnectRun,
} from './scenarios/index.ts';

const ROOT = join(BENCH_DIR, '..');
const cores = availableParallelism();
const pinned = hasTaskset() && cores >= 2;
const { smoke, partial, config, deadlineMs, wants } = planRun(process.argv, pinned);
const { dbDir, diskDir } = config;
const started = nowMs();

const log = (line: string): void => {
  const t = ((nowMs() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${t}s] ${line}\n`);
};

const deadline = setTimeout(() => {
  log(`FAILED: the run passed its ${deadlineMs / 1000} s limit`);
  process.exit(1);
}, deadlineMs);
deadline.unref();

const interleave = interleaver(config, log);
const ms = (value: number | undefined): string =>
  value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(1)}ms`;

async function main(): Promise<void> {
  const loadBefore = loadavg();
  log(
    `${smoke ? 'smoke' : 'full'} run; ${cores} cores, ${pinned ? 'server on core 0, load on core 1' : 'NOT pinned'}; load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
  );
  if (pinned) execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });
  const files = openFilesLimit();
  const largest = Math.max(
    ...config.fanout.observers,
    config.burst.observers,
    config.memory.observers,
  );
  if (files < largest + 200) {
    throw new Error(`the open-files limit is ${files}; ${largest + 200} are needed (ulimit -n)`);
  }

  const fsync = fsyncProbe(diskDir);
  log(
    `disk: one-row FULL commits p50 ${ms(fsync.p50)}, p99 ${ms(fsync.p99)} (${diskDir}); fan-out databases in ${dbDir}`,
  );

  const fanout: { observers: number; series: Series<FanoutRun> }[] = [];
  for (const observers of wants('fanout') ? config.fanout.observers : []) {
    fanout.push({
      observers,
      series: await interleave(
        `fanout N=${observers}`,
        (kind, spread) => fanoutRun(config, kind, observers, spread),
        (r) =>
          `delegates p99 ${ms(r.delegates.p99)}, last observer p99 ${ms(r.lastObserver?.p99)}, ack p99 ${ms(r.ack.p99)}, server ${r.serverCpuUsPerRecipient.toFixed(1)}µs/recipient${r.missing ? `, MISSING ${r.missing}` : ''}`,
        // With no observers the fast lane has nothing to do: the third server would measure nothing.
        { kinds: observers > 0 ? SERVER_KINDS : ['placard', 'naive'] },
      ),
    });
  }
  // The bare-write reference at the sizes the observer targets are set for.
  const floor: FloorRun[] = [];
  const large = config.fanout.observers.filter((n) => n >= 2000);
  const floorSizes = large.length > 0 ? large : [Math.max(0, ...config.fanout.observers)];
  for (const observers of wants('floor') ? floorSizes.filter((n) => n > 0) : []) {
    for (let rep = 1; rep <= config.reps; rep++) {
      const run = await floorRun(config, observers);
      log(
        `floor N=${observers} #${rep}: ${run.serverCpuUsPerRecipient.toFixed(1)}µs/recipient, last observer p50 ${ms(run.lastObserver.p50)} p99 ${ms(run.lastObserver.p99)}`,
      );
      floor.push(run);
    }
  }
  const durableAck = wants('durable')
    ? await interleave(
        'durable ack N=0 (database on disk)',
        (kind, spread) => fanoutRun(config, kind, 0, spread, true),
        (r) =>
          `ack p50 ${ms(r.ack.p50)} p99 ${ms(r.ack.p99)}, delegates p99 ${ms(r.delegates.p99)}`,
      )
    : emptySeries<FanoutRun>();
  const burst = wants('burst')
    ? await interleave(
        `burst N=${config.burst.observers}`,
        (kind, spread) => burstRun(config, kind, spread),
        (r) => `ack p99 ${ms(r.ack.p99)}, delegates p99 ${ms(r.delegates.p99)}`,
      )
    : emptySeries<BurstRun>();
  const reconnect = wants('reconnect')
    ? await interleave(
        `reconnect N=${config.reconnect.observers}`,
        (kind, spread) => reconnectRun(config, kind, spread),
        (r) =>
          `all resynced ${ms(r.allResyncedMs)}, p99 ${ms(r.resync.p99)}, ${Math.round(r.meanBytes)} B/observer${r.notResynced ? `, NOT RESYNCED ${r.notResynced}` : ''}`,
      )
    : emptySeries<ReconnectRun>();
  const memory = wants('memory')
    ? await interleave(
        `memory N=${config.memory.observers}`,
        (kind) => memoryRun(config, kind),
        (r) =>
          `${r.rssPerObserverKiB.toFixed(1)} KiB RSS, ${r.heapPerObserverKiB.toFixed(1)} KiB heap per observer`,
        { retries: false },
      )
    : emptySeries<MemoryRun>();
  let cold: BenchResults['cold'] = {
    log: { events: 0, stateBytes: 0, buildMs: 0 },
    series: emptySeries(),
    warmCache: [],
  };
  if (wants('cold')) {
    log(`building a ${config.coldStart.events}-event log`);
    const coldLog = await makeColdLog(config);
    log(
      `log: ${coldLog.seq} events, state ${Math.round(coldLog.stateBytes / 1024)} KiB, built in ${Math.round(coldLog.ms)} ms`,
    );
    try {
      const describeCold = (r: ColdRun): string =>
        `ready ${ms(r.readyMs)} (load ${ms(r.loadMs)}, boot ${ms(r.bootMs)})`;
      const series = await interleave(
        `cold start ${coldLog.seq} events`,
        (kind) => coldRun(config, kind, coldLog),
        describeCold,
        { retries: false },
      );
      const warmCache: ColdRun[] = [];
      for (let rep = 1; rep <= config.reps; rep++) {
        const run = await coldRun(config, 'placard', coldLog, true);
        log(`cold start placard with Node's compile cache #${rep}: ${describeCold(run)}`);
        warmCache.push(run);
      }
      cold = {
        log: { events: coldLog.seq, stateBytes: coldLog.stateBytes, buildMs: coldLog.ms },
        series,
        warmCache,
      };
    } finally {
      rmSync(coldLog.dir, { recursive: true, force: true });
    }
  }
  const webDir = join(ROOT, 'web');
  let bundles = readBundles(webDir);
  if (bundles.pages.length === 0 && !smoke && wants('bundles')) {
    log('no bundle report: building the web app');
    spawnSync('pnpm', ['--filter', '@placard/web', 'build'], {
      cwd: ROOT,
      stdio: 'ignore',
      timeout: 600_000,
    });
    bundles = readBundles(webDir);
  }
  log(
    bundles.pages.length === 0
      ? 'page JavaScript: no bundle report (run pnpm build)'
      : `page JavaScript: ${bundles.pages.map((p) => `${p.route} ${(p.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`,
  );

  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      mode: smoke ? 'smoke' : 'full',
      cores,
      cpuModel: cpuModel(),
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      commit: git(ROOT, 'rev-parse', 'HEAD'),
      uncommittedFiles: git(ROOT, 'status', '--porcelain').split('\n').filter(Boolean).length,
      pinned,
      loadBefore,
      loadAfter: loadavg(),
      durationS: Math.round((nowMs() - started) / 1000),
      config,
      fsync,
    },
    fanout,
    floor,
    durableAck,
    burst,
    reconnect,
    memory,
    cold,
    bundles,
    targets: [],
  };
  const withTargets: BenchResults = { ...results, targets: evaluateTargets(results) };

  const broken: string[] = [];
  for (const { observers, series } of fanout) {
    for (const run of SERVER_KINDS.flatMap((kind) => series[kind])) {
      if (run.missing > 0)
        broken.push(`fan-out N=${observers} ${run.kind}: ${run.missing} deliveries missing`);
    }
  }
  for (const run of [...reconnect.placard, ...reconnect.naive]) {
    if (run.notResynced > 0)
      broken.push(`reconnect ${run.kind}: ${run.notResynced} observers never resynced`);
  }

  const markdown = renderMarkdown(withTargets);
  const json = `${JSON.stringify(withTargets, null, 2)}\n`;
  if (smoke || partial) {
    const dir = join(ROOT, 'artifacts', 'bench');
    const name = smoke ? 'smoke' : 'partial';
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.md`), markdown);
    writeFileSync(join(dir, `${name}.json`), json);
    log(`wrote artifacts/bench/${name}.md and ${name}.json`);
  } else {
    writeFileSync(join(ROOT, 'docs', 'BENCHMARKS.md'), markdown);
    writeFileSync(join(ROOT, 'docs', 'BENCHMARKS.json'), json);
    log('wrote docs/BENCHMARKS.md and docs/BENCHMARKS.json');
  }
  for (const target of withTargets.targets) {
    log(
      `${target.met === null ? '·' : target.met ? '✓' : '✗'} ${target.label}: ${target.measured} (target ${target.target})`,
    );
  }
  if (broken.length > 0) {
    // Lost deliveries mean the harness (or the server) is broken, not slow.
    for (const line of broken) log(`BROKEN: ${line}`);
    if (smoke) process.exitCode = 1;
  }
  log(`done in ${Math.round((nowMs() - started) / 1000)} s`);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
