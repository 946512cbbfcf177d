/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Sleep until an absolute time (nowMs scale). A timer gets within 2 ms (timers are only
 * millisecond-precise and fire late), then the event loop is turned until the moment, so a
 * command leaves within a few microseconds of its schedule and the generator's own timer
 * slack is not counted as the server's latency.
 */
export async function sleepUntil(at: number): Promise<void> {
  const wait = at - nowMs();
  if (wait > 2) await sleep(wait - 2);
  while (nowMs() < at) await nextTurn();
}

/** Rejects after `ms` with a message naming what was awaited. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** CPU time of this process since `since` as a share of one core over the wall time. */
export function cpuShare(
  since: { cpu: NodeJS.CpuUsage; at: number },
  now = { cpu: process.cpuUsage(), at: nowMs() },
): { cpuMs: number; wallMs: number; share: number } {
  const cpuMs = (now.cpu.user - since.cpu.user + (now.cpu.system - since.cpu.system)) / 1000;
  const wallMs = now.at - since.at;
  return { cpuMs, wallMs, share: wallMs > 0 ? cpuMs / wallMs : 0 };
}

export const cpuMark = (): { cpu: NodeJS.CpuUsage; at: number } => ({
  cpu: process.cpuUsage(),
  at: nowMs(),
});
