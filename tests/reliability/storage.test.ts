/**
 * Storage faults: the database becomes full, locked by another process, or read-only
 * while a session runs. Commands are then refused with a typed `internal` error (never
 * acknowledged), nothing half-written stays behind, the server's state never runs ahead
 * of its log, a timer that falls due meanwhile neither spins nor floods the log, and
 * everything works again as soon as the database does.
 *
 * The server process runs as root here, so `chmod` cannot make a file read-only: the
 * faults are made with SQLite itself (`max_page_count` for a full disk, an exclusive
 * transaction on a second connection for a lock, `query_only` for read-only).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newCommandId, type CommitteeClient } from '@placard/shared/client';
import type { Ack } from '@placard/shared/protocol';
import {
  connect,
  startLiveServer,
  until,
  type LiveServer,
} from '../integration/helpers/liveServer.ts';
import { SessionScript } from '../integration/helpers/sessionScript.ts';
import { manualClock } from '../integration/helpers/testApp.ts';
import { Database, logProblems, readLog } from './helpers/log.ts';
import { report } from './helpers/report.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function server(options: Parameters<typeof startLiveServer>[0] = {}): Promise<LiveServer> {
  const started = await startLiveServer(options);
  cleanups.push(() => started.dispose());
  return started;
}

async function council(live: LiveServer) {
  const chair = connect(live, { chairKey: live.chairKey });
  const seats: Record<string, CommitteeClient> = {};
  for (const [code, token] of Object.entries(live.seatTokens)) {
    seats[code] = connect(live, { seatToken: token });
  }
  const all = [chair, ...Object.values(seats)];
  cleanups.push(() => all.forEach((c) => c.close()));
  await until(() => all.every((c) => c.state !== null), 15_000, 'council connected');
  return { chair, seats, all };
}

const roomOf = (live: LiveServer) => {
  const room = live.app.live.rooms.get(live.committeeId);
  if (!room) throw new Error('no room');
  return room;
};

/** The promises that must hold after any fault: log intact, state = log, clients = state. */
async function consistent(live: LiveServer, clients: readonly CommitteeClient[], when: string) {
  const log = readLog(live.dbPath, live.committeeId);
  expect(logProblems(log), `${when}: log`).toEqual([]);
  const room = roomOf(live);
  expect(room.seq, `${when}: the room is at the log's head`).toBe(log.head);
  expect(
    isDeepStrictEqual(room.state, log.state),
    `${when}: the room's state is the log replayed`,
  ).toBe(true);
  await until(() => clients.every((c) => c.seq === room.seq), 10_000, `${when}: clients at head`);
  for (const c of clients)
    expect(isDeepStrictEqual(c.state, room.state), `${when}: a client`).toBe(true);
  const integrity = live.db.pragma('integrity_check', { simple: true });
  expect(integrity, `${when}: integrity_check`).toBe('ok');
  return log;
}

/** Every seat joins or leaves the speakers' list in turn: a steady stream of small writes. */
function churn(script: SessionScript, seats: Record<string, CommitteeClient>) {
  let turn = 0;
  const codes = Object.keys(seats);
  return (): [CommitteeClient, 'gsl.add' | 'gsl.remove'] => {
    const code = codes[turn % codes.length] ?? 'FRA';
    turn += 1;
    const listed = script.state.speakersList.entries.includes(code);
    const client = seats[code];
    if (!client) throw new Error(`no ${code}`);
    return [client, listed ? 'gsl.remove' : 'gsl.add'];
  };
}

describe('a full database', () => {
  it('refuses commands with `internal` once it is full, keeps the log and state consistent, and recovers when space returns', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Snapshots every 5 events: their writes are the largest, so they meet the full disk too.
    const live = await server({ live: { snapshotEvery: 5 } });
    const { chair, seats, all } = await council(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    const next = churn(script, seats);

    const pages = Number(live.db.pragma('page_count', { simple: true }));
    live.db.pragma(`max_page_count = ${pages}`);
    const acks: {
      id: string;
      type: 'gsl.add' | 'gsl.remove';
      client: CommitteeClient;
      ack: Ack;
    }[] = [];
    let internal: (typeof acks)[number] | undefined;
    for (let i = 0; i < 2000 && internal === undefined; i++) {
      const [client, type] = next();
      const id = newCommandId();
      const ack = await client.send({ type, payload: {} }, id);
      acks.push({ id, type, client, ack });
      if (ack.ok) await chair.waitForSeq(ack.seq);
      else if (ack.error.code === 'internal') internal = acks.at(-1);
      else throw new Error(`unexpected refusal ${ack.error.code}: ${ack.error.message}`);
    }
    if (!internal || internal.ack.ok) throw new Error('the database never filled up');
    expect(internal.ack.error.message).toMatch(/could not record|nothing was changed/);

    // A few more while full: each refused the same way, none remembered, none broadcast.
    const whileFull: Ack[] = [internal.ack];
    for (let i = 0; i < 5; i++) {
      const [client, type] = next();
      whileFull.push(await client.send({ type, payload: {} }));
    }
    const retried = await internal.client.send({ type: internal.type, payload: {} }, internal.id);
    whileFull.push(retried);
    expect(whileFull.map((ack) => (ack.ok ? 'ok' : ack.error.code))).toEqual(
      whileFull.map(() => 'internal'),
    );
    const full = await consistent(live, all, 'while full');
    // No refused command left a trace: not its events, not its id.
    expect(full.commands.has(internal.id)).toBe(false);
    for (const { id, ack } of acks) expect(full.commands.has(id)).toBe(ack.ok);

    // Space again: the same command, retried with its id, is applied once.
    live.db.pragma('max_page_count = 1073741823');
    const recovered = await internal.client.send({ type: internal.type, payload: {} }, internal.id);
    expect(recovered).toMatchObject({ ok: true });
    const again = await internal.client.send({ type: internal.type, payload: {} }, internal.id);
    expect(again).toEqual(recovered);
    const after = await consistent(live, all, 'after recovery');
    expect(after.commands.get(internal.id)?.result).toEqual(recovered);

    report('storage: database full', {
      'commands before full': acks.length - 1,
      'refused while full (internal)': whileFull.length,
      'acked while full': 0,
      integrity_check: 'ok',
      'recovered: retried id applied once': 'yes',
      'errors logged': errors.mock.calls.length,
    });
  }, 120_000);
});

/** A second process holding SQLite's write lock on the file for `ms` milliseconds. */
function lockInAnotherProcess(dbPath: string, ms: number) {
  const sqlite = join(import.meta.dirname, '..', '..', 'server', 'package.json');
  const script = `
    const Database = require('node:module').createRequire(${JSON.stringify(sqlite)})('better-sqlite3');
    const db = new Database(${JSON.stringify(dbPath)});
    db.exec('BEGIN EXCLUSIVE');
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT');
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the locking process exited (${code})`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { locked, exited };
}

describe('a locked or read-only database', () => {
  it('waits out a brief lock, refuses with `internal` while the lock outlasts the busy timeout or the file is read-only, and recovers', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const live = await server();
    const { chair, seats, all } = await council(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    const next = churn(script, seats);
    const send = async () => {
      const [client, type] = next();
      const id = newCommandId();
      return { id, client, type, ack: await client.send({ type, payload: {} }, id) };
    };

    // 1. Another process (a backup, the sqlite3 shell) holds the lock for 600 ms: within
    //    the server's 5 s busy timeout, so the command waits and goes through.
    const brief = lockInAnotherProcess(live.dbPath, 600);
    await brief.locked;
    const started = Date.now();
    const waited = await send();
    const waitedMs = Date.now() - started;
    await brief.exited;
    expect(waited.ack).toMatchObject({ ok: true });
    expect(waitedMs).toBeGreaterThanOrEqual(300);
    await consistent(live, all, 'after a brief lock');

    // 2. A lock that outlasts the busy timeout (shortened to 200 ms so the test is quick):
    //    an exclusive transaction on a second connection.
    live.db.pragma('busy_timeout = 200');
    const holder = new Database(live.dbPath);
    cleanups.push(() => {
      if (holder.inTransaction) holder.exec('ROLLBACK');
      holder.close();
    });
    holder.exec('BEGIN EXCLUSIVE');
    const whileLocked = [await send(), await send(), await send()];
    for (const { ack } of whileLocked) {
      expect(ack).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
    holder.exec('COMMIT');
    const lockedLog = await consistent(live, all, 'after the lock');
    for (const { id } of whileLocked) expect(lockedLog.commands.has(id)).toBe(false);
    const afterLock = await whileLocked[0]?.client.send(
      { type: whileLocked[0].type, payload: {} },
      whileLocked[0].id,
    );
    expect(afterLock).toMatchObject({ ok: true });
    live.db.pragma('busy_timeout = 5000');

    // 3. Read-only (as a full or failing disk may force): every write is refused.
    live.db.pragma('query_only = ON');
    const whileReadOnly = [await send(), await send()];
    for (const { ack } of whileReadOnly) {
      expect(ack).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
    live.db.pragma('query_only = OFF');
    const readOnlyLog = await consistent(live, all, 'after read-only');
    for (const { id } of whileReadOnly) expect(readOnlyLog.commands.has(id)).toBe(false);
    expect((await send()).ack).toMatchObject({ ok: true });
    await consistent(live, all, 'at the end');

    report('storage: locked and read-only', {
      'brief lock waited ms': waitedMs,
      'refused while locked (internal)': whileLocked.length,
      'refused while read-only (internal)': whileReadOnly.length,
      'acked while failing': 0,
      'errors logged': errors.mock.calls.length,
    });
  }, 120_000);

  it('retries a caucus deadline that falls due while the database refuses writes with backoff, not in a tight loop, and ends the caucus once it can', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const clock = manualClock();
    const live = await server({ clock });
    const { chair, seats, all } = await council(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    await script.motion(
      'FRA',
      'GBR',
      { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Drafting' },
      () => 'yes',
    );
    expect(roomOf(live).state.floor.kind).toBe('unmoderatedCaucus');

    live.db.pragma('query_only = ON');
    clock.advance(301_000);
    roomOf(live).armDeadline(); // the deadline has passed: fire now
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const attemptsInASecond = errors.mock.calls.filter((call) =>
      String(call[0]).includes('timer.expire'),
    ).length;
    expect(roomOf(live).state.floor.kind).toBe('unmoderatedCaucus');

    live.db.pragma('query_only = OFF');
    await until(() => roomOf(live).state.floor.kind === 'formalDebate', 15_000, 'caucus ended');
    const log = await consistent(live, all, 'after the timer fired');
    const ended = log.events.filter((event) => event.type === 'caucus.ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]?.actor).toEqual({ role: 'system' });

    report('storage: timer during a fault', {
      'expiry attempts in the first second': attemptsInASecond,
      'caucus ended after recovery': ended.length,
    });
    // Without backoff this is a hot loop: hundreds of attempts (and log lines) a second.
    expect(attemptsInASecond).toBeGreaterThan(0);
    expect(attemptsInASecond).toBeLessThanOrEqual(5);
  }, 60_000);
});
