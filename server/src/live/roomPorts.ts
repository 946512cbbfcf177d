/**
 * What a committee room needs from the outside world besides its log: a way to
 * send committed events to connections, and a way to be woken at a deadline.
 * Small interfaces so the room's order (commit → ack → publish → re-arm) reads
 * in one place; the broadcaster and the timer scheduler implement them.
 */
import type { EventBatch } from '@placard/shared/protocol';

/** Delivers a committee's event batches, already projected for their audience. */
export interface Transport {
  /** To the chair's connections. */
  toChair(committeeId: string, batch: EventBatch): void;
  /** To one seat's connections, or to every seat's when `seat` is null. */
  toSeat(committeeId: string, seat: string | null, batch: EventBatch): void;
  /** To the public board and every other observer. */
  toPublic(committeeId: string, batch: EventBatch): void;
}

/**
 * Wakes a room at its deadline. `fire` returns whether the deadline was dealt
 * with; when not (the expiry could not be recorded) the scheduler retries with backoff.
 */
export interface Scheduler {
  /** (Re)arm the one deadline of `key`, replacing any earlier one. */
  arm(key: string, at: number, fire: () => boolean): void;
  cancel(key: string): void;
}

/** The outside world of a room. */
export interface RoomPorts {
  readonly transport: Transport;
  readonly scheduler: Scheduler;
  readonly now: () => number;
}

/** Ports for a room driven directly (benchmarks, log builders): nothing sent, nothing armed. */
export const detachedPorts = (now: () => number): RoomPorts => ({
  transport: { toChair: () => undefined, toSeat: () => undefined, toPublic: () => undefined },
  scheduler: { arm: () => undefined, cancel: () => undefined },
  now,
});
