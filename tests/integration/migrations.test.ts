import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MigrationError,
  appliedMigrations,
  defaultMigrationsDir,
  openDatabase,
  runMigrations,
} from '../../server/src/index.ts';
import { killIfRunning, startServerProcess, type Child } from './helpers/serverProcess.ts';
import { makeTempDir, schemaOf } from './helpers/tempDb.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempDir(): string {
  const { dir, remove } = makeTempDir();
  cleanups.push(remove);
  return dir;
}

/** A migrations folder holding the real 0001 plus the given extra files. */
function migrationsDir(extra: Record<string, string>): string {
  const dir = join(tempDir(), 'migrations');
  mkdirSync(dir);
  copyFileSync(join(defaultMigrationsDir, '0001_init.sql'), join(dir, '0001_init.sql'));
  for (const [name, sql] of Object.entries(extra)) writeFileSync(join(dir, name), sql);
  return dir;
}

const BROKEN = `CREATE TABLE half_done (id INTEGER PRIMARY KEY);
ALTER TABLE committees ADD COLUMN colour TEXT;
INSERT INTO no_such_table VALUES (1);
`;

describe('migrations', () => {
  it('apply to an empty database, each recorded in schema_migrations', () => {
    const db = openDatabase(join(tempDir(), 'placard.db'));
    const report = runMigrations(db);
    expect(report.applied).toContain('0001_init.sql');
    expect(report.skipped).toEqual([]);
    expect(appliedMigrations(db)).toEqual(report.applied);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'commands',
        'committees',
        'events',
        'schema_migrations',
        'seats',
        'settings',
        'snapshots',
      ]),
    );
    db.close();
  });

  it('are skipped once applied, also after reopening the file', () => {
    const path = join(tempDir(), 'placard.db');
    const first = openDatabase(path);
    const applied = runMigrations(first).applied;
    const schema = schemaOf(first);
    first.close();

    const second = openDatabase(path);
    const report = runMigrations(second);
    expect(report.applied).toEqual([]);
    expect(report.skipped).toEqual(applied);
    expect(schemaOf(second)).toEqual(schema);
    expect(appliedMigrations(second)).toEqual(applied);
    second.close();
  });

  it('a broken migration names its file and SQLite message, and changes nothing', () => {
    const db = openDatabase(join(tempDir(), 'placard.db'));
    runMigrations(db, { dir: migrationsDir({}) });
    const before = schemaOf(db);

    const dir = migrationsDir({ '0002_broken.sql': BROKEN });
    let caught: unknown;
    try {
      runMigrations(db, { dir });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MigrationError);
    expect(caught).toMatchObject({
      file: '0002_broken.sql',
      sqliteMessage: 'no such table: no_such_table',
      message: 'migration 0002_broken.sql failed: no such table: no_such_table',
    });
    // 0002's CREATE TABLE and ALTER TABLE ran before the failing INSERT: both rolled back.
    expect(schemaOf(db)).toEqual(before);
    expect(appliedMigrations(db)).toEqual(['0001_init.sql']);
    db.close();
  });

  it('a broken migration on an empty database leaves 0001 applied and nothing of 0002', () => {
    const db = openDatabase(join(tempDir(), 'placard.db'));
    expect(() => runMigrations(db, { dir: migrationsDir({ '0002_broken.sql': BROKEN }) })).toThrow(
      'migration 0002_broken.sql failed',
    );
    expect(appliedMigrations(db)).toEqual(['0001_init.sql']);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").all();
    expect(tables).toEqual([]);
    db.close();
  });

  it('a broken first migration leaves a new database without any table', () => {
    const dir = join(tempDir(), 'only-broken');
    mkdirSync(dir);
    writeFileSync(join(dir, '0001_broken.sql'), BROKEN);
    const db = openDatabase(join(tempDir(), 'placard.db'));
    expect(() => runMigrations(db, { dir })).toThrow(MigrationError);
    expect(schemaOf(db)).toEqual([]);
    expect(appliedMigrations(db)).toEqual([]);
    db.close();
  });

  it('refuse a misnamed .sql file rather than skip it silently', () => {
    const db = openDatabase(join(tempDir(), 'placard.db'));
    expect(() => runMigrations(db, { dir: migrationsDir({ '2_extra.sql': 'SELECT 1;' }) })).toThrow(
      'migration 2_extra.sql failed: file name must look like 0001_name.sql',
    );
    db.close();
  });

  describe('the server process', () => {
    let child: Child | undefined;
    afterEach(() => killIfRunning(child));

    it('refuses to start when a migration fails, naming the file and the SQLite message', async () => {
      const dbPath = join(tempDir(), 'placard.db');
      child = startServerProcess({
        PLACARD_DB: dbPath,
        PLACARD_MIGRATIONS_DIR: migrationsDir({ '0002_broken.sql': BROKEN }),
      });
      const { code } = await child.exited();
      expect(code).toBe(1);
      expect(child.stderr()).toContain(
        'placard: migration 0002_broken.sql failed: no such table: no_such_table',
      );
      expect(child.stdout()).not.toContain('is running');

      const db = openDatabase(dbPath);
      expect(appliedMigrations(db)).toEqual(['0001_init.sql']);
      expect(db.prepare('SELECT count(*) FROM committees').pluck().get()).toBe(0);
      db.close();
    });
  });
});
