/**
 * Crash safety. The real server process (`node server/src/main.ts`) runs a scripted
 * session of at least 1,000 commands from a chair and fifteen phones (real
 * CommitteeClient sockets) and is killed with SIGKILL at seeded random points (most
 * right after some client received an ack, the worst moment for durability; some after
 * a random delay), then started again on the same database file and port.
 *
 * After every kill, with the server down, the database must hold every command any
 * client saw acknowledged, at the seq of its ack; after every restart every client must
 * resync to exactly the state a fresh observer gets, which must be the log replayed. A
 * running caucus keeps its deadline across restarts. Commands in flight at a kill are
 * retried by the client with the same id and apply at most once.
 */
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { remainingMs, type CommitteeState, type Timer } from '@placard/shared';
import { CommitteeClient, newCommandId } from '@placard/shared/client';
import type { Ack } from '@placard/shared/protocol';
import { securityCouncil2026 } from '../../server/src/index.ts';
import { makeTempDir } from '../integration/helpers/tempDb.ts';
import { allLive, client, until, type Target } from './helpers/clients.ts';
import { ConcurrentSession, type Sender } from './helpers/concurrentSession.ts';
import { logProblems, readLog, type LogView } from './helpers/log.ts';
import { between, report, seedFrom, seededRandom, within } from './helpers/report.ts';
import { startServerChild } from './helpers/serverChild.ts';
import { typedCommand } from '../integration/helpers/typedCommand.ts';

const SEED = seedFrom(20261111);
const MIN_COMMANDS = 1000;
const MIN_KILLS = 21;
const ADMIN_KEY = 'reliability-admin-key-0123456789';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

interface SentCommand {
  readonly id: string;
  readonly type: string;
  readonly payload: unknown;
  readonly client: CommitteeClient;
  ack: Ack | null;
  /** The server was killed while this command waited for its ack. */
  inFlightAtKill: boolean;
}

/** Rejections `decide` made: remembered with the command id (malformed input is not). */
const DOMAIN_CODES = new Set(['forbidden', 'out_of_order', 'not_found', 'conflict']);

/** Acknowledged commands the log does not hold as acknowledged, and other broken promises. */
function auditLog(log: LogView, sent: Iterable<SentCommand>): { lost: string[]; other: string[] } {
  const lost: string[] = [];
  const other = logProblems(log);
  for (const command of sent) {
    const { ack } = command;
    if (ack === null) continue;
    const row = log.commands.get(command.id);
    if (ack.ok) {
      if (!row || !isDeepStrictEqual(row.result, ack) || ack.seq > log.head) {
        lost.push(`${command.type} ${command.id} acked at seq ${ack.seq}`);
      }
    } else if (DOMAIN_CODES.has(ack.error.code) && !isDeepStrictEqual(row?.result, ack)) {
      // A rejection is remembered too, so a retry after a lost ack gets the same answer.
      other.push(`rejection of ${command.type} ${command.id} not remembered`);
    }
  }
  return { lost, other };
}

function runningTimer(state: CommitteeState | null): Timer | null {
  const floor = state?.floor;
  return floor?.kind === 'unmoderatedCaucus' && floor.timer.status === 'running'
    ? floor.timer
    : null;
}

it(`loses no acknowledged command: ${MIN_COMMANDS}+ commands from 16 clients, ${MIN_KILLS} SIGKILLs of the server process`, async () => {
  const random = seededRandom(SEED);
  const { dir, remove } = makeTempDir('placard-crash-');
  cleanups.push(remove);
  const dbPath = join(dir, 'placard.db');
  const server = await startServerChild(dbPath, { PLACARD_ADMIN_KEY: ADMIN_KEY });
  cleanups.push(() => server.dispose());
  const { banner } = server;
  if (!banner.committeeId || !banner.chairKey) throw new Error('no seeded committee');
  const target: Target = { url: server.url, committeeId: banner.committeeId };

  const members = securityCouncil2026.members.map((member) => member.code);
  const chair = client(target, { chairKey: banner.chairKey });
  const seats: Record<string, CommitteeClient> = {};
  for (const code of members) {
    const token = banner.seatTokens[code];
    if (!token) throw new Error(`no seat link for ${code} in the banner`);
    seats[code] = client(target, { seatToken: token });
  }
  const everyone = [chair, ...Object.values(seats)];
  cleanups.push(() => everyone.forEach((c) => c.close()));
  await allLive(everyone);

  const sent = new Map<string, SentCommand>();
  let inFlight = 0;
  let acked = 0;
  let slowed = 0;
  let kills = 0;
  let lostMax = 0;
  let caucusChecks = 0;
  const restartMs: number[] = [];

  let failure: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    failure = reject;
  });
  failed.catch(() => undefined);

  // The gate holds new commands while the server is down and being checked.
  let gate: Promise<void> = Promise.resolve();
  let openGate: () => void = () => undefined;
  let crashing: Promise<void> | null = null;
  let killAfterAcks = Number.POSITIVE_INFINITY;
  let killTimer: NodeJS.Timeout | undefined;

  const settle = async (when: string): Promise<LogView> => {
    await allLive(everyone, 30_000);
    await until(() => inFlight === 0, 30_000, `${when}: in-flight commands answered`);
    const observer = client(target, null);
    try {
      await until(() => observer.state !== null, 15_000, `${when}: observer snapshot`);
      await until(
        () => everyone.every((c) => c.seq === observer.seq),
        30_000,
        `${when}: every client at the observer's seq ${observer.seq}`,
      );
      const log = readLog(dbPath, target.committeeId);
      const problems: string[] = [];
      if (observer.seq !== log.head)
        problems.push(`observer at ${observer.seq}, log at ${log.head}`);
      if (!isDeepStrictEqual(observer.state, log.state)) {
        problems.push('the server state is not the log replayed');
      }
      everyone.forEach((c, index) => {
        if (!isDeepStrictEqual(c.state, observer.state)) {
          problems.push(`client ${index === 0 ? 'chair' : (members[index - 1] ?? index)} differs`);
        }
      });
      if (problems.length > 0) throw new Error(`${when}: ${problems.join('; ')}`);
      return log;
    } finally {
      observer.close();
    }
  };

  const audit = (when: string): LogView => {
    const log = readLog(dbPath, target.committeeId);
    const { lost, other } = auditLog(log, sent.values());
    lostMax = Math.max(lostMax, lost.length);
    if (lost.length > 0 || other.length > 0) {
      report('crash', { 'FAILED when': when, lost: lost.length, kills });
      throw new Error(
        `${when}: ${lost.length} acknowledged commands lost (${lost.slice(0, 5).join('; ')}); ${other.slice(0, 5).join('; ')}`,
      );
    }
    return log;
  };

  const planNextKill = (): void => {
    if (random() < 0.7) {
      killAfterAcks = acked + between(random, 8, 60);
    } else {
      const delay = between(random, 20, 900);
      killTimer = setTimeout(() => void crash('after a random delay'), delay);
    }
  };

  const crash = (why: string): Promise<void> => {
    if (crashing) return crashing;
    clearTimeout(killTimer);
    killAfterAcks = Number.POSITIVE_INFINITY;
    gate = new Promise((resolve) => {
      openGate = resolve;
    });
    crashing = (async () => {
      await server.kill(); // SIGKILL is sent before the first await inside
      kills += 1;
      for (const command of sent.values()) {
        if (command.ack === null) command.inFlightAtKill = true;
      }
      audit(`after kill ${kills} (${why}), server down`);
      restartMs.push(await server.restart());
      await settle(`after restart ${kills}`);
      audit(`after restart ${kills}`);
    })().then(
      () => {
        crashing = null;
        openGate();
        planNextKill();
      },
      (error: unknown) => failure(error instanceof Error ? error : new Error(String(error))),
    );
    return crashing;
  };

  const send: Sender = async (c, type, payload = {}) => {
    for (;;) {
      await gate;
      const id = newCommandId();
      const command: SentCommand = {
        id,
        type,
        payload,
        client: c,
        ack: null,
        inFlightAtKill: false,
      };
      sent.set(id, command);
      inFlight += 1;
      const ack = await c.send(typedCommand(type, payload), id);
      inFlight -= 1;
      command.ack = ack;
      if (ack.ok) {
        acked += 1;
        // Right after an ack reached a client: the worst moment for a crash.
        if (acked >= killAfterAcks) void crash(`right after ack ${acked}`);
      }
      // A phone that is told to slow down waits and sends again (a fresh command).
      if (!ack.ok && ack.error.code === 'rate_limited') {
        slowed += 1;
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      return ack;
    }
  };

  const session = new ConcurrentSession({ chair, seats }, send, (seq) =>
    within(chair.waitForSeq(seq), 30_000, `the chair to reach seq ${seq}`),
  );
  // The first two unmoderated caucuses are killed mid-way: the deadline must survive.
  session.onUnmoderatedCaucus = async () => {
    if (caucusChecks >= 2) return;
    const before = runningTimer(chair.state);
    if (!before) return;
    await crash('during an unmoderated caucus');
    const phone = new CommitteeClient({
      url: target.url,
      committee: target.committeeId,
      socket: { transports: ['websocket'] },
    });
    try {
      await until(() => phone.state !== null, 15_000, 'phone snapshot');
      await phone.resyncClock();
      const after = runningTimer(phone.state);
      expect(after, 'the caucus timer after the restart').toEqual(before);
      if (after?.status !== 'running') throw new Error('no running caucus after restart');
      const shown = remainingMs(after, phone.serverNow());
      expect(shown).toBeGreaterThan(0);
      expect(Math.abs(shown - (after.deadline - Date.now()))).toBeLessThan(500);
      caucusChecks += 1;
    } finally {
      phone.close();
    }
  };

  planNextKill();
  await Promise.race([
    session.run(() => session.sent >= MIN_COMMANDS && kills >= MIN_KILLS),
    failed,
  ]);
  clearTimeout(killTimer);
  killAfterAcks = Number.POSITIVE_INFINITY;
  await Promise.race([crashing ?? Promise.resolve(), failed]);
  await Promise.race([settle('at the end'), failed]);

  // Retry every command that was in flight at a kill, and a sample of others, with its
  // own id: each gets its first answer back and nothing is appended again.
  const answered = [...sent.values()].filter((command) => command.ack !== null);
  const decided = answered.filter(
    (command) =>
      command.ack !== null && (command.ack.ok || DOMAIN_CODES.has(command.ack.error.code)),
  );
  const probes = [
    ...decided.filter((command) => command.inFlightAtKill),
    ...decided.filter((_, index) => index % 50 === 0),
  ];
  const headBefore = readLog(dbPath, target.committeeId).head;
  let appliedTwice = 0;
  for (const probe of probes) {
    let again = await probe.client.send(typedCommand(probe.type, probe.payload), probe.id);
    // Refused for rate before it reached the room: the same id may simply be sent again.
    while (!again.ok && again.error.code === 'rate_limited') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      again = await probe.client.send(typedCommand(probe.type, probe.payload), probe.id);
    }
    if (!isDeepStrictEqual(again, probe.ack)) appliedTwice += 1;
  }
  const finalLog = audit('at the end');
  expect(finalLog.head).toBe(headBefore);
  await settle('after the retries');

  const retriedInFlight = decided.filter((command) => command.inFlightAtKill);
  const okAcks = answered.filter((command) => command.ack?.ok).length;
  report('crash', {
    seed: SEED,
    'commands sent': sent.size,
    'commands acknowledged': okAcks,
    'rejected by the rules': answered.length - okAcks,
    rejections: [...new Set(session.rejected.map((r) => `${r.type}:${r.code}`))].join(' '),
    lost: lostMax,
    kills,
    'in flight at a kill (retried by id)': retriedInFlight.length,
    'applied twice': appliedTwice,
    'slowed (rate_limited)': slowed,
    'caucus deadlines kept': caucusChecks,
    'events in the log': finalLog.head,
    'mean restart ms': Math.round(restartMs.reduce((a, b) => a + b, 0) / restartMs.length),
  });
  expect(session.sent).toBeGreaterThanOrEqual(MIN_COMMANDS);
  expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
  expect(lostMax).toBe(0);
  expect(appliedTwice).toBe(0);
  expect(caucusChecks).toBe(2);
  // The session is a plausible one: nearly everything it does is in order.
  expect(okAcks).toBeGreaterThan(0.9 * answered.length);
}, 600_000);
