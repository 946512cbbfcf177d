import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Crockford's base32: no I, L, O or U, so a secret read aloud or typed from a card
 * survives the usual confusions, and it is URL-safe as it stands.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 26 symbols × 5 bits = 130 bits of randomness, above the 128-bit floor. */
const SECRET_SYMBOLS = 26;

/** A fresh random secret (admin key, chair key or seat token) in Crockford base32. */
export function generateSecret(): string {
  // 256 is a multiple of 32, so `byte & 31` is uniform.
  return Array.from(randomBytes(SECRET_SYMBOLS), (byte) => ALPHABET.charAt(byte & 31)).join('');
}

/** A secret in groups of four for reading out or printing on a card: `7KQ2-M9XD-…`. */
export function formatShortCode(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join('-');
}

/**
 * The canonical form of a typed chair key or seat token: dashes and spaces dropped,
 * upper case, and the letters Crockford's alphabet leaves out read as the digits they
 * look like (I, L → 1; O → 0). A canonical secret is unchanged.
 */
export function normalizeSecret(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

/**
 * The stored form of a secret. A plain SHA-256 suffices because generated secrets carry
 * ≥128 bits of entropy; a chosen PLACARD_ADMIN_KEY must be at least 16 characters.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  return hashesEqual(hashSecret(secret), storedHash);
}

/** Compares two hex hashes in constant time (for checking one candidate against many). */
export function hashesEqual(candidateHash: string, storedHash: string): boolean {
  const candidate = Buffer.from(candidateHash, 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}
