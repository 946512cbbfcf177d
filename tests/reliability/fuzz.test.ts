/**
 * Fuzzing the edges of the real server process (`node server/src/main.ts`) with more
 * than 10,000 random and malformed inputs, seeded: Socket.IO commands and other events
 * (wrong shapes and types, unknown commands, prototype keys, deep nesting, lone
 * surrogates, oversized), handshakes, raw WebSocket frames (invalid UTF-8, broken
 * Engine.IO/Socket.IO packets, protocol violations), HTTP requests to every route (wrong
 * methods, content types and encodings, invalid JSON, deep JSON, huge headers within
 * Node's limit, bodies over the limit) and raw malformed HTTP.
 *
 * Afterwards the process still runs, /healthz answers 200, the committee's state, its
 * log, its keys and the committee list are exactly as before, no error was logged, and
 * an ordinary command still works. Every answer on the way was a typed error: an ack
 * `{ ok: false, error: { code, message } }`, or a 4xx with `{ error: { code, message } }`.
 */
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import { commandTypes } from '@placard/shared';
import { commandEnvelopeSchema, PROTOCOL_VERSION, type Ack } from '@placard/shared/protocol';
import { makeTempDir } from '../integration/helpers/tempDb.ts';
import { authFor, client, handshake, rawSocket, until, type Target } from './helpers/clients.ts';
import { sampleFor } from './helpers/commandSamples.ts';
import { Database } from './helpers/log.ts';
import { report, seedFrom } from './helpers/report.ts';
import { startServerChild, type ServerChild } from './helpers/serverChild.ts';
import { openRawWebSocket, rawHttp, textFrame, wsFrame } from './helpers/wsFrames.ts';

const SEED = seedFrom(20261113);
const ADMIN_KEY = 'reliability-admin-key-0123456789';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** Everything that must not change: the log, remembered commands, keys, committees. */
function fingerprint(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    return JSON.stringify({
      events: all('SELECT count(*) AS n, max(seq) AS head FROM events'),
      commands: all('SELECT count(*) AS n FROM commands'),
      committees: all(
        'SELECT id, name, topic, template_json, chair_key_hash, head_seq FROM committees ORDER BY id',
      ),
      seats: all('SELECT * FROM seats ORDER BY committee_id, code'),
      settings: all('SELECT * FROM settings ORDER BY key'),
    });
  } finally {
    db.close();
  }
}

/** Counts inputs per edge and keeps the first examples of anything that broke a promise. */
class Findings {
  readonly inputs = new Map<string, number>();
  readonly outcomes = new Map<string, number>();
  readonly violations: string[] = [];
  readonly violationKinds = new Map<string, number>();
  violationCount = 0;

  input(edge: string, n = 1): void {
    this.inputs.set(edge, (this.inputs.get(edge) ?? 0) + n);
  }

  outcome(what: string): void {
    this.outcomes.set(what, (this.outcomes.get(what) ?? 0) + 1);
  }

  violation(what: string, input: unknown): void {
    this.violationCount += 1;
    this.violationKinds.set(what, (this.violationKinds.get(what) ?? 0) + 1);
    if (this.violations.length < 20) {
      let shown: string;
      try {
        shown = JSON.stringify(input)?.slice(0, 200) ?? String(input);
      } catch {
        shown = String(input).slice(0, 200);
      }
      this.violations.push(`${what}: ${shown}`);
    }
  }

  total(): number {
    return [...this.inputs.values()].reduce((a, b) => a + b, 0);
  }
}

const KNOWN_CODES = new Set([
  'invalid',
  'forbidden',
  'out_of_order',
  'not_found',
  'conflict',
  'too_large',
  'rate_limited',
  'unauthorized',
  'internal',
]);

const isTypedRefusal = (ack: unknown): ack is Extract<Ack, { ok: false }> =>
  typeof ack === 'object' &&
  ack !== null &&
  (ack as { ok?: unknown }).ok === false &&
  typeof (ack as { error?: { code?: unknown } }).error?.code === 'string' &&
  KNOWN_CODES.has((ack as { error: { code: string } }).error.code) &&
  typeof (ack as { error: { message?: unknown } }).error.message === 'string';

// ---------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------

const protoKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isAdmin',
);
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 12,
});
const oddString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  loneSurrogates,
  fc.constantFrom(
    '',
    '\u0000',
    '\u202e',
    '\ufeff',
    'null',
    '<script>alert(1)</script>',
    "'; DROP TABLE events; --",
    '../../../../etc/passwd',
    '%00',
    '${7*7}',
    'FRA',
    'unsc',
  ),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5 }),
  oddString,
  fc.double(),
  fc.integer(),
  fc.constant(null),
);

/** An own property even for `__proto__` (as JSON.parse on the server would make it). */
function withKey(object: Record<string, unknown>, key: string, value: unknown) {
  const copy: Record<string, unknown> = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Whether a value would pass both the envelope and the command schema (after JSON). */
function wellFormed(value: unknown): boolean {
  let wire: unknown;
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return false;
    wire = JSON.parse(json);
  } catch {
    return false;
  }
  const envelope = commandEnvelopeSchema.safeParse(wire);
  // The envelope's schema holds the command's: a valid envelope carries a valid command.
  return envelope.success;
}

const validId = fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/);
const knownType = fc.constantFrom(...commandTypes);

/** Command envelopes that no schema accepts (a sender with any role gets them refused). */
const malformedCommand: fc.Arbitrary<unknown> = fc
  .oneof(
    { weight: 2, arbitrary: junk },
    {
      weight: 2,
      arbitrary: fc.dictionary(fc.oneof(oddString, protoKey), junk, { maxKeys: 6 }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ id: junk, command: fc.record({ type: knownType, payload: junk }) }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        id: validId,
        command: fc.record({
          type: fc.oneof(
            oddString,
            fc.constantFrom(
              ...commandTypes.map((type) => type.toUpperCase()),
              'timer.expire ',
              'gsl.add\u0000',
              'session',
            ),
          ),
          payload: junk,
        }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(validId, knownType, fc.oneof(protoKey, oddString), junk)
        .map(([id, type, key, value]) => ({
          id,
          command: { type, payload: withKey(sampleFor(type)('FRA'), key, value) },
        })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(validId, knownType, junk).map(([id, type, payload]) => ({
        id,
        command: { type, payload },
      })),
    },
    {
      // A protocol-1 envelope (type and payload beside the id): refused, even when the
      // command itself is valid.
      weight: 1,
      arbitrary: fc
        .tuple(validId, knownType)
        .map(([id, type]) => ({ id, type, payload: sampleFor(type)('FRA') })),
    },
    {
      // A well-formed command with an extra key beside type and payload.
      weight: 1,
      arbitrary: fc
        .tuple(validId, knownType, fc.oneof(protoKey, oddString), junk)
        .map(([id, type, key, value]) => ({
          id,
          command: withKey({ type, payload: sampleFor(type)('FRA') }, key, value),
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(validId, knownType, protoKey, junk)
        .map(([id, type, key, value]) =>
          withKey({ id, command: { type, payload: sampleFor(type)() } }, key, value),
        ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(validId, fc.integer({ min: 10, max: 2500 })).map(([id, depth]) => ({
        id,
        command: { type: 'gsl.add', payload: nested(depth) },
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(validId, fc.integer({ min: 501, max: 60_000 })).map(([id, length]) => ({
        id,
        command: { type: 'point.raise', payload: { kind: 'order', text: 'x'.repeat(length) } },
      })),
    },
  )
  .filter((value) => !wellFormed(value));

/** Anything an observer may send, including perfectly valid commands. */
const observerCommand: fc.Arbitrary<unknown> = fc.oneof(
  malformedCommand,
  fc
    .tuple(validId, knownType)
    .map(([id, type]) => ({ id, command: { type, payload: sampleFor(type)('FRA') } })),
);

// ---------------------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------------------

it('survives 10,000+ malformed inputs on the socket and HTTP edges: no crash, no state change, typed errors', async () => {
  const { dir, remove } = makeTempDir('placard-fuzz-');
  cleanups.push(remove);
  const dbPath = join(dir, 'placard.db');
  const server: ServerChild = await startServerChild(dbPath, {
    PLACARD_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: 'warn',
  });
  cleanups.push(() => server.dispose());
  const { banner } = server;
  if (!banner.committeeId || !banner.chairKey) throw new Error('no seeded committee');
  const target: Target = { url: server.url, committeeId: banner.committeeId };
  const chairKey = banner.chairKey;
  const seatToken = banner.seatTokens['FRA'] ?? '';
  const inviteeToken = banner.seatTokens['MEX'] ?? '';
  const findings = new Findings();
  const phases = new Map<string, number>();
  let phaseStart = Date.now();
  const alive = (phase: string) => {
    phases.set(phase, Date.now() - phaseStart);
    phaseStart = Date.now();
    const child = server.current().process;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server died during ${phase}:\n${server.output().slice(-3000)}`);
    }
  };

  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  cleanups.push(() => agent.destroy());
  const http = (
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: Buffer,
    localAddress?: string,
  ): Promise<{ status: number; text: string; headers: Record<string, unknown> }> =>
    new Promise((resolve) => {
      const req = httpRequest(
        `${server.url}${path}`,
        {
          method,
          headers:
            body === undefined ? headers : { ...headers, 'content-length': String(body.length) },
          ...(localAddress === undefined ? { agent } : { localAddress }),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              headers: res.headers,
            }),
          );
          res.on('error', () => resolve({ status: -1, text: '', headers: {} }));
        },
      );
      req.on('error', (error) => resolve({ status: -1, text: error.message, headers: {} }));
      req.end(body);
    });

  const observerState = async () => {
    const observer = client(target, null);
    try {
      await until(() => observer.state !== null, 10_000, 'observer snapshot');
      return { seq: observer.seq, state: observer.state };
    } finally {
      observer.close();
    }
  };
  const before = {
    fingerprint: fingerprint(dbPath),
    observed: await observerState(),
    committees: (await http('GET', '/api/committees')).text,
    committee: (await http('GET', `/api/committees/${target.committeeId}`)).text,
  };

  // --- Socket.IO: commands ---------------------------------------------------------------
  // Each socket sends at most 25 messages (the burst allowance is 30), so nearly every input
  // reaches the schema rather than the rate limiter; the limiter has its own test.
  const roles = {
    chair: { chairKey },
    seat: { seatToken },
    invitee: { seatToken: inviteeToken },
    observer: null,
  } as const;
  const sendBatch = async (
    role: keyof typeof roles,
    inputs: readonly { event: string; payload: unknown; expectAck: boolean }[],
  ) => {
    const socket: Socket = rawSocket(target, authFor(target, roles[role]));
    try {
      const connected = await handshake(socket);
      if (!connected.ok)
        throw new Error(`${role} could not connect: ${JSON.stringify(connected.error)}`);
      await Promise.all(
        inputs.map(async ({ event, payload, expectAck }) => {
          findings.input(`socket ${event === 'command' ? 'commands' : 'other events'}`);
          if (!expectAck) {
            socket.emit(event, payload);
            return;
          }
          const ack = await new Promise<unknown>((resolve) => {
            socket
              .timeout(5000)
              .emit(event, payload, (error: Error | null, answer: unknown) =>
                resolve(error ? 'no ack' : answer),
              );
          });
          if (ack === 'no ack') {
            findings.violation(`no ack to ${event} from ${role}`, payload);
            return;
          }
          const answer = ack as Record<string, unknown>;
          if (event === 'clock' && typeof answer['serverTime'] === 'number') {
            findings.outcome('clock answered');
            return;
          }
          if (event === 'sync' && answer['ok'] === true) {
            findings.outcome('sync answered');
            return;
          }
          if (!isTypedRefusal(ack)) {
            findings.violation(`untyped or accepting answer to ${event} from ${role}`, {
              payload,
              ack,
            });
            return;
          }
          findings.outcome(`${event}: ${ack.error.code}`);
        }),
      );
      // Fire-and-forget inputs get no answer; a ping round trip shows the socket was heard.
      await new Promise<void>((resolve) =>
        socket.timeout(5000).emit('clock', { sentAt: 1 }, () => resolve()),
      );
    } finally {
      socket.close();
    }
  };

  const commandInputs = fc.sample(malformedCommand, { numRuns: 3000, seed: SEED });
  const observerInputs = fc.sample(observerCommand, { numRuns: 600, seed: SEED + 1 });
  const batches: [keyof typeof roles, { event: string; payload: unknown; expectAck: boolean }[]][] =
    [];
  const rolesCycle: (keyof typeof roles)[] = ['chair', 'seat', 'invitee'];
  for (let i = 0; i < commandInputs.length; i += 25) {
    batches.push([
      rolesCycle[(i / 25) % rolesCycle.length] ?? 'chair',
      commandInputs
        .slice(i, i + 25)
        .map((payload) => ({ event: 'command', payload, expectAck: true })),
    ]);
  }
  for (let i = 0; i < observerInputs.length; i += 25) {
    batches.push([
      'observer',
      observerInputs
        .slice(i, i + 25)
        .map((payload) => ({ event: 'command', payload, expectAck: true })),
    ]);
  }

  // --- Socket.IO: other events -----------------------------------------------------------
  const otherEvent: fc.Arbitrary<{ event: string; payload: unknown; expectAck: boolean }> =
    fc.oneof(
      fc
        .oneof(junk, fc.record({ lastSeq: junk }), fc.record({ lastSeq: fc.integer() }))
        .map((payload) => ({
          event: 'sync',
          payload,
          expectAck: true,
        })),
      fc
        .oneof(junk, fc.record({ sentAt: junk }), fc.record({ sentAt: fc.double() }))
        .map((payload) => ({
          event: 'clock',
          payload,
          expectAck: true,
        })),
      fc
        .tuple(
          fc.oneof(
            oddString,
            protoKey,
            fc.constantFrom(
              'error',
              'welcome',
              'snapshot',
              'events',
              'closing',
              'COMMAND',
              'command ',
            ),
          ),
          junk,
        )
        .filter(
          ([event]) =>
            ![
              'connect',
              'connect_error',
              'disconnect',
              'disconnecting',
              'newListener',
              'removeListener',
            ].includes(event),
        )
        .map(([event, payload]) => ({ event, payload, expectAck: false })),
      // A command without an ack callback: nothing to answer to.
      observerCommand.map((payload) => ({ event: 'command', payload, expectAck: false })),
    );
  const otherInputs = fc.sample(otherEvent, { numRuns: 800, seed: SEED + 2 });
  for (let i = 0; i < otherInputs.length; i += 25) {
    batches.push([
      rolesCycle[(i / 25) % rolesCycle.length] ?? 'seat',
      otherInputs.slice(i, i + 25),
    ]);
  }
  // Four sockets at a time.
  for (let i = 0; i < batches.length; i += 4) {
    await Promise.all(batches.slice(i, i + 4).map(([role, inputs]) => sendBatch(role, inputs)));
  }
  alive('socket fuzzing');

  // --- Socket.IO: over the transport's 64 KB cap: the connection is closed ------------------
  for (let i = 0; i < 20; i++) {
    const socket = rawSocket(target, authFor(target, i % 2 === 0 ? null : { seatToken }));
    await handshake(socket);
    findings.input('socket over 64 KB');
    socket.emit('command', {
      id: `oversized-${1000 + i}`,
      command: { type: 'gsl.add', payload: { x: 'y'.repeat(70_000 + i * 1000) } },
    });
    try {
      await until(() => !socket.connected, 5000, 'oversized message closes the connection');
      findings.outcome('over 64 KB: connection closed');
    } catch {
      findings.violation('a message over 64 KB did not close the connection', i);
    }
    socket.close();
  }
  alive('oversized messages');

  // --- Handshakes (from their own address: wrong keys drain only its bucket) ----------------
  const secretLike = fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/);
  const handshakeAuth: fc.Arbitrary<unknown> = fc.oneof(
    {
      weight: 1,
      arbitrary: junk.filter(
        (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      ),
    },
    {
      weight: 4,
      arbitrary: fc.record(
        {
          protocol: fc.oneof(fc.constant(PROTOCOL_VERSION), junk),
          committee: fc.oneof(fc.constant(target.committeeId), oddString, junk),
          chairKey: fc.oneof(secretLike, oddString, junk),
          seatToken: fc.oneof(secretLike, oddString, junk),
          lastSeq: fc.oneof(fc.integer(), fc.double(), junk),
        },
        { requiredKeys: [] },
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(protoKey, junk)
        .map(([key, value]) =>
          withKey({ protocol: PROTOCOL_VERSION, committee: target.committeeId }, key, value),
        ),
    },
  );
  const handshakes = fc.sample(handshakeAuth, { numRuns: 300, seed: SEED + 3 });
  for (let i = 0; i < handshakes.length; i += 10) {
    await Promise.all(
      handshakes.slice(i, i + 10).map(async (auth) => {
        findings.input('socket handshakes');
        const socket = rawSocket(target, auth as Record<string, unknown>, {
          localAddress: '127.0.0.8',
        });
        let identity: unknown = null;
        socket.on('welcome', (welcome: { identity: unknown }) => {
          identity = welcome.identity;
        });
        try {
          const result = await Promise.race([
            handshake(socket),
            new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000)),
          ]);
          if (result === 'timeout') {
            findings.violation('handshake got no answer', auth);
          } else if (result.ok) {
            await until(() => identity !== null, 5000, 'welcome').catch(() => undefined);
            // Nothing guessed or malformed may ever be more than an observer.
            if (!isDeepStrictEqual(identity, { role: 'observer' })) {
              findings.violation(`a fuzzed handshake became ${JSON.stringify(identity)}`, auth);
            }
            findings.outcome('handshake: observer');
          } else if (
            !result.error ||
            ![
              'invalid',
              'protocol_version',
              'unknown_committee',
              'unauthorized',
              'rate_limited',
            ].includes(result.error.code)
          ) {
            findings.violation('untyped handshake refusal', { auth, error: result.error });
          } else {
            findings.outcome(`handshake: ${result.error.code}`);
          }
        } finally {
          socket.close();
        }
      }),
    );
  }
  // Not even an object: Socket.IO's parser refuses the packet and drops the connection.
  for (const auth of [[], [1, 2], 'chairKey', 42, true]) {
    findings.input('socket handshakes');
    const socket = rawSocket(target, auth as unknown as Record<string, unknown>);
    let connected = false;
    socket.on('connect', () => {
      connected = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (connected) findings.violation('a handshake with a non-object auth connected', auth);
    else findings.outcome('handshake: dropped by Socket.IO');
    socket.close();
  }
  alive('handshake fuzzing');

  // --- Raw WebSocket frames ----------------------------------------------------------------
  const validSample = JSON.stringify({
    id: 'rawframe-0001',
    command: { type: 'gsl.add', payload: {} },
  });
  const rawFrame = fc.oneof(
    // Engine.IO / Socket.IO packets that are broken in every way a string can be
    fc.oneof(oddString, fc.string({ maxLength: 200 })).map((text) => textFrame(text)),
    fc
      .tuple(
        fc.constantFrom(
          '0',
          '1',
          '2',
          '3',
          '4',
          '5',
          '6',
          '7',
          '9',
          'x',
          '40',
          '41',
          '42',
          '43',
          '44',
          '45',
          '46',
          '4x',
        ),
        fc.string({ maxLength: 100 }),
      )
      .map(([prefix, rest]) => textFrame(prefix + rest)),
    fc
      .constantFrom(
        '42["command"]',
        '42["command",null]',
        `421["command",${validSample}]`,
        `4299999999999999999999["command",${validSample}]`,
        '42["__proto__",{"polluted":true}]',
        '42["constructor",{"prototype":{"x":1}}]',
        '42["error",{}]',
        '42[1,2,3]',
        '42{"a":1}',
        '43999["ok"]',
        '451-["command",{"_placeholder":true,"num":0}]',
        '452-["command",{"_placeholder":true,"num":7}]',
        '40/admin,{}',
        '40{"protocol":1}',
        '41',
        '2probe',
        '5',
        '6',
        `42["command",${'['.repeat(20_000)}${']'.repeat(20_000)}]`,
        `42["sync",${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}]`,
      )
      .map((text) => textFrame(text)),
    // Invalid UTF-8 in a text frame
    fc
      .uint8Array({ minLength: 1, maxLength: 64 })
      .map((bytes) =>
        textFrame(
          Buffer.concat([
            Buffer.from('42["command",'),
            Buffer.from([0xff, 0xfe, 0xc0, 0xaf]),
            Buffer.from(bytes),
          ]),
        ),
      ),
    // Binary frames of random bytes
    fc.uint8Array({ maxLength: 256 }).map((bytes) => wsFrame(0x2, Buffer.from(bytes))),
    // Protocol violations: oversized ping, unmasked, reserved opcodes, RSV bits, stray continuation
    fc.constantFrom(
      wsFrame(0x9, Buffer.alloc(200, 1)),
      textFrame('42["command",{}]', { mask: false }),
      wsFrame(0x3, Buffer.from('reserved')),
      wsFrame(0xb, Buffer.from('reserved control')),
      textFrame('42', { rsv: 4 }),
      wsFrame(0x0, Buffer.from('continuation')),
      textFrame('42["comm', { fin: false }),
    ),
  );
  let rawFramesSent = 0;
  let rawConnections = 0;
  let rawClosedByServer = 0;
  const frames = fc.sample(rawFrame, { numRuns: 2000, seed: SEED + 4 });
  const observerConnect = textFrame(
    `40${JSON.stringify({ protocol: PROTOCOL_VERSION, committee: target.committeeId })}`,
  );
  for (let i = 0; i < frames.length; i += 16) {
    const ws = await openRawWebSocket(server.url);
    rawConnections += 1;
    ws.send(observerConnect);
    for (const frame of frames.slice(i, i + 16)) {
      if (ws.closed()) break;
      ws.send(frame);
      rawFramesSent += 1;
      findings.input('raw WebSocket frames');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (ws.closed()) rawClosedByServer += 1;
    ws.close();
  }
  alive('raw WebSocket frames');

  // --- HTTP --------------------------------------------------------------------------------
  const committeeId = target.committeeId;
  const pathCommittee = fc.oneof(
    { weight: 4, arbitrary: fc.constant(committeeId) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'UNSC',
        'unsc%20',
        'un%73c',
        '..',
        '%FF',
        '%C0%AF',
        '__proto__',
        'constructor',
        'a'.repeat(300),
        '%2e%2e%2f%2e%2e',
      ),
    },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,12}$/) },
  );
  // Never a real seat code (upper case): a valid reissue or revoke is not malformed input.
  const pathCode = fc.oneof(
    fc.constantFrom('fra', 'zz', 'FRANCE', '..', '%2e%2e', 'F%00A', '%EF%BC%A6RA', '__proto__'),
    fc.stringMatching(/^[a-z0-9]{1,5}$/),
  );
  const route = fc.oneof(
    fc.constant('/api/committees'),
    pathCommittee.map((c) => `/api/committees/${c}`),
    pathCommittee.map((c) => `/api/committees/${c}/seats`),
    fc
      .tuple(pathCommittee, pathCode, fc.constantFrom('reissue', 'revoke', 'nope'))
      .map(([c, code, action]) => `/api/committees/${c}/seats/${code}/${action}`),
    fc.constant('/api/admin/committees'),
    pathCommittee.map((c) => `/api/admin/committees/${c}/links`),
    pathCommittee.map((c) => `/api/admin/committees/${c}/keys/reissue`),
    fc
      .tuple(pathCommittee, pathCode)
      .map(([c, code]) => `/api/admin/committees/${c}/seats/${code}/revoke`),
    fc.constantFrom(
      '/healthz',
      '/',
      '/board/unsc',
      '/chair/unsc',
      '/seat/unsc',
      '/_app/version.json',
      '/_app/immutable/nope.js',
      '/favicon.ico',
    ),
    fc.constantFrom(
      '/../../../../etc/passwd',
      '/_app/../../package.json',
      '/_app/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/server/src/main.ts',
      '/%00',
      '/%',
      '//api//committees',
      '/api/committees/%E0%A4%A',
      `/${'a'.repeat(4000)}`,
      '/api/admin/committees?__proto__[isAdmin]=1',
      '/socket.io/?EIO=4&transport=polling',
      '/socket.io/?EIO=3&transport=polling',
      '/socket.io/?EIO=4&transport=carrier-pigeon',
      '/socket.io/?EIO=4&transport=polling&sid=nope',
    ),
    fc
      .string({ unit: 'binary-ascii', maxLength: 60 })
      .map((text) => `/${encodeURIComponent(text)}`),
  );
  const query = fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '?qr=svg',
        '?qr=png',
        '?qr[]=svg',
        '?qr=svg&qr=svg',
        '?__proto__[x]=1',
        '?constructor[prototype][x]=1',
        `?${'a=1&'.repeat(1500)}`,
        '?%FF=%FE',
      ),
    },
  );
  const contentType = fc.constantFrom(
    undefined,
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=utf-16',
    'application/JSON',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=----x',
    'application/octet-stream',
    'application/jsonx',
    'application/json, text/plain',
    '*/*',
    ';;;',
    'application/json; charset=latin1',
  );
  const protoBodies = [
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '{"chair":"yes","__proto__":{"chair":true}}',
    '{"template":"security-council-2026","__proto__":{"id":"x"}}',
    '{"seats":["FRA"],"constructor":{"prototype":{"x":1}}}',
  ];
  const body = fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          '{',
          '[1,]',
          "{'a':1}",
          '{"a":1}}',
          'null',
          '""',
          '1e999999',
          '-',
          '\u0000',
          '{"template":',
          'true',
          '{"seats":"all"',
          '{"chair":1}',
          '{"seats":"ALL"}',
          '{"seats":[1,2]}',
          '{"template":"nope"}',
          '{}',
        )
        .map((text) => Buffer.from(text)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...protoBodies).map((text) => Buffer.from(text)) },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ minLength: 1, maxLength: 16 })
        .map((bytes) =>
          Buffer.concat([
            Buffer.from('{"template":"'),
            Buffer.from([0xff, 0xfe, 0xc0, 0xaf]),
            Buffer.from(bytes),
            Buffer.from('"}'),
          ]),
        ),
    },
    { weight: 1, arbitrary: fc.constant(Buffer.from('{"chair":"yes"}', 'utf16le')) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 10, max: 100_000 })
        .map((n) => Buffer.from(`${'['.repeat(n)}${']'.repeat(n)}`)),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 10, max: 40_000 })
        .map((n) => Buffer.from(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`)),
    },
    { weight: 1, arbitrary: fc.constant(Buffer.alloc(300_000, 0x78)) },
    {
      weight: 1,
      arbitrary: oddString.map((text) =>
        Buffer.from(JSON.stringify({ name: text.repeat(50), template: text })),
      ),
    },
    { weight: 1, arbitrary: fc.constant(Buffer.from('chair=true&seats=all')) },
  );
  const authHeader = fc.constantFrom('admin', 'chair', 'none', 'malformed', 'wrong');
  const request = fc.record({
    method: fc.constantFrom(
      'GET',
      'GET',
      'HEAD',
      'POST',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'OPTIONS',
    ),
    path: fc.tuple(route, query).map(([path, q]) => path + q),
    contentType,
    body,
    auth: authHeader,
    bloat: fc.oneof(
      { weight: 4, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1000, max: 12_000 }) },
    ),
  });
  const requests = fc.sample(request, { numRuns: 4600, seed: SEED + 5 });
  const httpStatuses = new Map<number, number>();
  const sendRequest = async (spec: (typeof requests)[number]) => {
    const headers: Record<string, string> = {};
    if (spec.contentType !== undefined) headers['content-type'] = spec.contentType;
    if (spec.auth === 'admin') headers['authorization'] = `Bearer ${ADMIN_KEY}`;
    if (spec.auth === 'chair') headers['authorization'] = `Bearer ${chairKey}`;
    if (spec.auth === 'malformed') headers['authorization'] = 'Bearer  two words';
    if (spec.auth === 'wrong') headers['authorization'] = 'Bearer WRONGKEYWRONGKEYWRONGKEY';
    // Huge, but within Node's 16 KB for the request line and headers (beyond it, raw HTTP).
    const bloat = Math.min(spec.bloat, 14_000 - spec.path.length);
    if (bloat > 0) headers['x-fuzz'] = 'a'.repeat(bloat);
    findings.input('HTTP requests');
    // Wrong keys come from their own address so they drain only its failure bucket.
    const res = await http(
      spec.method,
      spec.path,
      headers,
      spec.body,
      spec.auth === 'wrong' ? '127.0.0.9' : undefined,
    );
    httpStatuses.set(res.status, (httpStatuses.get(res.status) ?? 0) + 1);
    if (res.status < 0) return findings.violation(`no HTTP answer (${res.text})`, spec.path);
    if (res.status >= 500)
      return findings.violation(`HTTP ${res.status}`, {
        ...spec,
        body: spec.body?.subarray(0, 80).toString(),
      });
    const socketIo = spec.path.startsWith('/socket.io');
    if (!socketIo && res.headers['x-content-type-options'] !== 'nosniff') {
      findings.violation('a response without the security headers', spec.path);
    }
    if (res.status >= 400 && !socketIo && spec.method !== 'HEAD') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(res.text);
      } catch {
        parsed = null;
      }
      const error = (parsed as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      if (typeof error?.code !== 'string' || typeof error.message !== 'string') {
        findings.violation(`HTTP ${res.status} without a typed error`, {
          path: spec.path,
          text: res.text.slice(0, 100),
        });
      }
    }
  };
  for (let i = 0; i < requests.length; i += 8) {
    await Promise.all(requests.slice(i, i + 8).map(sendRequest));
  }
  alive('HTTP fuzzing');

  // --- Raw malformed HTTP ------------------------------------------------------------------
  const host = new URL(server.url).host;
  const rawRequests: Buffer[] = [
    'GARBAGE\r\n\r\n',
    'GET /\r\n\r\n',
    'GET / HTTP/9.9\r\n\r\n',
    `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Bad: a\u0000b\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: ${host}\r\nNoColonHere\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Folded: a\r\n b\r\n\r\n`,
    `POST /api/admin/committees HTTP/1.1\r\nHost: ${host}\r\nContent-Length: -1\r\n\r\n`,
    `POST /api/admin/committees HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello`,
    `POST /api/admin/committees HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n`,
    `POST /api/admin/committees HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Huge: ${'h'.repeat(20_000)}\r\n\r\n`,
    `GET /${'p'.repeat(20_000)} HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
    `GET /api/committees HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer \u00ff\u00fe\r\n\r\n`,
    `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 99\r\n\r\n`,
    `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`,
  ].map((text) => Buffer.from(text, 'latin1'));
  rawRequests.push(
    Buffer.concat([
      Buffer.from('GET /'),
      Buffer.from([0xff, 0xfe, 0x00, 0x80]),
      Buffer.from(` HTTP/1.1\r\nHost: ${host}\r\n\r\n`),
    ]),
  );
  for (const bytes of fc.sample(fc.uint8Array({ minLength: 1, maxLength: 400 }), {
    numRuns: 90,
    seed: SEED + 6,
  })) {
    rawRequests.push(
      Buffer.concat([
        Buffer.from(`POST /api/admin/committees HTTP/1.1\r\nHost: ${host}\r\n`),
        Buffer.from(bytes),
      ]),
    );
  }
  for (const bytes of rawRequests) {
    findings.input('raw HTTP');
    const line = await rawHttp(server.url, bytes);
    findings.outcome(`raw HTTP: ${line.slice(0, 12)}`);
    if (/^HTTP\/1\.[01] 5/.test(line))
      findings.violation(`raw HTTP answered ${line}`, bytes.toString('latin1').slice(0, 80));
  }
  alive('raw HTTP');

  // --- Afterwards ---------------------------------------------------------------------------
  const health = await http('GET', '/healthz');
  const after = {
    fingerprint: fingerprint(dbPath),
    observed: await observerState(),
    committees: (await http('GET', '/api/committees')).text,
    committee: (await http('GET', `/api/committees/${committeeId}`)).text,
  };
  const errorLogs = server
    .output()
    .split('\n')
    .filter(
      (line) =>
        /"level":(5\d|60)/.test(line) || /Uncaught|Unhandled|TypeError|RangeError/.test(line),
    );

  // An ordinary command still works.
  const chair = client(target, { chairKey });
  cleanups.push(() => chair.close());
  await until(() => chair.state !== null, 10_000, 'chair connected');
  const opened = await chair.send({ type: 'session.open', payload: {} });

  report('fuzz', {
    seed: SEED,
    'inputs fuzzed': findings.total(),
    ...Object.fromEntries(findings.inputs),
    'raw WebSocket connections': rawConnections,
    'closed by the server (protocol violations)': rawClosedByServer,
    'HTTP statuses': [...httpStatuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(' '),
    crashes: 0,
    'state changes': before.fingerprint === after.fingerprint ? 0 : 1,
    'untyped answers or other violations': findings.violationCount,
    'error log lines': errorLogs.length,
  });
  console.log(
    `fuzz outcomes: ${[...findings.outcomes].map(([what, n]) => `${what} ×${n}`).join('; ')}`,
  );
  expect(rawFramesSent).toBeGreaterThan(1000);
  expect(findings.total()).toBeGreaterThanOrEqual(10_000);
  expect(findings.violations).toEqual([]);
  expect(health.status).toBe(200);
  expect(after.fingerprint).toBe(before.fingerprint);
  expect(after.observed).toEqual(before.observed);
  expect(after.committees).toBe(before.committees);
  expect(after.committee).toBe(before.committee);
  expect(errorLogs).toEqual([]);
  expect(opened).toMatchObject({ ok: true });
  expect(Object.prototype).not.toHaveProperty('isAdmin');
}, 300_000);
