import type { Db } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';
import { generateSecret, hashSecret, secretMatches } from './keys.ts';

const ADMIN_KEY_HASH = 'admin_key_hash';

/** How the admin key was settled at start. */
export type AdminKeySetup =
  /** PLACARD_ADMIN_KEY is set: it is the key (its hash replaces any stored one). */
  | { readonly source: 'environment' }
  /** A key was stored on an earlier start. */
  | { readonly source: 'stored' }
  /** First start without PLACARD_ADMIN_KEY: this key was generated; print it once. */
  | { readonly source: 'generated'; readonly adminKey: string };

/** Makes sure an admin key hash is stored: from the environment, kept, or freshly generated. */
export function ensureAdminKey(db: Db, fromEnvironment: string | undefined): AdminKeySetup {
  if (fromEnvironment !== undefined) {
    writeSetting(db, ADMIN_KEY_HASH, hashSecret(fromEnvironment));
    return { source: 'environment' };
  }
  if (readSetting(db, ADMIN_KEY_HASH) !== null) return { source: 'stored' };
  const adminKey = generateSecret();
  writeSetting(db, ADMIN_KEY_HASH, hashSecret(adminKey));
  return { source: 'generated', adminKey };
}

/** Whether `candidate` is the admin key (constant-time); false when none is stored. */
export function isAdminKey(db: Db, candidate: string): boolean {
  const stored = readSetting(db, ADMIN_KEY_HASH);
  return stored !== null && secretMatches(candidate, stored);
}
