import { describe, expect, it } from 'vitest';
import { estimateClockOffset, type ClockSample } from './clockOffset.ts';

/** Samples from a client whose clock is `skew` ms off the server's, with given one-way delays. */
function samples(skew: number, delays: readonly [number, number][]): ClockSample[] {
  let serverNow = 1_800_000_000_000;
  return delays.map(([up, down]) => {
    const sentAt = serverNow + skew;
    serverNow += up;
    const serverTime = serverNow;
    serverNow += down;
    const receivedAt = serverNow + skew;
    serverNow += 1000;
    return { sentAt, serverTime, receivedAt };
  });
}

describe('clock offset estimate', () => {
  it.each([
    ['5 minutes ahead', 5 * 60_000],
    ['5 minutes behind', -5 * 60_000],
    ['exact', 0],
  ])('a client %s renders the server time within a few ms', (_label, skew) => {
    const estimate = estimateClockOffset(
      samples(skew, [
        [40, 40],
        [5, 5],
        [120, 10],
        [6, 4],
        [300, 300],
      ]),
    );
    expect(estimate).not.toBeNull();
    // offset = server - client = -skew; the fast symmetric samples give it within 1 ms
    expect(Math.abs((estimate?.offsetMs ?? NaN) + skew)).toBeLessThanOrEqual(1);
  });

  it('ignores slow asymmetric round trips that would bias the estimate', () => {
    const estimate = estimateClockOffset(
      samples(60_000, [
        [500, 5],
        [3, 3],
        [450, 5],
      ]),
    );
    expect(estimate?.offsetMs).toBe(-60_000);
    expect(estimate?.roundTripMs).toBe(6);
  });

  it('has no estimate without a usable sample', () => {
    expect(estimateClockOffset([])).toBeNull();
    expect(estimateClockOffset([{ sentAt: 10, serverTime: 5, receivedAt: 9 }])).toBeNull();
  });
});
