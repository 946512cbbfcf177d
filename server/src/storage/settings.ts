import type { Db } from './database.ts';

/** Reads a server-wide setting, or null when unset. */
export function readSetting(db: Db, key: string): string | null {
  return (
    db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key) ??
    null
  );
}

/** Writes (or replaces) a server-wide setting. */
export function writeSetting(db: Db, key: string, value: string): void {
  db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
