/**
 * Placard's own server for the benchmarks: `buildApp` with its default live
 * options (what `pnpm start` runs), on a fresh SQLite file with the 2026
 * Council provisioned, or on an existing file for the cold-start scenario.
 * Started by bench/run.ts pinned to its own core; answers serverControl commands.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildApp,
  ensureAdminKey,
  loadConfig,
  openDatabase,
  runMigrations,
} from '../server/src/index.ts';
import { benchCommittee } from './lib/council.ts';
import { params, serve } from './lib/worker.ts';
import { serverHandlers, serverInfo, type ServerParams } from './lib/serverControl.ts';
import { nowMs } from './lib/time.ts';

const given = params<ServerParams>();
// BENCH_BROADCAST (development): JSON merged into the broadcast options, e.g. {"directWrite":false}.
const extra = process.env['BENCH_BROADCAST'];
const options: ServerParams = extra
  ? { ...given, broadcast: { ...given.broadcast, ...(JSON.parse(extra) as object) } }
  : given;
const dir = mkdtempSync(join(options.dbDir ?? tmpdir(), 'placard-bench-'));
const dbPath = options.dbPath ?? join(dir, 'placard.db');
const db = openDatabase(dbPath);
runMigrations(db);
const config = loadConfig({
  PLACARD_DB: dbPath,
  PLACARD_ADMIN_KEY: 'bench-admin-key-0123456789',
  PUBLIC_URL: 'http://placard.bench',
  LOG_LEVEL: 'warn',
  ...(options.fastLane === false ? { PLACARD_OBSERVER_FAST_LANE: 'off' } : {}),
});
ensureAdminKey(db, config.adminKey);
const clock = { now: () => Date.now() };
const app = buildApp({
  db,
  clock,
  config,
  webRoot: join(dir, 'no-web-build'),
  logStream: { write: () => undefined },
  ...(options.broadcast ? { live: { broadcast: options.broadcast } } : {}),
});

const { committee, chairKey, seatTokens } = benchCommittee(
  app.placard.committees,
  options,
  clock.now(),
);

// Load the committee now, timed (the onReady hook would otherwise load it at listen).
const loadStart = nowMs();
const room = app.live.rooms.get(committee);
const loadMs = nowMs() - loadStart;
if (!room) throw new Error(`no committee ${committee} in ${dbPath}`);

await app.listen({ host: '127.0.0.1', port: 0 });
const { port } = app.server.address() as AddressInfo;
const info = serverInfo(port, { committee, chairKey, seatTokens, loadMs, seq: room.seq });

serve(serverHandlers(), info, async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
