/**
 * Slows down guessing: a token bucket per client address that only wrong credentials
 * drain. A client with an empty bucket is refused (429) until it refills, even with the
 * right key, so a guesser cannot tell a hit from a refusal.
 */
export interface FailureLimiter {
  /** Whether this address may try a credential now. */
  allows(address: string, now: number): boolean;
  /** Records a wrong credential from this address. */
  recordFailure(address: string, now: number): void;
  /** Seconds until this address may try again (0 when it may now). */
  retryAfterSeconds(address: string, now: number): number;
}

/** How many wrong attempts an address gets in a burst and how fast it earns them back. */
export interface FailureLimitOptions {
  readonly burst: number;
  readonly refillPerMinute: number;
  /** Addresses tracked at most; the oldest are forgotten past it (bounded memory). */
  readonly maxAddresses?: number;
}

/** Defaults: 10 wrong keys in a row, then one more every 6 seconds. */
export const defaultFailureLimits: FailureLimitOptions = { burst: 10, refillPerMinute: 10 };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** An in-memory FailureLimiter (one process serves everything, so memory is enough). */
export function createFailureLimiter(
  options: FailureLimitOptions = defaultFailureLimits,
): FailureLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = options.refillPerMinute / 60_000;
  const maxAddresses = options.maxAddresses ?? 10_000;

  const refreshed = (address: string, now: number): Bucket | undefined => {
    const bucket = buckets.get(address);
    if (bucket === undefined) return undefined;
    bucket.tokens = Math.min(
      options.burst,
      bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs,
    );
    bucket.updatedAt = now;
    if (bucket.tokens >= options.burst) {
      buckets.delete(address); // full again: nothing to remember
      return undefined;
    }
    return bucket;
  };

  return {
    allows: (address, now) => (refreshed(address, now)?.tokens ?? options.burst) >= 1,
    recordFailure(address, now) {
      const bucket = refreshed(address, now) ?? { tokens: options.burst, updatedAt: now };
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      buckets.delete(address); // re-insert so Map order is least recently failed first
      buckets.set(address, bucket);
      if (buckets.size > maxAddresses) {
        const oldest = buckets.keys().next();
        if (oldest.done !== true) buckets.delete(oldest.value);
      }
    },
    retryAfterSeconds(address, now) {
      const tokens = refreshed(address, now)?.tokens ?? options.burst;
      return tokens >= 1 || perMs === 0 ? 0 : Math.ceil((1 - tokens) / perMs / 1000);
    },
  };
}
