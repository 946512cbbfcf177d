/**
 * NTP-style clock offset estimation. Phones' clocks are often minutes off, so
 * clients render timers from server deadlines corrected by this offset instead
 * of trusting their own clock. Pure: the caller supplies the timestamps.
 */

/** One round trip: client send time, server time, client receive time (epoch ms). */
export interface ClockSample {
  readonly sentAt: number;
  readonly serverTime: number;
  readonly receivedAt: number;
}

export interface ClockEstimate {
  /** Add to the client's clock to get the server's clock. */
  readonly offsetMs: number;
  /** Round trip of the samples the estimate rests on (its uncertainty is half of it). */
  readonly roundTripMs: number;
  readonly samples: number;
}

/** Offset of one sample, assuming the request and the reply took equal time. */
export function sampleOffset(sample: ClockSample): number {
  return sample.serverTime - (sample.sentAt + sample.receivedAt) / 2;
}

/**
 * Estimate from several samples: the ones with the shortest round trips carry
 * the least queueing noise, so take the median offset of the fastest third
 * (at least one). Samples with a negative round trip are discarded.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  const usable = samples.filter((s) => s.receivedAt >= s.sentAt);
  if (usable.length === 0) return null;
  const fastest = [...usable]
    .sort((a, b) => a.receivedAt - a.sentAt - (b.receivedAt - b.sentAt))
    .slice(0, Math.max(1, Math.ceil(usable.length / 3)));
  const offsets = fastest.map(sampleOffset).sort((a, b) => a - b);
  const middle = Math.floor(offsets.length / 2);
  const median =
    offsets.length % 2 === 1
      ? (offsets[middle] ?? 0)
      : ((offsets[middle - 1] ?? 0) + (offsets[middle] ?? 0)) / 2;
  const first = fastest[0];
  return {
    offsetMs: Math.round(median),
    roundTripMs: first ? first.receivedAt - first.sentAt : 0,
    samples: usable.length,
  };
}
