import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database.ts';

/** The project's migrations folder, found from this file so the working directory does not matter. */
export const defaultMigrationsDir = join(import.meta.dirname, '..', '..', '..', 'migrations');

/** `0001_init.sql`: four digits, an underscore, a lowercase name. */
const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/;

const CREATE_SCHEMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at INTEGER NOT NULL
) STRICT`;

/** A migration that SQLite refused; the database is as it was before that file. */
export class MigrationError extends Error {
  readonly file: string;
  readonly sqliteMessage: string;
  constructor(file: string, sqliteMessage: string) {
    super(`migration ${file} failed: ${sqliteMessage}`);
    this.name = 'MigrationError';
    this.file = file;
    this.sqliteMessage = sqliteMessage;
  }
}

/** What a run did: files applied now, and files already recorded before. */
export interface MigrationReport {
  readonly applied: readonly string[];
  readonly skipped: readonly string[];
}

interface MigrationFile {
  readonly version: number;
  readonly name: string;
}

/**
 * Applies the numbered `.sql` files not yet in `schema_migrations`, in order, each in its
 * own transaction together with its record, so a failing file changes nothing and stops
 * the run (throws MigrationError). Files must not contain BEGIN/COMMIT themselves.
 */
export function runMigrations(
  db: Db,
  options: { dir?: string | undefined; now?: () => number } = {},
): MigrationReport {
  const dir = options.dir ?? defaultMigrationsDir;
  const now = options.now ?? Date.now;
  const done = new Set(appliedVersions(db));
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const file of listMigrationFiles(dir)) {
    if (done.has(file.version)) {
      skipped.push(file.name);
      continue;
    }
    const sql = readFileSync(join(dir, file.name), 'utf8');
    try {
      // The bookkeeping table is created inside the first migration's transaction, so a
      // failing first migration leaves a new database file with no tables at all.
      db.transaction(() => {
        db.exec(CREATE_SCHEMA_MIGRATIONS);
        db.exec(sql);
        db.prepare(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
        ).run(file.version, file.name, now());
      }).immediate();
    } catch (error) {
      throw new MigrationError(file.name, error instanceof Error ? error.message : String(error));
    }
    applied.push(file.name);
  }
  return { applied, skipped };
}

const hasSchemaMigrations = (db: Db): boolean =>
  db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get() !== undefined;

function appliedVersions(db: Db): number[] {
  if (!hasSchemaMigrations(db)) return [];
  return db.prepare<[], number>('SELECT version FROM schema_migrations').pluck().all();
}

/** File names recorded in `schema_migrations`, in order (empty before the first run). */
export function appliedMigrations(db: Db): string[] {
  if (!hasSchemaMigrations(db)) return [];
  return db
    .prepare<[], string>('SELECT name FROM schema_migrations ORDER BY version')
    .pluck()
    .all();
}

function listMigrationFiles(dir: string): MigrationFile[] {
  const files: MigrationFile[] = [];
  const versions = new Map<number, string>();
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.sql'))) {
    const match = FILE_PATTERN.exec(name);
    // A misnamed file would otherwise be skipped silently and its schema never applied.
    if (match?.[1] === undefined) {
      throw new MigrationError(name, 'file name must look like 0001_name.sql');
    }
    const version = Number(match[1]);
    const clash = versions.get(version);
    if (clash !== undefined) {
      throw new MigrationError(name, `version ${match[1]} is also used by ${clash}`);
    }
    versions.set(version, name);
    files.push({ version, name });
  }
  return files.sort((a, b) => a.version - b.version);
}
