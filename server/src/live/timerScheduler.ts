/**
 * Turns the deadlines in committee state into `timer.expire` commands. The
 * deadline lives in the (durable) state, not in this timer: after a restart
 * the room is scheduled again, a deadline that passed while the server was down
 * fires at once, and because expiry is an ordinary committed command that
 * clears the deadline, it fires exactly once.
 */
import type { CommitteeRoom } from './committeeRoom.ts';

/** setTimeout cannot wait longer than ~24.8 days; re-check at least hourly anyway. */
const MAX_WAIT_MS = 60 * 60 * 1000;

/** After an expiry that could not be recorded: first retry, doubling up to the last. */
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

export class TimerScheduler {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** Rooms whose due deadline could not be recorded, and how long to wait before retrying. */
  readonly #retryMs = new Map<string, number>();
  readonly #now: () => number;
  readonly #fire: (room: CommitteeRoom) => void;

  constructor(now: () => number, fire: (room: CommitteeRoom) => void) {
    this.#now = now;
    this.#fire = fire;
  }

  /** (Re)arm the room's timer for its next deadline, if it has one. */
  schedule(room: CommitteeRoom): void {
    // Called after a committed command: the database writes again, no need to back off.
    this.#retryMs.delete(room.id);
    this.#arm(room);
  }

  #arm(room: CommitteeRoom): void {
    const existing = this.#timers.get(room.id);
    if (existing) clearTimeout(existing);
    this.#timers.delete(room.id);
    const deadline = room.nextDeadline();
    if (deadline === null) return;
    const retry = this.#retryMs.get(room.id) ?? 0;
    const wait = Math.min(Math.max(retry, deadline - this.#now()), MAX_WAIT_MS);
    const timer = setTimeout(() => {
      this.#timers.delete(room.id);
      // Node may wake a millisecond early; only a deadline that has passed is fired.
      if (this.#now() >= deadline) {
        this.#fire(room);
        // Still due after firing: the expiry could not be recorded (the database is full,
        // locked or read-only). Retry with backoff rather than at once, in a hot loop.
        if (room.nextDeadline() === deadline) {
          this.#retryMs.set(room.id, Math.min(LAST_RETRY_MS, Math.max(FIRST_RETRY_MS, retry * 2)));
        } else {
          this.#retryMs.delete(room.id);
        }
      }
      this.#arm(room);
    }, wait);
    timer.unref();
    this.#timers.set(room.id, timer);
  }

  stopAll(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#retryMs.clear();
  }
}
