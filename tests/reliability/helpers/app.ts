/**
 * An in-process server configured through environment variables, as an operator
 * would (e.g. PLACARD_FRAME_ANCESTORS), serving a chosen web build, with its log lines
 * captured. The committee `unsc` is provisioned directly: its secrets are never printed.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  buildApp,
  ensureAdminKey,
  loadConfig,
  openDatabase,
  provisionCommittee,
  runMigrations,
  securityCouncil2026,
  type Db,
  type PlacardApp,
} from '../../../server/src/index.ts';
import { makeTempDir } from '../../integration/helpers/tempDb.ts';

export const ADMIN_KEY = 'reliability-admin-key-0123456789';

export interface ConfiguredServer {
  readonly app: PlacardApp;
  readonly db: Db;
  readonly url: string;
  readonly committeeId: string;
  readonly chairKey: string;
  readonly seatTokens: Readonly<Record<string, string>>;
  /** Every log line so far. */
  readonly logs: string[];
  dispose(): Promise<void>;
}

export async function startConfiguredServer(
  options: { env?: Record<string, string>; webRoot?: string } = {},
): Promise<ConfiguredServer> {
  const { dir, remove } = makeTempDir('placard-app-');
  const dbPath = join(dir, 'placard.db');
  const db = openDatabase(dbPath);
  runMigrations(db);
  const config = loadConfig({
    PLACARD_DB: dbPath,
    PLACARD_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: 'info',
    ...options.env,
  });
  ensureAdminKey(db, config.adminKey);
  const logs: string[] = [];
  const app = buildApp({
    db,
    clock: { now: () => Date.now() },
    config,
    webRoot: options.webRoot ?? join(dir, 'no-web-build'),
    logStream: { write: (line) => void logs.push(line) },
  });
  const made = provisionCommittee(app.placard.committees, {
    id: 'unsc',
    preferredId: 'unsc',
    template: securityCouncil2026,
    now: Date.now(),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return {
    app,
    db,
    url: `http://127.0.0.1:${port}`,
    committeeId: made.committee.id,
    chairKey: made.chairKey,
    seatTokens: Object.fromEntries(made.seatTokens.map(({ code, token }) => [code, token])),
    logs,
    async dispose() {
      await app.close();
      if (db.open) db.close();
      remove();
    },
  };
}
