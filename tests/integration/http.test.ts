import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDefaultCommittee } from '../../server/src/index.ts';
import { startTestApp, type TestApp } from './helpers/testApp.ts';
import { makeTempDir } from './helpers/tempDb.ts';

let t: TestApp | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await t?.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function seeded(webRoot?: string): Promise<TestApp> {
  t = await startTestApp(webRoot === undefined ? {} : { webRoot });
  seedDefaultCommittee(t.app.placard.committees, t.clock.now());
  return t;
}

describe('GET /healthz', () => {
  it('reports status, version, database and migrations', async () => {
    const { app } = await seeded();
    const response = await app.inject({ url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      version: app.placard.config.version,
      database: 'ok',
      migrations: ['0001_init.sql'],
    });
  });
});

describe('public API', () => {
  it('GET /api/committees lists { id, name, topic } only', async () => {
    const { app } = await seeded();
    const response = await app.inject({ url: '/api/committees' });
    expect(response.json()).toEqual([
      {
        id: 'unsc',
        name: 'Security Council',
        topic: 'Transnational organized crime: drug cartels in Mexico and South America',
      },
    ]);
  });

  it('GET /api/committees/:id gives the roster and briefing, never a secret or hash', async () => {
    const { app, database } = await seeded();
    const response = await app.inject({ url: '/api/committees/unsc' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      members: unknown[];
      invitees: unknown[];
      briefing: { positions: unknown[] };
    }>();
    expect(body.members).toHaveLength(15);
    expect(body.invitees).toHaveLength(1);
    expect(body.briefing.positions).toHaveLength(5);
    const hashes = database.db
      .prepare('SELECT chair_key_hash FROM committees UNION ALL SELECT token_hash FROM seats')
      .pluck()
      .all();
    for (const hash of hashes) expect(response.body).not.toContain(String(hash));
    expect(response.body).not.toMatch(/"\w*(hash|token|Key)"/i);
    const missing = await app.inject({ url: '/api/committees/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers unknown API routes with JSON 404, not the web app', async () => {
    const { app } = await seeded();
    const response = await app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('web app', () => {
  it('without a build, / says how to build it and lists the committees', async () => {
    const { app } = await seeded();
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('pnpm build');
    expect(response.body).toContain('Security Council');
    expect((await app.inject({ url: '/board/unsc' })).statusCode).toBe(503);
  });

  it('with a build, serves files and falls back to index.html for app routes', async () => {
    const { dir, remove } = makeTempDir();
    cleanups.push(remove);
    mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Placard app</title>');
    writeFileSync(join(dir, '_app', 'immutable', 'start.abc.js'), 'export {};');
    const { app } = await seeded(dir);

    const root = await app.inject({ url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('Placard app');
    const deep = await app.inject({ url: '/board/unsc' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('Placard app');
    expect(deep.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ url: '/_app/immutable/start.abc.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/api/committees' })).json()).toHaveLength(1);
    expect((await app.inject({ method: 'POST', url: '/board/unsc' })).statusCode).toBe(404);
  });
});
