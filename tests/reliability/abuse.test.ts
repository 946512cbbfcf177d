/**
 * Abuse at the edges, over real sockets and HTTP on loopback: who may issue which
 * command (every command type × every kind of caller), a flooding socket, and key
 * guessing on the socket handshake, the admin API and the chair API.
 */
import { request as httpRequest } from 'node:http';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { commandSchema, commandTypes, rolesFor, type CommandType } from '@placard/shared';
import type { CommitteeClient } from '@placard/shared/client';
import { MAX_MESSAGE_BYTES, type Ack } from '@placard/shared/protocol';
import {
  connect,
  startLiveServer,
  until,
  type LiveServer,
} from '../integration/helpers/liveServer.ts';
import { SessionScript } from '../integration/helpers/sessionScript.ts';
import { TEST_ADMIN_KEY } from '../integration/helpers/testApp.ts';
import { authFor, emitWithAck, handshake, rawSocket } from './helpers/clients.ts';
import { sampleFor } from './helpers/commandSamples.ts';
import { report } from './helpers/report.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function server(options: Parameters<typeof startLiveServer>[0] = {}): Promise<LiveServer> {
  const started = await startLiveServer(options);
  cleanups.push(() => started.dispose());
  return started;
}

function track<T extends CommitteeClient | Socket>(client: T): T {
  cleanups.push(() => void client.close());
  return client;
}

async function council(live: LiveServer) {
  const chair = track(connect(live, { chairKey: live.chairKey }));
  const seats: Record<string, CommitteeClient> = {};
  for (const [code, token] of Object.entries(live.seatTokens)) {
    seats[code] = track(connect(live, { seatToken: token }));
  }
  const all = [chair, ...Object.values(seats)];
  await until(() => all.every((c) => c.state !== null), 15_000, 'council connected');
  return { chair, seats, all };
}

const eventCount = (live: LiveServer): number =>
  (live.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;

const errorCode = (ack: Ack | null): string =>
  ack === null ? 'no ack' : ack.ok ? 'ok' : ack.error.code;

// ---------------------------------------------------------------------------------------
// The authorization matrix
// ---------------------------------------------------------------------------------------

type Expectation = 'allowed' | 'forbidden' | 'n/a' | `handshake ${string}`;
const ROLES = [
  'chair',
  'own seat',
  'another seat',
  'invited (MEX)',
  'revoked seat',
  'observer',
  'no credentials',
  'forged chair key',
] as const;
type Role = (typeof ROLES)[number];

/** Accepted, or refused by the rules of procedure (never by authorization or the schema). */
const ALLOWED = new Set(['ok', 'out_of_order', 'not_found', 'conflict']);

describe('authorization matrix', () => {
  it('answers every command type from every kind of caller as the roles allow, over real sockets', async () => {
    const live = await server({
      live: { rateLimit: { burst: 100_000, perSecond: 100_000, disconnectAfter: 100_000 } },
    });
    const { chair, seats } = await council(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall(); // in formal debate, speakers' list open: most commands can apply
    const rules = live.app.live.rooms.get(live.committeeId)?.state.rules;
    if (!rules) throw new Error('no room');

    const socketFor = async (credential: Parameters<typeof authFor>[1]) => {
      const socket = track(rawSocket(live, authFor(live, credential)));
      const result = await handshake(socket);
      if (!result.ok) throw new Error(`handshake refused: ${JSON.stringify(result.error)}`);
      return socket;
    };
    const sockets = {
      chair: await socketFor({ chairKey: live.chairKey }),
      seat: await socketFor({ seatToken: live.seatTokens['FRA'] ?? '' }),
      invitee: await socketFor({ seatToken: live.seatTokens['MEX'] ?? '' }),
      observer: await socketFor(null),
    };
    // Handshakes that must fail: no auth at all, a revoked seat, a forged chair key.
    live.app.placard.access.revokeSeat(live.committeeId, 'GBR', Date.now());
    const refused = async (auth: Record<string, unknown> | undefined) => {
      const result = await handshake(track(rawSocket(live, auth)));
      return result.ok ? 'connected' : `handshake ${result.error?.code ?? 'no code'}`;
    };
    const noCredentials = await refused(undefined);
    const revoked = await refused(authFor(live, { seatToken: live.seatTokens['GBR'] ?? '' }));
    const forged = await refused(authFor(live, { chairKey: 'FORGEDCHAIRKEY0000000000AB' }));

    const expected = (type: CommandType, role: Role): Expectation => {
      const roles = rolesFor(type, rules);
      switch (role) {
        case 'chair':
          return roles.includes('chair') ? 'allowed' : 'forbidden';
        case 'own seat':
          return roles.includes('member') ? 'allowed' : 'forbidden';
        case 'another seat':
          return 'delegation' in sampleFor(type)('CHN') ? 'forbidden' : 'n/a';
        case 'invited (MEX)':
          return roles.includes('invitee') ? 'allowed' : 'forbidden';
        case 'revoked seat':
          return 'handshake unauthorized';
        case 'observer':
          return 'forbidden';
        case 'no credentials':
          // No auth object at all: not even a protocol version to speak.
          return 'handshake protocol_version';
        case 'forged chair key':
          return 'handshake unauthorized';
        default:
          return role satisfies never;
      }
    };

    let counter = 0;
    const attempt = async (socket: Socket, type: CommandType, payload: unknown) => {
      const parsed = commandSchema.safeParse({ type, payload });
      if (!parsed.success) throw new Error(`the sample for ${type} is malformed`);
      counter += 1;
      const before = eventCount(live);
      const ack = await emitWithAck(socket, 'command', {
        id: `matrix-${String(counter).padStart(4, '0')}`,
        command: { type, payload },
      });
      return { code: errorCode(ack), appended: eventCount(live) - before };
    };

    const rows: { type: CommandType; cells: Record<Role, string> }[] = [];
    const mismatches: string[] = [];
    const types = [...commandTypes];
    expect(types.length).toBeGreaterThanOrEqual(40);
    for (const type of types) {
      const sample = sampleFor(type);
      const outcomes: Record<Role, { code: string; appended: number }> = {
        'no credentials': { code: noCredentials, appended: 0 },
        'revoked seat': { code: revoked, appended: 0 },
        'forged chair key': { code: forged, appended: 0 },
        observer: await attempt(sockets.observer, type, sample('FRA')),
        'another seat': { code: 'n/a', appended: 0 },
        'invited (MEX)': await attempt(sockets.invitee, type, sample()),
        'own seat': await attempt(sockets.seat, type, sample()),
        chair: await attempt(sockets.chair, type, sample('FRA')),
      };
      if ('delegation' in sample('CHN')) {
        outcomes['another seat'] = await attempt(sockets.seat, type, sample('CHN'));
      }
      const cells = {} as Record<Role, string>;
      for (const role of ROLES) {
        const want = expected(type, role);
        const { code, appended } = outcomes[role];
        cells[role] = code;
        const ok =
          want === 'allowed'
            ? ALLOWED.has(code)
            : want === 'forbidden'
              ? code === 'forbidden' && appended === 0
              : code === want;
        if (!ok) mismatches.push(`${type} by ${role}: expected ${want}, got ${code}`);
      }
      rows.push({ type, cells });
    }

    const width = 26;
    const header = ['command'.padEnd(width), ...ROLES.map((role) => role.padEnd(28))].join('');
    const table = rows.map(({ type, cells }) =>
      [type.padEnd(width), ...ROLES.map((role) => cells[role].padEnd(28))].join(''),
    );
    console.log(
      ['authorization matrix (ack code, or the handshake refusal):', header, ...table].join('\n'),
    );
    const forbiddenCells = rows.flatMap(({ cells }) =>
      ROLES.filter((r) => cells[r] === 'forbidden'),
    );
    report('abuse: authorization matrix', {
      'command types': types.length,
      roles: ROLES.length,
      cells: types.length * ROLES.length,
      forbidden: forbiddenCells.length,
      'refused at the handshake': types.length * 3,
      mismatches: mismatches.length,
    });
    expect(mismatches).toEqual([]);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------
// Flooding
// ---------------------------------------------------------------------------------------

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** A socket that sends `count` commands as fast as it can; resolves with the ack codes. */
async function flood(live: LiveServer, token: string, count: number, bytes = 0) {
  const socket = track(rawSocket(live, authFor(live, { seatToken: token })));
  const result = await handshake(socket);
  if (!result.ok) return { codes: new Map<string, number>(), closing: null, disconnected: true };
  let closing: string | null = null;
  socket.on('closing', (reason: { code: string }) => {
    closing = reason.code;
  });
  const codes = new Map<string, number>();
  const filler = bytes > 0 ? 'x'.repeat(bytes) : undefined;
  const acks = Array.from({ length: count }, (_, i) =>
    emitWithAck(
      socket,
      'command',
      {
        id: `flood-${String(i).padStart(6, '0')}`,
        command: {
          type: 'point.raise',
          payload: filler === undefined ? { kind: 'order' } : { kind: 'order', text: filler },
        },
      },
      3000,
    ).then((ack) => codes.set(errorCode(ack), (codes.get(errorCode(ack)) ?? 0) + 1)),
  );
  await Promise.all(acks);
  await until(() => !socket.connected, 5000, 'flooder disconnected').catch(() => undefined);
  return { codes, closing: closing as string | null, disconnected: !socket.connected };
}

describe('flooding', () => {
  it('slows and then disconnects a flooding socket while every other client stays fast and correct', async () => {
    const live = await server(); // the default limit: bursts of 30, 15 a second
    const { chair, seats, all } = await council(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();

    /** A stretch of debate, timing every ack the honest clients get. */
    const debate = async (commands: number) => {
      const latencies: number[] = [];
      const timed = new SessionScript({ chair, seats });
      const send = timed.send.bind(timed);
      timed.send = async (client, command) => {
        // Honest clients act at a human pace (a chair does not click ten times a
        // second); unpaced, a fast machine would push the chair past its own allowance.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const started = performance.now();
        const ack = await send(client, command);
        latencies.push(performance.now() - started);
        return ack;
      };
      while (timed.tally.sent < commands) {
        await timed.fillSpeakersList();
        await timed.speech();
      }
      return { latencies, tally: timed.tally };
    };

    const quiet = await debate(40);
    const floods: Awaited<ReturnType<typeof flood>>[] = [];
    const noisy = debate(80);
    // MEX's phone floods 2,000 commands, reconnects and floods again, three times over,
    // then sends 200 messages just under the transport's 64 KB cap.
    for (let round = 0; round < 3; round++) {
      floods.push(await flood(live, live.seatTokens['MEX'] ?? '', 2000));
    }
    expect(60 * 1024).toBeGreaterThan(MAX_MESSAGE_BYTES);
    floods.push(await flood(live, live.seatTokens['MEX'] ?? '', 200, 60 * 1024));
    const loud = await noisy;

    const sum = (code: string) => floods.reduce((n, f) => n + (f.codes.get(code) ?? 0), 0);
    const room = live.app.live.rooms.get(live.committeeId);
    await until(() => all.every((c) => c.seq === room?.seq), 10_000, 'everyone at head');
    for (const c of all) expect(c.state).toEqual(room?.state);
    const figures = {
      'flood messages': floods.reduce(
        (n, f) => n + [...f.codes.values()].reduce((a, b) => a + b, 0),
        0,
      ),
      'flood accepted by the room': floods.reduce(
        (n, f) =>
          n + [...f.codes].filter(([code]) => ALLOWED.has(code)).reduce((a, [, c]) => a + c, 0),
        0,
      ),
      'flood rate_limited': sum('rate_limited'),
      'flood too_large': sum('too_large'),
      'flood unanswered (after disconnect)': sum('no ack'),
      'flooder disconnected': floods.filter((f) => f.disconnected).length,
      'others p95 ms quiet': Math.round(percentile(quiet.latencies, 95)),
      'others p95 ms during flood': Math.round(percentile(loud.latencies, 95)),
      'others max ms during flood': Math.round(Math.max(...loud.latencies)),
      'others rejected': loud.tally.rejected.length,
      'others slowed down (rate_limited, sent again)': loud.tally.slowedDown,
    };
    report('abuse: flooding', figures);
    for (const f of floods.slice(0, 3)) {
      expect(f.codes.get('rate_limited') ?? 0).toBeGreaterThan(0);
      expect(f.disconnected).toBe(true);
      expect(f.closing).toBe('rate_limited');
      // The allowance: a burst of 30 and 15 a second for the seconds it lasted.
      const admitted = [...f.codes]
        .filter(([code]) => ALLOWED.has(code))
        .reduce((a, [, c]) => a + c, 0);
      expect(admitted).toBeLessThan(100);
    }
    expect(figures['flood too_large']).toBeGreaterThan(0);
    expect(loud.tally.sent).toBeGreaterThanOrEqual(80);
    expect(loud.tally.rejected).toEqual([]);
    // The session script sends a rate_limited command again; an honest client here never needs to.
    expect(loud.tally.slowedDown).toBe(0);
    expect(percentile(loud.latencies, 95)).toBeLessThan(300);
    expect(Math.max(...loud.latencies)).toBeLessThan(2000);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------
// Key guessing
// ---------------------------------------------------------------------------------------

/** An HTTP request from a chosen loopback address (each guesser is its own client). */
function http(
  live: LiveServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  from: string,
): Promise<{ status: number; body: unknown; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${live.url}${path}`,
      { method, headers, localAddress: from },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('key guessing', () => {
  it('rate limits wrong chair keys and seat tokens at the handshake, and wrong keys on the admin and chair APIs, per address', async () => {
    const live = await server(); // default: 10 wrong keys, then one more every 6 s
    const guess = (i: number) => `GUESS${String(i).padStart(21, '0')}`;

    const handshakeCodes = async (from: string, credentials: Record<string, string>[]) => {
      const codes: string[] = [];
      for (const credential of credentials) {
        const socket = track(
          rawSocket(live, authFor(live, credential as { chairKey: string }), {
            localAddress: from,
          }),
        );
        const result = await handshake(socket);
        codes.push(result.ok ? 'connected' : (result.error?.code ?? 'no code'));
        socket.close();
      }
      return codes;
    };
    const chairGuesses = await handshakeCodes(
      '127.0.0.2',
      Array.from({ length: 12 }, (_, i) => ({ chairKey: guess(i) })),
    );
    // Once limited, even the right key is refused from that address: no oracle.
    const [rightKeyFromGuesser] = await handshakeCodes('127.0.0.2', [{ chairKey: live.chairKey }]);
    const [rightKeyElsewhere] = await handshakeCodes('127.0.0.1', [{ chairKey: live.chairKey }]);
    const seatGuesses = await handshakeCodes(
      '127.0.0.3',
      Array.from({ length: 12 }, (_, i) => ({ seatToken: guess(100 + i) })),
    );

    const adminGuesses: number[] = [];
    let retryAfter: unknown;
    for (let i = 0; i < 12; i++) {
      const res = await http(
        live,
        'GET',
        '/api/admin/committees',
        { authorization: `Bearer ${guess(200 + i)}` },
        '127.0.0.4',
      );
      adminGuesses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers['retry-after'];
        expect(res.body).toMatchObject({ error: { code: 'rate_limited' } });
      }
    }
    const rightAdminFromGuesser = await http(
      live,
      'GET',
      '/api/admin/committees',
      { authorization: `Bearer ${TEST_ADMIN_KEY}` },
      '127.0.0.4',
    );
    const rightAdminElsewhere = await http(
      live,
      'GET',
      '/api/admin/committees',
      { authorization: `Bearer ${TEST_ADMIN_KEY}` },
      '127.0.0.1',
    );

    const chairApiGuesses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await http(
        live,
        'GET',
        `/api/committees/${live.committeeId}/seats`,
        { authorization: `Bearer ${guess(300 + i)}` },
        '127.0.0.5',
      );
      chairApiGuesses.push(res.status);
    }
    // One bucket per address across doors: guessing on sockets locks the admin API too.
    await handshakeCodes(
      '127.0.0.6',
      Array.from({ length: 10 }, (_, i) => ({ seatToken: guess(400 + i) })),
    );
    const adminAfterSocketGuesses = await http(
      live,
      'GET',
      '/api/admin/committees',
      { authorization: `Bearer ${TEST_ADMIN_KEY}` },
      '127.0.0.6',
    );

    const limitedAfter = (codes: readonly (string | number)[], limited: string | number) =>
      codes.indexOf(limited);
    report('abuse: key guessing', {
      'chair-key guesses before rate_limited': limitedAfter(chairGuesses, 'rate_limited'),
      'seat-token guesses before rate_limited': limitedAfter(seatGuesses, 'rate_limited'),
      'admin-key guesses before 429': limitedAfter(adminGuesses, 429),
      'chair-API guesses before 429': limitedAfter(chairApiGuesses, 429),
      'retry-after s': String(retryAfter),
    });
    expect(chairGuesses).toEqual([
      ...Array(10).fill('unauthorized'),
      'rate_limited',
      'rate_limited',
    ]);
    expect(seatGuesses).toEqual([
      ...Array(10).fill('unauthorized'),
      'rate_limited',
      'rate_limited',
    ]);
    expect(rightKeyFromGuesser).toBe('rate_limited');
    expect(rightKeyElsewhere).toBe('connected');
    expect(adminGuesses).toEqual([...Array(10).fill(401), 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(rightAdminFromGuesser.status).toBe(429);
    expect(rightAdminElsewhere.status).toBe(200);
    expect(chairApiGuesses).toEqual([...Array(10).fill(401), 429, 429]);
    expect(adminAfterSocketGuesses.status).toBe(429);
  }, 60_000);
});
