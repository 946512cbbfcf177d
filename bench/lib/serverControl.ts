/** Commands every benchmark server answers: its CPU time, memory after GC, event-loop delay. */
import {
  fastLaneCounts,
  type FastLaneCounts,
} from '../../server/src/live/fastLane/engineAccess.ts';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { securityCouncil2026 } from '../../server/src/templates/securityCouncil2026.ts';
import { nowMs, sleep } from './time.ts';

export interface CpuReading {
  /** The whole process (µs): the event loop, V8's collector threads, libuv's pool. */
  readonly user: number;
  readonly system: number;
  /** The main thread only (µs): the event loop, where fan-out and commands run. */
  readonly threadUser: number;
  readonly threadSystem: number;
  readonly at: number;
}

export interface MemReading {
  readonly rss: number;
  readonly heapTotal: number;
  readonly heapUsed: number;
  readonly arrayBuffers: number;
  /** V8's heap spaces: committed (space_size) and live (space_used_size) bytes. */
  readonly spaces: Record<string, { size: number; used: number }>;
  readonly external: number;
  readonly gc: boolean;
}

export interface LoopReading {
  /** Event-loop delay (ms): how late the sampling timer fired, its own 10 ms period taken out. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Garbage-collection pauses since the reset: the longest and their sum (ms). */
  readonly gcMax: number;
  readonly gcTotal: number;
  /** The longest pause of each kind of collection (minor, major, incremental, weak callbacks). */
  readonly gcByKind: Record<string, { count: number; max: number }>;
}

const LOOP_SAMPLE_MS = 10;

const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weakcb' };

export function serverHandlers(): Record<string, () => unknown> {
  // 10 ms sampling: finer costs the server measurable CPU (its idle rate is subtracted anyway).
  // The histogram records the time between two samples, period included (an idle loop reads
  // 10.1 ms), so the period is taken out of every figure read from it.
  const loop = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  const lateness = (ns: number): number => Math.max(0, ns / 1e6 - LOOP_SAMPLE_MS);
  loop.enable();
  let gcMax = 0;
  let gcTotal = 0;
  let gcByKind: Record<string, { count: number; max: number }> = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMax = Math.max(gcMax, entry.duration);
      gcTotal += entry.duration;
      // Node's gc entries carry their kind in `detail`, which PerformanceEntry's type does not name.
      const detail: unknown = 'detail' in entry ? entry.detail : undefined;
      const code =
        typeof detail === 'object' &&
        detail !== null &&
        'kind' in detail &&
        typeof detail.kind === 'number'
          ? detail.kind
          : 0;
      const kind = GC_KINDS[code] ?? `kind ${code}`;
      const seen = gcByKind[kind] ?? { count: 0, max: 0 };
      gcByKind[kind] = { count: seen.count + 1, max: Math.max(seen.max, entry.duration) };
    }
  }).observe({ entryTypes: ['gc'] });
  return {
    // How often the observers' fast lane wrote a frame, left a busy connection to emit, or
    // found internals it does not know (always 0 on the naive server, which never asks it).
    fastLane: (): FastLaneCounts => fastLaneCounts(),
    cpu: (): CpuReading => {
      const thread = process.threadCpuUsage();
      return {
        ...process.cpuUsage(),
        threadUser: thread.user,
        threadSystem: thread.system,
        at: nowMs(),
      };
    },
    async mem(): Promise<{ plain: MemReading; reduced: MemReading }> {
      const gc = (globalThis as { gc?: (options?: object) => void }).gc;
      // Twice, with a pause for finalizers and freed sockets in between.
      for (let i = 0; i < 2 && gc; i++) {
        gc();
        await sleep(100);
      }
      const plain = reading(gc !== undefined);
      // Then a memory-reducing collection, which also shrinks the young generation: a burst of
      // connections grows it by a fixed amount (16–128 MiB, whatever N) that is not per connection.
      gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
      await sleep(100);
      return { plain, reduced: reading(gc !== undefined) };
    },
    loopReset: () => {
      loop.reset();
      gcMax = 0;
      gcTotal = 0;
      gcByKind = {};
      return null;
    },
    loop: (): LoopReading => ({
      p50: lateness(loop.percentile(50)),
      p99: lateness(loop.percentile(99)),
      max: lateness(loop.max),
      gcMax,
      gcTotal,
      gcByKind,
    }),
  };
}

/** What a benchmark server reports when it is ready. */
function reading(gc: boolean): MemReading {
  const usage = process.memoryUsage();
  return {
    rss: usage.rss,
    heapTotal: usage.heapTotal,
    heapUsed: usage.heapUsed,
    arrayBuffers: usage.arrayBuffers,
    spaces: Object.fromEntries(
      getHeapSpaceStatistics().map((space) => [
        space.space_name,
        { size: space.space_size, used: space.space_used_size },
      ]),
    ),
    external: usage.external,
    gc,
  };
}

export interface ServerInfo {
  readonly url: string;
  readonly committee: string;
  readonly chairKey: string;
  readonly seatTokens: Readonly<Record<string, string>>;
  /** Member codes (the 15 who vote). */
  readonly members: readonly string[];
  /** Cold start: ms to load the committee (snapshot + later events, or full replay). */
  readonly loadMs: number;
  /** Cold start: seq of the loaded committee. */
  readonly seq: number;
  /** ms from this process's start to listening with the committee loaded. */
  readonly bootMs: number;
}

export interface ServerParams {
  /** Folder for a fresh database (default: the system's temp folder). */
  readonly dbDir?: string;
  /** An existing database to serve (cold start); otherwise a fresh one with a new committee. */
  readonly dbPath?: string;
  readonly committee?: string;
  /** Placard only: false starts it with PLACARD_OBSERVER_FAST_LANE=off. */
  readonly fastLane?: boolean;
  /** Placard only: observer slicing and coalescing. */
  readonly broadcast?: { sliceSize?: number; observerIntervalMs?: number; directWrite?: boolean };
}

/** What a bench server tells the orchestrator once it listens on `port` with its committee loaded. */
export function serverInfo(
  port: number,
  loaded: Pick<ServerInfo, 'committee' | 'chairKey' | 'seatTokens' | 'loadMs' | 'seq'>,
): ServerInfo {
  return {
    url: `http://127.0.0.1:${port}`,
    ...loaded,
    members: securityCouncil2026.members.map((member) => member.code),
    bootMs: nowMs() - performance.timeOrigin,
  };
}
