/**
 * The scenarios. Each `…Run` is one run against one server (Placard's or the
 * naive baseline); run.ts interleaves them A/B/A/B and picks the median run.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import type { MadeLog } from './makeLog.ts';
import type { ObserverReport, ReconnectReport } from './observers.ts';
import { openDatabase } from '../server/src/index.ts';
import { Child, PRIORITY } from './lib/child.ts';
import { withFleet, type FleetOptions, type ServerKind } from './lib/fleet.ts';
import type { CpuReading, LoopReading, MemReading, ServerInfo } from './lib/serverControl.ts';
import { Histogram, summarize, type Summary } from './lib/stats.ts';
import { nowMs, sleep, withTimeout } from './lib/time.ts';

export interface BenchConfig {
  readonly smoke: boolean;
  readonly reps: number;
  readonly serverCore: number | null;
  readonly loadCore: number | null;
  readonly fanout: {
    readonly observers: readonly number[];
    readonly warmup: number;
    readonly actions: number;
    readonly intervalMs: number;
  };
  readonly burst: {
    readonly observers: number;
    readonly warmupRounds: number;
    readonly rounds: number;
    readonly spreadMs: number;
  };
  readonly reconnect: { readonly observers: number; readonly missedEvents: number };
  readonly memory: { readonly observers: number };
  readonly coldStart: { readonly events: number };
  readonly realProbes: number;
  readonly probesPerGenerator: number;
  /**
   * Idle time after everyone has connected, before the warm-up: V8 finishes the collections
   * that the burst of connections started (a major one of 10–20 ms), which belong to the
   * connection storm (scenario c), not to the steady state measured with observers live.
   */
  readonly settleMs: number;
  /**
   * Where the fan-out scenarios keep their databases: tmpfs when there is one, so that the
   * fsync of a disk shared with other work does not mask the fan-out. The durable-ack
   * scenario and the cold start use `diskDir`.
   */
  readonly dbDir: string;
  readonly diskDir: string;
  /** Chair actions with no observers, database on disk (durable commit in the ack). */
  readonly durableAck: { readonly actions: number };
  /** A run where one generator process used more than this share of its core is discarded. */
  readonly maxGeneratorShare: number;
}

/** CPU share of each load-generator process over the measured window. */
export interface GeneratorLoad {
  readonly shares: readonly number[];
  readonly max: number;
  readonly total: number;
}

export interface RunBase {
  readonly kind: ServerKind;
  readonly load: GeneratorLoad;
  readonly saturated: boolean;
}

const fleetOptions = (
  config: BenchConfig,
  kind: ServerKind,
  observers: number,
  spread: number,
  extra: Partial<FleetOptions> = {},
): FleetOptions => ({
  kind,
  server: { dbDir: config.dbDir },
  serverCore: config.serverCore,
  loadCore: config.loadCore,
  observers,
  realProbes: config.realProbes,
  probesPerGenerator: Math.max(50, Math.floor(config.probesPerGenerator / spread)),
  actors: true,
  ...extra,
});

const loadOf = (config: BenchConfig, shares: readonly number[]): GeneratorLoad => {
  const max = Math.max(0, ...shares);
  return { shares, max, total: shares.reduce((a, b) => a + b, 0) };
};

/** CPU ms between two readings: the whole process, and the main thread alone. */
const cpuMs = (from: CpuReading, to: CpuReading): { process: number; thread: number } => ({
  process: (to.user - from.user + (to.system - from.system)) / 1000,
  thread: (to.threadUser - from.threadUser + (to.threadSystem - from.threadSystem)) / 1000,
});

/**
 * The server's CPU rate (ms per ms) over a quiet second with everyone connected: pings,
 * timers, the event-loop monitor. Taken before and after a window and the lower one
 * subtracted, so that a collection finishing in one of them is not subtracted too.
 */
async function idleRate(server: Child): Promise<{ process: number; thread: number }> {
  const from = await server.request<CpuReading>('cpu');
  await sleep(1000);
  const to = await server.request<CpuReading>('cpu');
  const used = cpuMs(from, to);
  return { process: used.process / (to.at - from.at), thread: used.thread / (to.at - from.at) };
}

/** CPU over a window less the idle rate (the lower of two idle readings), per kind. */
function busyMs(
  from: CpuReading,
  to: CpuReading,
  idle: readonly { process: number; thread: number }[],
): { process: number; thread: number } {
  const used = cpuMs(from, to);
  const span = to.at - from.at;
  return {
    process: Math.max(0, used.process - Math.min(...idle.map((i) => i.process)) * span),
    thread: Math.max(0, used.thread - Math.min(...idle.map((i) => i.thread)) * span),
  };
}

// ---------------------------------------------------------------- (a) fan-out

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
    await fleet.all('start');
    const run = await actors.actions(actions, intervalMs);
    const lastSeq = Math.max(...run.commands.map((command) => command.seq));
    const behind = await fleet.all<{ behind: number }>(
      'awaitSeq',
      { seq: lastSeq, timeoutMs: 30_000 },
      40_000,
    );
    const cpu1 = await fleet.server.request<CpuReading>('cpu');
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
    const load = loadOf(config, [...run.shares, ...shares.map((s) => s.share)]);
    return {
      kind,
      observers,
      load,
      saturated: load.max > config.maxGeneratorShare,
      delegates: summarize(run.commands.map((c) => c.allActors - c.intended)),
      ack: summarize(run.commands.map((c) => c.acked - c.intended)),
      sendSlack: summarize(run.commands.map((c) => c.sent - c.intended)),
      ackFromSent: summarize(run.commands.map((c) => c.acked - c.sent)),
      lastObserver,
      lastByGenerator,
      observerDeliveries,
      missing,
      serverCpuMsPerAction: serverMs.thread / actions,
      serverCpuUsPerRecipient: ((serverMs.thread / actions) * 1000) / (observers + 16),
      serverProcessCpuUsPerRecipient: ((serverMs.process / actions) * 1000) / (observers + 16),
      serverLoop: loop,
    };
  });
}

// ---------------------------------------------------------------- the floor

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

// ---------------------------------------------------------------- (b) vote bursts

export interface BurstRun extends RunBase {
  readonly observers: number;
  readonly ack: Summary;
  readonly delegates: Summary;
  readonly sendSlack: Summary;
  readonly ackFromSent: Summary;
  readonly serverLoop: LoopReading;
}

export async function burstRun(
  config: BenchConfig,
  kind: ServerKind,
  spread = 1,
): Promise<BurstRun> {
  const { observers, warmupRounds, rounds, spreadMs } = config.burst;
  return withFleet(fleetOptions(config, kind, observers, spread), async (fleet) => {
    const actors = fleet.actors;
    if (!actors) throw new Error('no actors');
    await sleep(config.settleMs);
    await actors.bursts(warmupRounds, spreadMs);
    await fleet.server.request('loopReset');
    await fleet.all('start');
    const run = await actors.bursts(rounds, spreadMs);
    const loop = await fleet.server.request<LoopReading>('loop');
    const shares = await fleet.all<{ share: number }>('stop');
    const load = loadOf(config, [...run.shares, ...shares.map((s) => s.share)]);
    return {
      kind,
      observers,
      load,
      saturated: load.max > config.maxGeneratorShare,
      ack: summarize(run.commands.map((c) => c.acked - c.intended)),
      delegates: summarize(run.commands.map((c) => c.allActors - c.intended)),
      sendSlack: summarize(run.commands.map((c) => c.sent - c.intended)),
      ackFromSent: summarize(run.commands.map((c) => c.acked - c.sent)),
      serverLoop: loop,
    };
  });
}

// ---------------------------------------------------------------- (c) reconnect storm

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

// ---------------------------------------------------------------- (d) memory

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

// ---------------------------------------------------------------- (e) cold start

export interface ColdLog extends MadeLog {
  readonly dbPath: string;
  readonly dir: string;
}

export async function makeColdLog(config: BenchConfig): Promise<ColdLog> {
  const dir = mkdtempSync(join(config.diskDir, 'placard-coldlog-'));
  const dbPath = join(dir, 'log.db');
  const { child } = await Child.start({
    name: 'make-log',
    script: 'makeLog.ts',
    core: config.loadCore,
    params: { dbPath, events: config.coldStart.events },
  });
  try {
    const made = await child.request<MadeLog>('build', {}, 15 * 60_000);
    return { ...made, dbPath, dir };
  } finally {
    await child.stop();
  }
}

export interface ColdRun extends RunBase {
  readonly events: number;
  /** Loading the committee: latest snapshot + later events (Placard) or every event (naive). */
  readonly loadMs: number;
  /** Process start → listening with the committee loaded. */
  readonly bootMs: number;
  /** Spawn → a first observer holds the snapshot. */
  readonly readyMs: number;
  /** Started with Node's compile cache warm. */
  readonly compileCache: boolean;
}

export async function coldRun(
  config: BenchConfig,
  kind: ServerKind,
  log: ColdLog,
  compileCache = false,
): Promise<ColdRun> {
  const dir = mkdtempSync(join(config.diskDir, 'placard-cold-'));
  const dbPath = join(dir, 'placard.db');
  copyFileSync(log.dbPath, dbPath);
  const spawnedAt = nowMs();
  let server: Child | null = null;
  try {
    const started = await Child.start<ServerInfo>({
      name: `${kind}-cold`,
      script: kind === 'placard' ? 'placardServer.ts' : 'naiveServer.ts',
      core: config.serverCore,
      nice: PRIORITY.server,
      params: { dbPath, committee: log.committee },
      // A real first start has no compiled-code cache; the variant with one is every later start
      // of `pnpm start`, which keeps Node's compile cache (scripts/start.ts).
      compileCache,
      readyTimeoutMs: 120_000,
    });
    server = started.child;
    const { info } = started;
    const socket = io(info.url, {
      forceNew: true,
      reconnection: false,
      transports: ['websocket'],
      auth: { protocol: 1, committee: info.committee },
    });
    const heldAt = await withTimeout(
      new Promise<number>((resolve) => {
        const onState = (): void => resolve(nowMs());
        socket.once('snapshot', onState);
        socket.once('state', onState);
      }),
      60_000,
      'first snapshot after a cold start',
    );
    socket.disconnect();
    if (info.seq !== log.seq) {
      throw new Error(`${kind} loaded seq ${info.seq} from ${dbPath}; the log has ${log.seq}`);
    }
    return {
      kind,
      load: loadOf(config, []),
      saturated: false,
      events: info.seq,
      loadMs: info.loadMs,
      bootMs: info.bootMs,
      readyMs: heldAt - spawnedAt,
      compileCache,
    };
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- (f) page JavaScript

export interface PageBundle {
  readonly route: string;
  readonly files: number;
  readonly gzipBytes: number;
  /** The page's largest files (from the client build's Vite manifest), gzipped. */
  readonly largest?: readonly { file: string; gzipBytes: number; holds: string }[];
}

export interface BundleResult {
  readonly report: string;
  readonly builtAt: string | null;
  readonly pages: readonly PageBundle[];
}

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}

/** What a built chunk holds, recognised by markers in its code. */
function holds(code: string, key: string): string {
  if (/client-optimized\/nodes\/\d+\.js$/.test(key)) return 'the page';
  const parts: string[] = [];
  if (code.includes('engine.io')) parts.push('socket.io-client');
  if (code.includes('speakersList')) parts.push('the shared rules engine');
  if (code.includes('svelte.dev/e/')) parts.push('the Svelte runtime');
  return parts.join(' + ') || 'shared code';
}

/** Per page, its largest files, by following the imports in the client build's manifest. */
function largestFiles(webDir: string): Map<string, PageBundle['largest']> {
  const client = join(webDir, '.svelte-kit', 'output', 'client');
  const nodesDir = join(webDir, '.svelte-kit', 'generated', 'build', 'client-optimized', 'nodes');
  const result = new Map<string, PageBundle['largest']>();
  const manifestPath = join(client, '.vite', 'manifest.json');
  if (!existsSync(manifestPath) || !existsSync(nodesDir)) return result;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const keys = Object.keys(manifest);
  const entries = keys.filter((key) => /entry\/(start|app)\./.test(manifest[key]?.file ?? ''));
  const layout = keys.filter((key) => /nodes\/0\.js$/.test(key));
  for (const node of readdirSync(nodesDir)) {
    const route = /src\/routes(.*)\/\+page\.svelte/.exec(
      readFileSync(join(nodesDir, node), 'utf8'),
    );
    const key = keys.find((k) => k.endsWith(`client-optimized/nodes/${node}`));
    if (!route || !key) continue;
    const seen = new Set<string>();
    const stack = [...entries, ...layout, key];
    while (stack.length > 0) {
      const next = stack.pop();
      if (next === undefined || seen.has(next)) continue;
      seen.add(next);
      stack.push(...(manifest[next]?.imports ?? []));
    }
    const files = [...seen].flatMap((k) => {
      const file = manifest[k]?.file;
      if (!file) return [];
      const code = readFileSync(join(client, file), 'utf8');
      return [{ file, gzipBytes: gzipSync(code).length, holds: holds(code, k) }];
    });
    files.sort((a, b) => b.gzipBytes - a.gzipBytes);
    result.set(route[1] || '/', files.slice(0, 4));
  }
  return result;
}

export function readBundles(webDir: string): BundleResult {
  const reportPath = join(webDir, '.svelte-kit', 'output', 'bundle-report.json');
  if (!existsSync(reportPath)) return { report: reportPath, builtAt: null, pages: [] };
  const pages = JSON.parse(readFileSync(reportPath, 'utf8')) as PageBundle[];
  let largest = new Map<string, PageBundle['largest']>();
  try {
    largest = largestFiles(webDir);
  } catch {
    // The breakdown is a help for reading the figures, not a figure: skip it if the build differs.
  }
  return {
    report: reportPath,
    builtAt: statSync(reportPath).mtime.toISOString(),
    pages: pages.map((page) => {
      const files = largest.get(page.route);
      return files ? { ...page, largest: files } : page;
    }),
  };
}

// ---------------------------------------------------------------- the disk

/** One-row commits with Placard's pragmas (WAL, synchronous=FULL): at most 200 or 3 s. */
export function fsyncProbe(dir: string): Summary {
  const folder = mkdtempSync(join(dir, 'placard-fsync-'));
  try {
    const db = openDatabase(join(folder, 'probe.db'));
    db.exec('CREATE TABLE probe (v INTEGER)');
    const insert = db.prepare('INSERT INTO probe (v) VALUES (?)');
    const times: number[] = [];
    const until = nowMs() + 3000;
    for (let i = 0; i < 200 && nowMs() < until; i++) {
      const t = nowMs();
      insert.run(i);
      times.push(nowMs() - t);
    }
    db.close();
    return summarize(times);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
