import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, runMigrations, type Db } from '../../../server/src/index.ts';

/** A fresh folder under the OS temp dir; `remove()` deletes it. */
export function makeTempDir(prefix = 'placard-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real SQLite file in a temp folder, opened with production pragmas and migrated. */
export interface TempDatabase {
  readonly db: Db;
  readonly path: string;
  readonly dir: string;
  /** Closes the connection (if open) and deletes the folder. */
  cleanup(): void;
}

/** Opens and migrates a new database file, exactly as the server does at start. */
export function migratedTempDatabase(): TempDatabase {
  const { dir, remove } = makeTempDir();
  const path = join(dir, 'placard.db');
  const db = openDatabase(path);
  runMigrations(db);
  return {
    db,
    path,
    dir,
    cleanup() {
      if (db.open) db.close();
      remove();
    },
  };
}

/** The schema as SQLite stores it, for before/after comparisons. */
export function schemaOf(db: Db): string[] {
  return db
    .prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name')
    .all()
    .map((row) => JSON.stringify(row));
}
