/**
 * The journal's scripted session through real clients, and an empty server to
 * import its log into. The script (shared/src/journal/testSession.ts) moves a
 * manual clock between commands, so every speech's length is known exactly.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CommitteeClient } from '@placard/shared/client';
import type { Ack } from '@placard/shared/protocol';
import {
  buildApp,
  ensureAdminKey,
  loadConfig,
  openDatabase,
  runMigrations,
  type Db,
  type LiveOptions,
  type PlacardApp,
} from '../../../server/src/index.ts';
import { journalSession, type SessionStep } from '../../../shared/src/journal/testSession.ts';
import { connect, until } from './liveServer.ts';
import { SessionScript } from './sessionScript.ts';
import { makeTempDir } from './tempDb.ts';
import { TEST_ADMIN_KEY, type ManualClock } from './testApp.ts';
import { typedCommand } from './typedCommand.ts';

/** A server with no committee at all, on its own database file. */
export interface EmptyServer {
  readonly app: PlacardApp;
  readonly db: Db;
  readonly url: string;
  dispose(): Promise<void>;
}

export async function startEmptyServer(options: {
  clock: ManualClock;
  live?: LiveOptions;
}): Promise<EmptyServer> {
  const { dir, remove } = makeTempDir('placard-import-');
  const dbPath = join(dir, 'placard.db');
  const db = openDatabase(dbPath);
  runMigrations(db);
  const config = loadConfig({
    PLACARD_DB: dbPath,
    PLACARD_ADMIN_KEY: TEST_ADMIN_KEY,
    PUBLIC_URL: 'http://placard.test',
    LOG_LEVEL: 'warn',
  });
  ensureAdminKey(db, config.adminKey);
  const app = buildApp({
    db,
    clock: options.clock,
    config,
    webRoot: join(dir, 'no-web-build'),
    logStream: { write: () => undefined },
    ...(options.live ? { live: options.live } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return {
    app,
    db,
    url: `http://127.0.0.1:${port}`,
    async dispose() {
      await app.close();
      if (db.open) db.close();
      remove();
    },
  };
}

/** The chair and a client for every seat of a committee, connected and holding state. */
export interface Delegates {
  readonly chair: CommitteeClient;
  readonly seats: Record<string, CommitteeClient>;
  close(): void;
}

export async function connectDelegates(
  server: { url: string; committeeId: string },
  keys: { chairKey: string; seatTokens: Readonly<Record<string, string>> },
): Promise<Delegates> {
  const chair = connect(server, { chairKey: keys.chairKey });
  const seats: Record<string, CommitteeClient> = {};
  for (const [code, seatToken] of Object.entries(keys.seatTokens)) {
    seats[code] = connect(server, { seatToken });
  }
  const all = [chair, ...Object.values(seats)];
  await until(() => all.every((client) => client.state !== null), 15_000, 'clients ready');
  return {
    chair,
    seats,
    close() {
      for (const client of all) client.close();
    },
  };
}

/** SessionScript with the journal's steps: the clock moves, then the command is sent. */
export class JournalScript extends SessionScript {
  readonly #chair: CommitteeClient;
  readonly #clock: ManualClock;

  constructor(delegates: Delegates, clock: ManualClock) {
    super({ chair: delegates.chair, seats: delegates.seats });
    this.#chair = delegates.chair;
    this.#clock = clock;
  }

  /** One step; a refusal fails the test (the script is meant to be accepted throughout). */
  async step(step: SessionStep): Promise<Ack> {
    this.#clock.advance(step.after ?? 0);
    const client = step.by === 'chair' ? this.#chair : this.seat(step.by);
    const payload = step.from ? step.from(this.state) : (step.payload ?? {});
    const ack = await this.send(client, typedCommand(step.type, payload));
    if (!ack.ok) {
      throw new Error(`${step.by} ${step.type} refused: ${ack.error.code}: ${ack.error.message}`);
    }
    return ack;
  }

  async play(steps: readonly SessionStep[] = journalSession): Promise<void> {
    for (const step of steps) await this.step(step);
  }
}

/** The secret after `#key=` or `#token=` in a link. */
export const secretOf = (link: string): string => {
  const secret = /#(?:key|token)=(.+)$/.exec(link)?.[1];
  if (secret === undefined) throw new Error(`no secret in ${link}`);
  return secret;
};
