import {
  buildApp,
  ensureAdminKey,
  loadConfig,
  type Clock,
  type FailureLimitOptions,
  type PlacardApp,
} from '../../../server/src/index.ts';
import { migratedTempDatabase, type TempDatabase } from './tempDb.ts';

/** The admin key test apps use (set through PLACARD_ADMIN_KEY, as an operator would). */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789';

/** A clock the test moves by hand. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
}

/** A clock starting at a fixed instant. */
export function manualClock(start = Date.UTC(2026, 2, 1, 9, 0, 0)): ManualClock {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
  };
}

/** An app on a real temp-file database, with its log lines captured. */
export interface TestApp {
  readonly app: PlacardApp;
  readonly database: TempDatabase;
  readonly clock: ManualClock;
  /** Every log line written so far. */
  readonly logs: string[];
  close(): Promise<void>;
}

/** Builds the app (not listening) with PUBLIC_URL http://placard.test and no web build. */
export async function startTestApp(
  options: { webRoot?: string; failureLimits?: FailureLimitOptions } = {},
): Promise<TestApp> {
  const database = migratedTempDatabase();
  const config = loadConfig({
    PLACARD_DB: database.path,
    PLACARD_ADMIN_KEY: TEST_ADMIN_KEY,
    PUBLIC_URL: 'http://placard.test',
    LOG_LEVEL: 'info',
  });
  ensureAdminKey(database.db, config.adminKey);
  const clock = manualClock();
  const logs: string[] = [];
  const app = buildApp({
    db: database.db,
    clock,
    config,
    webRoot: options.webRoot ?? `${database.dir}/no-web-build`,
    logStream: { write: (line) => void logs.push(line) },
    ...(options.failureLimits === undefined ? {} : { failureLimits: options.failureLimits }),
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    logs,
    async close() {
      await app.close();
      database.cleanup();
    },
  };
}

/** Headers carrying the admin key. */
export const asAdmin = { authorization: `Bearer ${TEST_ADMIN_KEY}` };
