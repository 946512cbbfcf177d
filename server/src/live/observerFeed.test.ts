import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '@placard/shared';
import type { EventBatch } from '@placard/shared/protocol';
import { ObserverFeed } from './observerFeed.ts';

const event = (n: number): DomainEvent => ({ type: 'speakersList.opened', at: n }) as never;

function feed(observers: number, intervalMs: number) {
  const deliveries: { ids: readonly string[]; batch: EventBatch }[] = [];
  let now = 0;
  const ids = Array.from({ length: observers }, (_, i) => `s${i}`);
  const observerFeed = new ObserverFeed({
    sliceSize: 100,
    intervalMs,
    now: () => now,
    observers: () => ids,
    deliver: (socketIds, batch) => deliveries.push({ ids: socketIds, batch }),
  });
  return { observerFeed, deliveries, advance: (ms: number) => (now += ms) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('observer feed', () => {
  it('serves 250 observers in slices of 100, one serialisation per slice', async () => {
    const { observerFeed, deliveries } = feed(250, 0);
    observerFeed.push({ seq: 1, events: [event(1)] });
    await settle();
    expect(deliveries.map((d) => d.ids.length)).toEqual([100, 100, 50]);
    expect(new Set(deliveries.flatMap((d) => d.ids)).size).toBe(250);
  });

  it('merges batches that arrive within the interval into one contiguous batch, dropping none', async () => {
    const { observerFeed, deliveries, advance } = feed(10, 20);
    observerFeed.push({ seq: 1, events: [event(1)] });
    observerFeed.push({ seq: 3, events: [event(2), event(3)] });
    observerFeed.push({ seq: 4, events: [event(4)] });
    advance(25);
    await settle();
    expect(deliveries.map((d) => d.batch.seq)).toEqual([1, 4]);
    expect(deliveries[1]?.batch.events).toEqual([event(2), event(3), event(4)]);
  });
});
