import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CommitteeClient, type Credential } from '@placard/shared/client';
import {
  buildApp,
  ensureAdminKey,
  loadConfig,
  openDatabase,
  provisionCommittee,
  runMigrations,
  securityCouncil2026,
  type Clock,
  type Db,
  type LiveOptions,
  type PlacardApp,
} from '../../../server/src/index.ts';
import { makeTempDir } from './tempDb.ts';
import { TEST_ADMIN_KEY } from './testApp.ts';

/** The keys of the committee a live test runs. */
export interface CommitteeKeys {
  readonly committeeId: string;
  readonly chairKey: string;
  readonly seatTokens: Readonly<Record<string, string>>;
}

/** A real server listening on 127.0.0.1 over a real SQLite file. */
export interface LiveServer extends CommitteeKeys {
  readonly app: PlacardApp;
  readonly db: Db;
  readonly url: string;
  readonly port: number;
  readonly dbPath: string;
  /** Close the server and the database, keeping the file. */
  stop(): Promise<void>;
  /** Start again on the same file and port (after stop). */
  restart(): Promise<LiveServer>;
  /** Stop and delete the folder. */
  dispose(): Promise<void>;
}

export interface LiveServerOptions {
  readonly clock?: Clock;
  readonly live?: LiveOptions;
  /** Folder of the built web app (browser tests); default none. */
  readonly webRoot?: string;
}

async function listen(
  dbPath: string,
  port: number,
  keys: CommitteeKeys | null,
  options: LiveServerOptions,
  remove: () => void,
): Promise<LiveServer> {
  const db = openDatabase(dbPath);
  runMigrations(db);
  const config = loadConfig({
    PLACARD_DB: dbPath,
    PLACARD_ADMIN_KEY: TEST_ADMIN_KEY,
    PUBLIC_URL: 'http://placard.test',
    LOG_LEVEL: 'warn',
  });
  ensureAdminKey(db, config.adminKey);
  const clock = options.clock ?? { now: () => Date.now() };
  const app = buildApp({
    db,
    clock,
    config,
    webRoot: options.webRoot ?? join(dbPath, '..', 'no-web-build'),
    logStream: { write: () => undefined },
    ...(options.live ? { live: options.live } : {}),
  });
  let committee = keys;
  if (!committee) {
    const made = provisionCommittee(app.placard.committees, {
      id: 'unsc',
      preferredId: 'unsc',
      template: securityCouncil2026,
      now: clock.now(),
    });
    committee = {
      committeeId: made.committee.id,
      chairKey: made.chairKey,
      seatTokens: Object.fromEntries(made.seatTokens.map(({ code, token }) => [code, token])),
    };
  }
  await app.listen({ host: '127.0.0.1', port });
  const bound = (app.server.address() as AddressInfo).port;
  const stop = async (): Promise<void> => {
    await app.close();
    if (db.open) db.close();
  };
  const server: LiveServer = {
    ...committee,
    app,
    db,
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    dbPath,
    stop,
    restart: () => listen(dbPath, bound, committee, options, remove),
    async dispose() {
      if (app.server.listening) await stop();
      remove();
    },
  };
  return server;
}

/** Start a server with the 2026 Council provisioned as committee `unsc`. */
export function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const { dir, remove } = makeTempDir('placard-live-');
  return listen(join(dir, 'placard.db'), 0, null, options, remove);
}

/** A client for the server's committee with the given credential (websocket only: fast, no polling). */
export function connect(
  server: { url: string; committeeId: string },
  credential: Credential,
  extra: { now?: () => number; onFrame?: (frame: string) => void } = {},
): CommitteeClient {
  return new CommitteeClient({
    url: server.url,
    committee: server.committeeId,
    credential,
    ...extra,
    socket: { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 },
  });
}

/** Resolves when `check` holds, polling; rejects after `timeoutMs`. */
export async function until(
  check: () => boolean,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
