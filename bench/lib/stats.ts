/** Summaries of latency samples (milliseconds). */
export interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/**
 * A mergeable latency histogram: 0.1 ms buckets up to 2 s, exact values above.
 * Generators send these so the orchestrator can take percentiles over every delivery.
 */
export class Histogram {
  static readonly BUCKET_MS = 0.1;
  static readonly BUCKETS = 20_000;
  readonly counts: number[];
  readonly overflow: number[];
  max = 0;

  constructor(counts?: number[], overflow?: number[], max = 0) {
    this.counts = counts ?? new Array<number>(Histogram.BUCKETS).fill(0);
    this.overflow = overflow ?? [];
    this.max = max;
  }

  add(ms: number): void {
    const value = Math.max(0, ms);
    if (value > this.max) this.max = value;
    const bucket = Math.floor(value / Histogram.BUCKET_MS);
    if (bucket >= Histogram.BUCKETS) this.overflow.push(value);
    else this.counts[bucket] = (this.counts[bucket] ?? 0) + 1;
  }

  get n(): number {
    return this.counts.reduce((a, b) => a + b, 0) + this.overflow.length;
  }

  merge(other: SerializedHistogram): void {
    other.counts.forEach(([bucket, count]) => {
      this.counts[bucket] = (this.counts[bucket] ?? 0) + count;
    });
    this.overflow.push(...other.overflow);
    this.max = Math.max(this.max, other.max);
  }

  /** Upper edge of the bucket holding the p-th percentile. */
  percentile(p: number): number {
    const total = this.n;
    if (total === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * total));
    let seen = 0;
    for (let bucket = 0; bucket < Histogram.BUCKETS; bucket++) {
      seen += this.counts[bucket] ?? 0;
      if (seen >= rank) return Math.min(this.max, (bucket + 1) * Histogram.BUCKET_MS);
    }
    const sorted = [...this.overflow].sort((a, b) => a - b);
    return sorted[rank - seen - 1] ?? this.max;
  }

  summary(): Summary {
    return { n: this.n, p50: this.percentile(50), p99: this.percentile(99), max: this.max };
  }

  /** Sparse form for IPC. */
  serialize(): SerializedHistogram {
    const counts: [number, number][] = [];
    this.counts.forEach((count, bucket) => {
      if (count > 0) counts.push([bucket, count]);
    });
    return { counts, overflow: this.overflow, max: this.max };
  }
}

export interface SerializedHistogram {
  readonly counts: readonly (readonly [number, number])[];
  readonly overflow: readonly number[];
  readonly max: number;
}

export const round = (value: number, digits = 1): number =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;
