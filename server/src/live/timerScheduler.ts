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

export class TimerScheduler {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #now: () => number;
  readonly #fire: (room: CommitteeRoom) => void;

  constructor(now: () => number, fire: (room: CommitteeRoom) => void) {
    this.#now = now;
    this.#fire = fire;
  }

  /** (Re)arm the room's timer for its next deadline, if it has one. */
  schedule(room: CommitteeRoom): void {
    const existing = this.#timers.get(room.id);
    if (existing) clearTimeout(existing);
    this.#timers.delete(room.id);
    const deadline = room.nextDeadline();
    if (deadline === null) return;
    const wait = Math.min(Math.max(0, deadline - this.#now()), MAX_WAIT_MS);
    const timer = setTimeout(() => {
      this.#timers.delete(room.id);
      // Node may wake a millisecond early; only a deadline that has passed is fired.
      if (this.#now() >= deadline) this.#fire(room);
      this.schedule(room);
    }, wait);
    timer.unref();
    this.#timers.set(room.id, timer);
  }

  stopAll(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
