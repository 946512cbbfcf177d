/**
 * The server process: `node server/src/main.ts` (what `pnpm start` runs after building
 * the web app). Reads the config, opens and migrates the database, seeds the default
 * committee on first start, listens, and shuts down cleanly on SIGINT/SIGTERM.
 * Exits 1 with a one-line reason when it cannot start.
 */
import QRCode from 'qrcode';
import { buildApp } from './app.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { lanAddresses } from './lanAddress.ts';
import { ensureAdminKey } from './security/adminKey.ts';
import { seedDefaultCommittee } from './seed.ts';
import { startupBanner } from './startup.ts';
import { openDatabase, type Db } from './storage/database.ts';
import { MigrationError, runMigrations } from './storage/migrations.ts';

/** Shutdown must finish within this, or the process exits anyway (with code 1). */
const SHUTDOWN_DEADLINE_MS = 5000;

function fail(message: string): never {
  process.stderr.write(`placard: ${message}\n`);
  process.exit(1);
}

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`);
    throw error;
  }
}

function prepareDatabase(config: Config): Db {
  let db: Db;
  try {
    db = openDatabase(config.dbPath);
  } catch (error) {
    fail(
      `cannot open the database ${config.dbPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    runMigrations(db, { dir: config.migrationsDir, now: () => systemClock.now() });
  } catch (error) {
    db.close();
    if (error instanceof MigrationError) fail(error.message);
    throw error;
  }
  return db;
}

const config = readConfig();
const db = prepareDatabase(config);
const adminKey = ensureAdminKey(db, config.adminKey);
const app = buildApp({ db, clock: systemClock, config });
const seeded = seedDefaultCommittee(app.placard.committees, systemClock.now());

// Installed before listening: a signal that arrives as soon as the banner is out must
// find the handler, not Node's default (immediate death).
let stopping = false;
function shutdown(signal: NodeJS.Signals): void {
  if (stopping) {
    fail(`${signal} again: exiting without a clean shutdown`);
  }
  stopping = true;
  process.stdout.write(`placard: ${signal} received, shutting down\n`);
  setTimeout(
    () => fail(`shutdown took over ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`),
    SHUTDOWN_DEADLINE_MS,
  ).unref();
  // Stop accepting and close every socket (onClose hooks: the gateway), then the database.
  app.close().then(
    () => {
      db.close();
      process.stdout.write('placard: stopped\n');
      process.exit(0);
    },
    (error: unknown) => {
      db.close();
      fail(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  db.close();
  fail(
    `cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

const address = app.server.address();
const port = address !== null && typeof address === 'object' ? address.port : config.port;
const everywhere = config.host === '0.0.0.0' || config.host === '::';
const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);
const publicUrl = app.placard.publicUrl();
const lanUrls = lanAddresses().map((lan) => `http://${urlHost(lan)}:${port}`);
process.stdout.write(
  startupBanner({
    version: config.version,
    localUrl: `http://${everywhere ? 'localhost' : urlHost(config.host)}:${port}`,
    publicUrl,
    phoneUrls:
      config.publicUrl === undefined && everywhere && lanUrls.length > 0 ? lanUrls : [publicUrl],
    adminKey,
    seeded,
  }),
);
// At a terminal, a QR code of the landing page saves typing the address on each phone.
if (process.stdout.isTTY) {
  process.stdout.write(await QRCode.toString(`${publicUrl}/`, { type: 'terminal', small: true }));
}
