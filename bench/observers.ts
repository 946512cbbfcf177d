/**
 * A load generator of observers: `light` raw-WebSocket probes plus `real`
 * socket.io-client probes, all in this one process (pinned to the load core).
 * It timestamps when each probe first holds each seq, and reports per action
 * the last observer's delay and a histogram over every delivery, plus its own
 * CPU share so a run where it saturates can be discarded.
 */
import { LightProbe, RealProbe, type Probe } from './lib/probes.ts';
import { Histogram, summarize } from './lib/stats.ts';
import { cpuMark, cpuShare, nowMs, sleep } from './lib/time.ts';
import { params, serve } from './lib/worker.ts';

export interface ObserverParams {
  readonly url: string;
  readonly committee: string;
  readonly light: number;
  readonly real: number;
}

export interface ActionTiming {
  readonly seq: number;
  /** When the action was meant to be sent (the fixed schedule). */
  readonly intended: number;
}

export interface ObserverReport {
  readonly probes: number;
  /** Per action: how many probes got it and the delay of the last one (ms from intended). */
  readonly perAction: readonly { seq: number; count: number; last: number }[];
  readonly deliveries: ReturnType<Histogram['serialize']>;
}

export interface ReconnectReport {
  readonly t0: number;
  /** Per probe: ms from this generator's t0 until it held the target seq (-1: never). */
  readonly resyncAt: readonly number[];
  /** Mean bytes received per light probe from reconnect to resync. */
  readonly meanBytes: number;
  readonly connectMs: number;
}

const options = params<ObserverParams>();
const probes: Probe[] = [];
let recording = false;
const receipts = new Map<number, number[]>();
let resyncTarget = Number.POSITIVE_INFINITY;
const resyncAt = new Map<Probe, number>();

function onSeq(probe: Probe, seq: number, at: number): void {
  if (seq <= probe.lastSeq) return;
  if (recording && probe.lastSeq >= 0) {
    for (let s = probe.lastSeq + 1; s <= seq; s++) {
      let list = receipts.get(s);
      if (!list) receipts.set(s, (list = []));
      list.push(at);
    }
  }
  probe.lastSeq = seq;
  if (seq >= resyncTarget && !resyncAt.has(probe)) resyncAt.set(probe, at);
}

for (let i = 0; i < options.real; i++) {
  // Every other real probe takes the default path (long-polling, then upgrade).
  probes.push(new RealProbe(options.url, options.committee, onSeq, i % 2 === 0));
}
for (let i = 0; i < options.light; i++) {
  probes.push(new LightProbe(options.url, options.committee, onSeq));
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = nowMs() + timeoutMs;
  while (!check()) {
    if (nowMs() > until) return false;
    await sleep(20);
  }
  return true;
}

const started = new Set<Probe>();

/** Connect the first `upTo` probes not yet started, at most `concurrency` handshakes in flight. */
async function connectAll(concurrency: number, upTo: number): Promise<void> {
  const todo = probes.slice(0, upTo).filter((probe) => !started.has(probe));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const probe = todo[next++];
      if (!probe) break;
      started.add(probe);
      probe.connect();
      await waitFor(() => probe.lastSeq >= 0, 30_000);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

let window = cpuMark();

serve(
  {
    async connect(input) {
      const concurrency = Number(input['concurrency'] ?? 50);
      const upTo = Math.round(probes.length * Number(input['share'] ?? 1));
      const since = nowMs();
      await connectAll(concurrency, upTo);
      const missing = probes.slice(0, upTo).filter((probe) => probe.lastSeq < 0).length;
      if (missing > 0) throw new Error(`${missing} of ${upTo} probes got no snapshot`);
      return { probes: upTo, ms: nowMs() - since };
    },
    start() {
      recording = true;
      receipts.clear();
      window = cpuMark();
      return null;
    },
    stop() {
      recording = false;
      return cpuShare(window);
    },
    cpuNow: () => cpuShare(window),
    async awaitSeq(input) {
      const seq = Number(input['seq']);
      await waitFor(
        () => probes.every((probe) => probe.lastSeq >= seq),
        Number(input['timeoutMs'] ?? 30_000),
      );
      return { behind: probes.filter((probe) => probe.lastSeq < seq).length };
    },
    report(input): ObserverReport {
      const actions = input['actions'] as ActionTiming[];
      const deliveries = new Histogram();
      const perAction = actions.map(({ seq, intended }) => {
        const times = receipts.get(seq) ?? [];
        let last = Number.NaN;
        for (const at of times) {
          deliveries.add(at - intended);
          if (!(at - intended <= last)) last = at - intended;
        }
        return { seq, count: times.length, last };
      });
      return { probes: probes.length, perAction, deliveries: deliveries.serialize() };
    },
    async disconnectAll() {
      await Promise.all(probes.map((probe) => probe.close()));
      return { open: probes.filter((probe) => probe.open).length };
    },
    async reconnectAll(input): Promise<ReconnectReport> {
      resyncTarget = Number(input['target']);
      resyncAt.clear();
      for (const probe of probes) probe.bytes = 0;
      const t0 = nowMs();
      // All at once: every handshake is started before any reply is read.
      for (const probe of probes) probe.connect(probe.lastSeq);
      const connectMs = nowMs() - t0;
      await waitFor(() => resyncAt.size === probes.length, Number(input['timeoutMs'] ?? 60_000));
      const light = probes.filter((probe) => probe.light);
      const report: ReconnectReport = {
        t0,
        resyncAt: probes.map((probe) => {
          const at = resyncAt.get(probe);
          return at === undefined ? -1 : at - t0;
        }),
        meanBytes: light.reduce((sum, probe) => sum + probe.bytes, 0) / Math.max(1, light.length),
        connectMs,
      };
      resyncTarget = Number.POSITIVE_INFINITY;
      return report;
    },
    summary: () => summarize(probes.map((probe) => probe.lastSeq)),
  },
  { probes: probes.length },
  async () => {
    await Promise.race([Promise.all(probes.map((probe) => probe.close())), sleep(2000)]);
  },
);
