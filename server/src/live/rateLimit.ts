/**
 * A token bucket per socket: a burst allowance that refills steadily. A phone
 * voting or a chair clicking fast stays well inside it; a script flooding the
 * committee is answered `rate_limited` and, if it keeps on, disconnected.
 */
export interface RateLimitOptions {
  /** Messages allowed in a burst. */
  readonly burst: number;
  /** Messages per second the bucket refills. */
  readonly perSecond: number;
  /** Refusals after which the socket is disconnected. */
  readonly disconnectAfter: number;
}

export class TokenBucket {
  #tokens: number;
  #updatedAt: number;
  #refusals = 0;
  readonly #options: RateLimitOptions;

  constructor(options: RateLimitOptions, now: number) {
    this.#options = options;
    this.#tokens = options.burst;
    this.#updatedAt = now;
  }

  /** Take one token; 'ok', 'refused', or 'disconnect' once refusals pile up. */
  take(now: number): 'ok' | 'refused' | 'disconnect' {
    const elapsed = Math.max(0, now - this.#updatedAt) / 1000;
    this.#tokens = Math.min(this.#options.burst, this.#tokens + elapsed * this.#options.perSecond);
    this.#updatedAt = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      this.#refusals = Math.max(0, this.#refusals - 1);
      return 'ok';
    }
    this.#refusals += 1;
    return this.#refusals >= this.#options.disconnectAfter ? 'disconnect' : 'refused';
  }
}
