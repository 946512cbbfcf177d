import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** An open better-sqlite3 connection. */
export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite file with Placard's pragmas: WAL so readers never
 * block the writer, synchronous=FULL so an acknowledged append survives a power cut, and
 * foreign keys enforced.
 */
export function openDatabase(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    const mode: unknown = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal')
      throw new Error(`could not switch to WAL (journal_mode is ${String(mode)})`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Another process (a backup, the sqlite3 shell) may hold the lock briefly.
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Whether the connection answers a trivial query (for /healthz). */
export function databaseIsHealthy(db: Db): boolean {
  try {
    return db.prepare('SELECT 1 AS ok').pluck().get() === 1;
  } catch {
    return false;
  }
}
