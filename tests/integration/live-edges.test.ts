/**
 * The gateway's edges over real sockets: who may act, what malformed input
 * gets, timers across a restart, and clock offsets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import fc from 'fast-check';
import { remainingMs } from '@placard/shared';
import type { CommitteeClient } from '@placard/shared/client';
import { PROTOCOL_VERSION, type Ack } from '@placard/shared/protocol';
import { connect, startLiveServer, until, type LiveServer } from './helpers/liveServer.ts';
import { SessionScript } from './helpers/sessionScript.ts';
import { manualClock } from './helpers/testApp.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function server(options: Parameters<typeof startLiveServer>[0] = {}): Promise<LiveServer> {
  const started = await startLiveServer(options);
  cleanups.push(() => started.dispose());
  return started;
}

function track<T extends CommitteeClient>(client: T): T {
  cleanups.push(() => client.close());
  return client;
}

async function live(client: CommitteeClient): Promise<CommitteeClient> {
  await until(() => client.state !== null || client.status === 'closed', 10_000, 'connection');
  return client;
}

const eventCount = (server: LiveServer): number =>
  (server.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;

async function council(server: LiveServer) {
  const chair = track(connect(server, { chairKey: server.chairKey }));
  const seats: Record<string, CommitteeClient> = {};
  for (const [code, token] of Object.entries(server.seatTokens)) {
    seats[code] = track(connect(server, { seatToken: token }));
  }
  await Promise.all([chair, ...Object.values(seats)].map(live));
  return { chair, seats };
}

describe('who may act', () => {
  it('rejects an observer, a seat acting for another, a revoked seat and a wrong chair key, appending nothing', async () => {
    const s = await server();
    const { chair, seats } = await council(s);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    const before = eventCount(s);

    const observer = track(await live(connect(s, null)));
    expect(observer.identity).toEqual({ role: 'observer' });
    const observed = await observer.send({ type: 'gsl.add', payload: { delegation: 'FRA' } });
    expect(observed).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const france = seats['FRA'];
    if (!france) throw new Error('no FRA');
    expect(france.identity).toEqual({ role: 'seat', seat: 'FRA' });
    const forOther = await france.send({ type: 'gsl.add', payload: { delegation: 'USA' } });
    expect(forOther).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // Revoking a seat closes its live connection and refuses its token from then on.
    const usa = seats['USA'];
    if (!usa) throw new Error('no USA');
    s.app.placard.access.revokeSeat(s.committeeId, 'USA', Date.now());
    await until(() => usa.status === 'closed', 5000, 'revoked seat dropped');
    expect(usa.closingReason?.code).toBe('unauthorized');
    const revoked = track(connect(s, { seatToken: s.seatTokens['USA'] ?? '' }));
    await until(() => revoked.status === 'closed', 5000, 'revoked token refused');
    expect(revoked.closingReason?.code).toBe('unauthorized');
    expect(revoked.state).toBeNull();

    const impostor = track(connect(s, { chairKey: 'ABCDEFGHJKMNPQRSTVWXYZ0123' }));
    await until(() => impostor.status === 'closed', 5000, 'wrong chair key refused');
    expect(impostor.closingReason?.code).toBe('unauthorized');
    expect(impostor.state).toBeNull();

    expect(eventCount(s)).toBe(before);
  });
});

/** A raw socket (not the typed client) so anything at all can be sent. */
function rawSocket(server: LiveServer, auth: Record<string, unknown>): Socket {
  const socket = io(server.url, {
    auth,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  cleanups.push(() => void socket.close());
  return socket;
}

const emitCommand = (socket: Socket, envelope: unknown): Promise<Ack> =>
  new Promise((resolve) => socket.emit('command', envelope, (ack: Ack) => resolve(ack)));

/** Malformed command envelopes and payloads, all under the 16 KB frame limit. */
const malformed = fc.oneof(
  // wrong types for the envelope itself
  fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.array(fc.integer()), fc.boolean()),
  // unknown command types
  fc.record({
    id: fc.constant('fuzz-command-0001'),
    command: fc.record({ type: fc.string({ maxLength: 40 }), payload: fc.object() }),
  }),
  // a protocol-1 envelope: type and payload beside the id instead of inside `command`
  fc.record({
    id: fc.constant('fuzz-command-0003'),
    type: fc.constant('gsl.add'),
    payload: fc.constant({}),
  }),
  // known types with payloads of the wrong shape
  fc.record({
    id: fc.stringMatching(/^[A-Za-z0-9]{8,20}$/),
    command: fc.record({
      type: fc.constantFrom(
        'gsl.add',
        'vote.cast',
        'motion.move',
        'attendance.record',
        'point.raise',
      ),
      payload: fc.oneof(
        fc.constant(null),
        fc.integer(),
        fc.record({ delegation: fc.integer() }),
        fc.record({ voteId: fc.constant('v1'), choice: fc.string({ maxLength: 10 }) }),
        fc.record({ motion: fc.record({ kind: fc.string({ maxLength: 10 }) }) }),
        fc.record({ status: fc.constant('present'), extra: fc.string() }),
        fc.record({
          kind: fc.constant('order'),
          text: fc.string({ minLength: 501, maxLength: 12_000 }),
        }),
      ),
    }),
  }),
  // missing fields
  fc.record({ id: fc.constant('fuzz-command-0002') }),
  fc.record({ command: fc.constant({ type: 'gsl.add', payload: {} }) }),
  fc.record({ id: fc.constant('fuzz-command-0004'), command: fc.constant({ type: 'gsl.add' }) }),
  // huge strings (still under the frame limit)
  fc.record({
    id: fc.string({ minLength: 100, maxLength: 10_000 }),
    command: fc.constant({ type: 'gsl.add', payload: {} }),
  }),
  // prototype keys, as JSON would carry them
  fc.constantFrom(
    JSON.parse(
      '{"id":"fuzz-proto-0001","command":{"type":"gsl.add","payload":{"__proto__":{"delegation":"FRA"}}}}',
    ),
    JSON.parse('{"__proto__":{"id":"fuzz-proto-0002"},"command":{"type":"gsl.add","payload":{}}}'),
    JSON.parse(
      '{"id":"fuzz-proto-0003","command":{"type":"gsl.add","payload":{"constructor":{"prototype":{"x":1}}}}}',
    ),
  ) as fc.Arbitrary<unknown>,
);

describe('malformed input', () => {
  it('answers 1,000 random malformed commands with `invalid` while the session goes on correctly', async () => {
    const s = await server({
      live: { rateLimit: { burst: 5000, perSecond: 5000, disconnectAfter: 10_000 } },
    });
    const { chair, seats } = await council(s);
    const fuzzer = rawSocket(s, {
      protocol: PROTOCOL_VERSION,
      committee: s.committeeId,
      seatToken: s.seatTokens['PAN'],
    });
    await new Promise<void>((resolve) => fuzzer.on('connect', () => resolve()));

    const samples = fc.sample(malformed, { numRuns: 1000, seed: 20261127 });
    const fuzzing = (async () => {
      const codes: string[] = [];
      for (const sample of samples) {
        const ack = await emitCommand(fuzzer, sample);
        codes.push(ack.ok ? 'ok' : ack.error.code);
      }
      return codes;
    })();
    const session = new SessionScript({ chair, seats }).run(60);
    const [codes, tally] = await Promise.all([fuzzing, session]);

    expect(codes).toHaveLength(1000);
    expect(codes.filter((code) => code !== 'invalid')).toEqual([]);
    expect(tally.accepted).toBeGreaterThanOrEqual(55);
    const room = s.app.live.rooms.get(s.committeeId);
    await until(() => chair.seq === room?.seq, 5000, 'chair at head');
    expect(chair.state).toEqual(room?.state);
    expect(Object.prototype).not.toHaveProperty('delegation');
    expect(Object.prototype).not.toHaveProperty('x');
  }, 60_000);

  it('answers a message over 16 KB with `too_large` and a flood with `rate_limited`', async () => {
    const s = await server();
    const socket = rawSocket(s, {
      protocol: PROTOCOL_VERSION,
      committee: s.committeeId,
      chairKey: s.chairKey,
    });
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    const big = await emitCommand(socket, {
      id: 'too-large-0001',
      command: { type: 'gsl.add', payload: { text: 'x'.repeat(20_000) } },
    });
    expect(big).toMatchObject({ ok: false, error: { code: 'too_large' } });
    const acks = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        emitCommand(socket, { id: `flood-${1000 + i}`, command: { type: 'nope', payload: {} } }),
      ),
    );
    expect(acks.some((ack) => !ack.ok && ack.error.code === 'rate_limited')).toBe(true);
  });

  it('refuses a handshake of another protocol version or for an unknown committee', async () => {
    const s = await server();
    const errors = await Promise.all(
      [
        { protocol: PROTOCOL_VERSION + 1, committee: s.committeeId },
        { protocol: PROTOCOL_VERSION, committee: 'no-such-committee' },
        { protocol: PROTOCOL_VERSION, committee: s.committeeId, chairKey: 'short' },
      ].map(
        (auth) =>
          new Promise<unknown>((resolve) =>
            rawSocket(s, auth).on('connect_error', (error) =>
              resolve((error as { data?: unknown }).data),
            ),
          ),
      ),
    );
    expect(errors).toMatchObject([
      { code: 'protocol_version' },
      { code: 'unknown_committee' },
      { code: 'invalid' },
    ]);
  });
});

describe('timers', () => {
  it('fires a caucus deadline that passed while the server was down exactly once after restart', async () => {
    const clock = manualClock();
    let s = await server({ clock });
    const { chair, seats } = await council(s);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    await script.motion(
      'FRA',
      'GBR',
      { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Drafting' },
      () => 'yes',
    );
    expect(chair.state?.floor.kind).toBe('unmoderatedCaucus');
    for (const client of [chair, ...Object.values(seats)]) client.close();

    await s.stop();
    clock.advance(400_000);
    s = await s.restart();
    cleanups.push(() => s.dispose());
    const room = s.app.live.rooms.get(s.committeeId);
    await until(
      () => room?.state.floor.kind === 'formalDebate',
      5000,
      'caucus ended after restart',
    );
    const ended = () =>
      s.db.prepare("SELECT count(*) AS n FROM events WHERE type = 'caucus.ended'").get() as {
        n: number;
      };
    expect(ended().n).toBe(1);

    // Another restart: nothing left to fire.
    const head = room?.seq;
    await s.stop();
    clock.advance(60_000);
    s = await s.restart();
    cleanups.push(() => s.dispose());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(s.app.live.rooms.get(s.committeeId)?.seq).toBe(head);
    expect(ended().n).toBe(1);
  }, 30_000);

  it.each([
    ['5 minutes fast', 5 * 60_000],
    ['5 minutes slow', -5 * 60_000],
  ])('shows the right remaining time on a phone whose clock is %s', async (_label, skew) => {
    const s = await server();
    const { chair, seats } = await council(s);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    await script.motion(
      'FRA',
      'GBR',
      { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Drafting' },
      () => 'yes',
    );
    const phone = track(connect(s, null, { now: () => Date.now() + skew }));
    await live(phone);
    await until(() => Math.abs(phone.clockOffsetMs + skew) < 100, 5000, 'clock offset estimated');
    const floor = phone.state?.floor;
    if (floor?.kind !== 'unmoderatedCaucus') throw new Error('no caucus');
    const shown = remainingMs(floor.timer, phone.serverNow());
    const truth = remainingMs(floor.timer, Date.now());
    expect(Math.abs(shown - truth)).toBeLessThan(100);
    expect(shown).toBeGreaterThan(250_000);
  });
});
