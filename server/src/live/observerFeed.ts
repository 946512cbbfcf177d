/**
 * The observers' side of a committee's broadcasts. A board may be watched by
 * thousands; a delegate's vote must never wait behind them. So:
 * - observers are served after the chair and the seats (the caller emits to
 *   those first, synchronously), in slices of a hundred sockets with a yield
 *   to the event loop between slices, so acks and other commands run between;
 * - updates are coalesced: at most one flush per interval, merging every batch
 *   that arrived meanwhile into one contiguous batch (never dropping any);
 * - each slice is serialised once for all its sockets.
 */
import type { DomainEvent } from '@placard/shared';
import type { EventBatch } from '@placard/shared/protocol';

export interface ObserverFeedOptions {
  /** Sockets per slice. */
  readonly sliceSize: number;
  /** Minimum milliseconds between two flushes (coalescing window). */
  readonly intervalMs: number;
  readonly now: () => number;
  /** The observers' socket ids now (local to this process). */
  readonly observers: () => readonly string[];
  /** Send one batch to some observers (one serialisation for all of them). */
  readonly deliver: (socketIds: readonly string[], batch: EventBatch) => void;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ObserverFeed {
  readonly #options: ObserverFeedOptions;
  #pending: { seq: number; events: DomainEvent[] } | null = null;
  #lastFlushAt = Number.NEGATIVE_INFINITY;
  #timer: NodeJS.Timeout | null = null;
  #flushing = false;

  constructor(options: ObserverFeedOptions) {
    this.#options = options;
  }

  /** Queue a committed batch for the observers (contiguous with the previous one). */
  push(batch: EventBatch): void {
    if (this.#pending) {
      this.#pending.events.push(...batch.events);
      this.#pending.seq = batch.seq;
    } else {
      this.#pending = { seq: batch.seq, events: [...batch.events] };
    }
    this.#schedule();
  }

  /** Drop any scheduled flush (shutdown). */
  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
  }

  #schedule(): void {
    if (this.#flushing || this.#timer) return;
    const wait = Math.max(0, this.#lastFlushAt + this.#options.intervalMs - this.#options.now());
    if (wait === 0) {
      void this.#flush();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#flush();
    }, wait);
  }

  async #flush(): Promise<void> {
    const batch = this.#pending;
    if (!batch) return;
    this.#pending = null;
    this.#flushing = true;
    this.#lastFlushAt = this.#options.now();
    try {
      const observers = this.#options.observers();
      const { sliceSize } = this.#options;
      for (let start = 0; start < observers.length; start += sliceSize) {
        // Let acks and commands that came in meanwhile run before the next slice.
        if (start > 0) await yieldToEventLoop();
        this.#options.deliver(observers.slice(start, start + sliceSize), batch);
      }
    } finally {
      this.#flushing = false;
    }
    // Batches that arrived during the slices go out in the next window.
    if (this.#pending) this.#schedule();
  }
}
