/**
 * `pnpm demo`: a rehearsal of a Council session with nobody but the chair. It starts the
 * server on a fresh database in a temporary folder with a fresh committee from the 2026
 * template, prints the chair's link (with its key) and the board's, and connects a
 * simulated delegation to every seat. The delegations react to what the chair does in the
 * console; the demo stops by itself after its minutes or once the meeting is adjourned
 * (and on Ctrl-C / SIGTERM), closing the server and deleting the folder.
 *
 *   pnpm demo -- --speed 2 --seed 7 --minutes 30 [--absent LBR] [--chair auto] [--no-build]
 *
 * `--chair auto` lets the scripted chair run the session too, for a demo nobody attends.
 * Environment: PLACARD_DEMO_SPEED, PLACARD_DEMO_SEED, PLACARD_DEMO_MINUTES,
 * PLACARD_DEMO_CHAIR, and the
 * server's own (PORT, HOST, LOG_LEVEL…; PLACARD_DB is ignored: the database is temporary).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  boardLink,
  buildApp,
  chairLink,
  ConfigError,
  ensureAdminKey,
  loadConfig,
  openDatabase,
  provisionCommittee,
  runMigrations,
  securityCouncil2026,
  systemClock,
} from '../server/src/index.ts';
import { readDemoOptions } from '../server/src/rehearsal/demoOptions.ts';
import { startRehearsal, type Rehearsal } from '../server/src/rehearsal/rehearsal.ts';
import { seatTokensOf } from '../server/src/rehearsal/rehearsalCommittee.ts';
import { watchLauncher } from './parentWatch.ts';
import { ensureWebBuild } from './webBuild.ts';

const SHUTDOWN_DEADLINE_MS = 5000;

function fail(message: string): never {
  process.stderr.write(`placard demo: ${message}\n`);
  process.exit(1);
}

const read = readDemoOptions(process.argv.slice(2), process.env);
if (!read.ok) fail(read.error);
const options = read.options;
const roster = [...securityCouncil2026.members, ...securityCouncil2026.invitees];
if (options.absent && !roster.some((delegation) => delegation.code === options.absent)) {
  fail(
    `--absent: ${options.absent} is not on the roster (${roster.map((d) => d.code).join(', ')})`,
  );
}
if (options.build) ensureWebBuild();

const folder = mkdtempSync(join(tmpdir(), 'placard-demo-'));
const removeFolder = (): void => rmSync(folder, { recursive: true, force: true });
let config;
try {
  config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env['LOG_LEVEL'] || 'warn',
    PLACARD_DB: join(folder, 'demo.db'),
  });
} catch (error) {
  removeFolder();
  if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`);
  throw error;
}
const db = openDatabase(config.dbPath);
runMigrations(db, { dir: config.migrationsDir, now: () => systemClock.now() });
ensureAdminKey(db, config.adminKey);
const app = buildApp({ db, clock: systemClock, config });
const committee = provisionCommittee(app.placard.committees, {
  preferredId: 'unsc',
  template: securityCouncil2026,
  now: systemClock.now(),
});

let rehearsal: Rehearsal | null = null;
let stopping = false;
async function shutdown(why: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`placard demo: ${why}; closing\n`);
  setTimeout(() => {
    removeFolder();
    fail(`shutdown took over ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
  }, SHUTDOWN_DEADLINE_MS).unref();
  rehearsal?.stop();
  try {
    await app.close();
  } finally {
    db.close();
    removeFolder();
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void shutdown(`${signal} received`));
}
// pnpm does not forward SIGTERM to us: stop as if we got it when it goes away.
watchLauncher(() => process.kill(process.pid, 'SIGTERM'));

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  db.close();
  removeFolder();
  fail(
    `cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`,
  );
}
const address = app.server.address();
const port = address !== null && typeof address === 'object' ? address.port : config.port;
const local = `http://localhost:${port}`;
const id = committee.committee.id;
const seed = options.seed ?? Math.floor(Math.random() * 2_147_483_647);
process.stdout.write(
  [
    '',
    'Placard rehearsal: a fresh Security Council with simulated delegations.',
    `  Chair console: ${chairLink(local, id, committee.chairKey)}`,
    `  Live board:    ${boardLink(local, id)}`,
    `  speed ${options.speed}, seed ${seed}, at most ${options.minutes} min; Ctrl-C stops it.`,
    options.chair === 'auto'
      ? '  The scripted chair runs the session: watch it on the board.'
      : '  Call the meeting to order and take the roll call: the delegations follow your lead.',
    '',
    '',
  ].join('\n'),
);

try {
  rehearsal = await startRehearsal({
    url: `http://127.0.0.1:${port}`,
    committee: id,
    seatTokens: seatTokensOf(committee),
    seed,
    durationMs: options.minutes * 60_000,
    behaviour: { speed: options.speed },
    ...(options.absent ? { plan: { absent: options.absent } } : {}),
    ...(options.chair === 'auto' ? { scriptedChairKey: committee.chairKey } : {}),
    log: (line) => process.stdout.write(`  · ${line}\n`),
  });
} catch (error) {
  await shutdown(error instanceof Error ? error.message : String(error), 1);
}
const end = await rehearsal?.finished;
if (end && end !== 'stopped') {
  await shutdown(
    end === 'adjourned'
      ? 'the meeting is adjourned'
      : end === 'time'
        ? `${options.minutes} min are up`
        : 'every delegation was disconnected',
  );
}
