import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { killIfRunning, startServerProcess, type Child } from './helpers/serverProcess.ts';
import { makeTempDir } from './helpers/tempDb.ts';

let child: Child | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  killIfRunning(child);
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** GET with a keep-alive connection that stays open afterwards (like a browser's). */
function getKeepAlive(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { connection: 'keep-alive' } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('on SIGTERM stops within 5 s with code 0 and closes the database', async () => {
  const { dir, remove } = makeTempDir();
  cleanups.push(remove);
  const dbPath = join(dir, 'placard.db');
  child = startServerProcess({ PLACARD_DB: dbPath });
  const [, url] = await child.waitFor(/On this computer: +(http:\/\/127\.0\.0\.1:\d+)\//);
  const health = await getKeepAlive(`${url ?? ''}/healthz`);
  expect(health.status).toBe(200);
  expect(JSON.parse(health.body)).toMatchObject({ status: 'ok', database: 'ok' });

  const started = Date.now();
  child.process.kill('SIGTERM');
  const { code } = await child.exited(6000);
  expect(code).toBe(0);
  expect(Date.now() - started).toBeLessThan(5000);
  expect(child.stdout()).toContain('placard: stopped');
  // SQLite folds the WAL back into the file and removes it when the last connection closes.
  expect(existsSync(`${dbPath}-wal`)).toBe(false);
});

it('on SIGINT stops the same way', async () => {
  const { dir, remove } = makeTempDir();
  cleanups.push(remove);
  child = startServerProcess({ PLACARD_DB: join(dir, 'placard.db') });
  await child.waitFor(/is running/);
  child.process.kill('SIGINT');
  const { code } = await child.exited(6000);
  expect(code).toBe(0);
});
