import { describe, expect, it } from 'vitest';
import {
  formatShortCode,
  generateSecret,
  hashSecret,
  normalizeSecret,
  secretMatches,
} from './keys.ts';

describe('secrets', () => {
  it('are 26 Crockford base32 symbols (130 bits) and differ every time', () => {
    const secrets = Array.from({ length: 1000 }, generateSecret);
    for (const secret of secrets) expect(secret).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('survive being read out and typed back', () => {
    const secret = generateSecret();
    const typed = formatShortCode(secret).toLowerCase().replace(/-/g, ' - ');
    expect(normalizeSecret(typed)).toBe(secret);
    expect(normalizeSecret('abco-il12')).toBe('ABC01112');
    expect(normalizeSecret(secret)).toBe(secret);
  });

  it('are stored as SHA-256 and compared against the hash', () => {
    const secret = generateSecret();
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(`${secret}X`, hash)).toBe(false);
    expect(secretMatches(secret, 'not-a-hash')).toBe(false);
  });
});
