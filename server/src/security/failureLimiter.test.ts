import { expect, it } from 'vitest';
import { createFailureLimiter } from './failureLimiter.ts';

it('refuses an address after its burst of failures until the bucket refills', () => {
  const limiter = createFailureLimiter({ burst: 3, refillPerMinute: 6 });
  for (let n = 0; n < 3; n += 1) {
    expect(limiter.allows('a', 0)).toBe(true);
    limiter.recordFailure('a', 0);
  }
  expect(limiter.allows('a', 0)).toBe(false);
  expect(limiter.retryAfterSeconds('a', 0)).toBe(10);
  expect(limiter.allows('b', 0)).toBe(true);
  expect(limiter.allows('a', 9_999)).toBe(false);
  expect(limiter.allows('a', 10_000)).toBe(true);
});

it('forgets the oldest addresses past its bound', () => {
  const limiter = createFailureLimiter({ burst: 1, refillPerMinute: 1, maxAddresses: 2 });
  for (const address of ['a', 'b', 'c']) limiter.recordFailure(address, 0);
  expect(limiter.allows('a', 0)).toBe(true);
  expect(limiter.allows('b', 0)).toBe(false);
  expect(limiter.allows('c', 0)).toBe(false);
});
