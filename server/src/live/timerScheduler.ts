/**
 * Wakes committee rooms at their deadlines (the Scheduler of roomPorts.ts). The
 * deadline lives in the (durable) state, not in this timer: after a restart
 * the room arms itself again, a deadline that passed while the server was down
 * fires at once, and because expiry is an ordinary committed command that
 * clears the deadline, it fires exactly once.
 */
import type { Scheduler } from './roomPorts.ts';

/** setTimeout cannot wait longer than ~24.8 days; re-check at least hourly anyway. */
const MAX_WAIT_MS = 60 * 60 * 1000;

/** After an expiry that could not be recorded: first retry, doubling up to the last. */
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

export class TimerScheduler implements Scheduler {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** (Re)arm `key` for `at`; a fresh arm (after a commit) starts without backoff. */
  arm(key: string, at: number, fire: () => boolean): void {
    this.#arm(key, at, fire, 0);
  }

  cancel(key: string): void {
    const existing = this.#timers.get(key);
    if (existing) clearTimeout(existing);
    this.#timers.delete(key);
  }

  stopAll(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  #arm(key: string, at: number, fire: () => boolean, retryMs: number): void {
    this.cancel(key);
    const wait = Math.min(Math.max(retryMs, at - this.#now()), MAX_WAIT_MS);
    const timer = setTimeout(() => {
      this.#timers.delete(key);
      // Node may wake a millisecond early, or we waited only the hourly maximum.
      if (this.#now() < at) return this.#arm(key, at, fire, retryMs);
      // A recorded expiry re-arms the room itself (with its next deadline, if any).
      if (fire() || this.#timers.has(key)) return;
      // Still due: the expiry could not be recorded (the database is full, locked or
      // read-only). Retry with backoff rather than at once, in a hot loop.
      this.#arm(key, at, fire, Math.min(LAST_RETRY_MS, Math.max(FIRST_RETRY_MS, retryMs * 2)));
    }, wait);
    timer.unref();
    this.#timers.set(key, timer);
  }
}
