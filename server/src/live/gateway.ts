/**
 * The Socket.IO gateway: one connection = one committee and one role, fixed at
 * the handshake (chair key, seat token, or nothing for an observer). Every
 * inbound message is size-checked, rate-limited and parsed by its schema
 * before it reaches the committee's room; observers can send no command.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  MAX_MESSAGE_BYTES,
  PROTOCOL_VERSION,
  clockRequestSchema,
  commandEnvelopeSchema,
  handshakeSchema,
  syncRequestSchema,
  type Ack,
  type ClientToServerEvents,
  type ConnectionRole,
  type Handshake,
  type ProtocolError,
  type ServerToClientEvents,
} from '@placard/shared/protocol';
import { projectEvent, projectState, type Actor, type Audience } from '@placard/shared';
import {
  Broadcaster,
  defaultBroadcastOptions,
  roomsFor,
  seatRoom,
  type BroadcastOptions,
  type InterServerEvents,
  type PlacardServer,
} from './broadcaster.ts';
import type { CommitteeRoom } from './committeeRoom.ts';
import { TokenBucket, type RateLimitOptions } from './rateLimit.ts';
import { TimerScheduler } from './timerScheduler.ts';
import { describeZodError } from './zodMessage.ts';

export interface GatewayDeps {
  /** The committee's room, loaded on first use; null when there is no such committee. */
  readonly room: (committeeId: string) => CommitteeRoom | null;
  /**
   * Who the credentials in a handshake belong to: null when they are wrong or
   * revoked, 'rate_limited' when this address guessed wrong too often.
   */
  readonly identify: (
    handshake: Handshake,
    address: string,
  ) => ConnectionRole | null | 'rate_limited';
  readonly now: () => number;
  /** Events kept for resync; a client further behind gets a snapshot. */
  readonly resyncRetention: number;
  readonly rateLimit: RateLimitOptions;
  /** Observer slicing and coalescing (defaults in broadcaster.ts). */
  readonly broadcast?: Partial<Omit<BroadcastOptions, 'now'>>;
}

interface SocketData {
  committee: string;
  identity: ConnectionRole;
  bucket: TokenBucket;
}

type PlacardSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

const audienceOf = (identity: ConnectionRole): Audience =>
  identity.role === 'seat'
    ? { kind: 'seat', seat: identity.seat }
    : identity.role === 'chair'
      ? { kind: 'chair' }
      : { kind: 'public' };

const reject = (code: ProtocolError['code'], message: string): Ack => ({
  ok: false,
  error: { code, message },
});

/** A connect error whose `data` carries a typed protocol error to the client. */
function handshakeError(
  code: ProtocolError['code'],
  message: string,
): Error & { data: ProtocolError } {
  return Object.assign(new Error(message), { data: { code, message } });
}

/** Size of an inbound message as JSON; over the limit (or unserialisable) counts as too large. */
function tooLarge(value: unknown): boolean {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? false : Buffer.byteLength(json) > MAX_MESSAGE_BYTES;
  } catch {
    return true;
  }
}

export class Gateway {
  readonly io: PlacardServer;
  readonly broadcaster: Broadcaster;
  readonly timers: TimerScheduler;
  readonly #deps: GatewayDeps;

  constructor(httpServer: HttpServer, deps: GatewayDeps) {
    this.#deps = deps;
    this.io = new Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>(
      httpServer,
      {
        serveClient: false,
        // a hard cap well above MAX_MESSAGE_BYTES: below it we answer `too_large` ourselves
        maxHttpBufferSize: 4 * MAX_MESSAGE_BYTES,
        perMessageDeflate: false,
        pingInterval: 10_000,
        pingTimeout: 10_000,
      },
    );
    this.broadcaster = new Broadcaster(this.io, {
      ...defaultBroadcastOptions,
      ...deps.broadcast,
      now: deps.now,
    });
    this.timers = new TimerScheduler(deps.now, (room) => this.#fireTimers(room));
    this.io.use((socket, next) => {
      const parsed = handshakeSchema.safeParse(socket.handshake.auth);
      if (!parsed.success) {
        const versionIssue = parsed.error.issues.some((issue) => issue.path[0] === 'protocol');
        return next(
          versionIssue
            ? handshakeError('protocol_version', `this server speaks protocol ${PROTOCOL_VERSION}`)
            : handshakeError('invalid', describeZodError(parsed.error)),
        );
      }
      const room = deps.room(parsed.data.committee);
      if (!room) return next(handshakeError('unknown_committee', 'there is no such committee'));
      const identity = deps.identify(parsed.data, socket.handshake.address);
      if (identity === 'rate_limited') {
        return next(handshakeError('rate_limited', 'too many wrong keys; wait a minute'));
      }
      if (!identity) {
        return next(
          handshakeError('unauthorized', 'the key or seat token is wrong or was revoked'),
        );
      }
      socket.data.committee = room.id;
      socket.data.identity = identity;
      socket.data.bucket = new TokenBucket(deps.rateLimit, deps.now());
      next();
    });
    this.io.on('connection', (socket) => this.#onConnection(socket));
  }

  /** Make sure a committee's deadlines are scheduled (e.g. at start, for every committee). */
  watch(room: CommitteeRoom): void {
    this.timers.schedule(room);
  }

  /** Close a seat's connections (its token was revoked or reissued). */
  dropSeat(committeeId: string, seat: string, message: string): void {
    this.broadcaster.dropSeat(committeeId, seat, message);
  }

  /**
   * The seats with at least one connection now. It asks Socket.IO for the sockets in the
   * committee's seats room and reads their seat rooms, so it also counts sockets on other
   * nodes when a cluster adapter is in place.
   */
  async connectedSeats(committeeId: string): Promise<string[]> {
    const [seatsRoom] = roomsFor(committeeId, { kind: 'seat', seat: '' });
    if (!seatsRoom) return [];
    const prefix = seatRoom(committeeId, '');
    const seats = new Set<string>();
    for (const socket of await this.io.in(seatsRoom).fetchSockets()) {
      for (const room of socket.rooms) {
        if (room.startsWith(prefix) && room.length > prefix.length) {
          seats.add(room.slice(prefix.length));
        }
      }
    }
    return [...seats].sort();
  }

  /** Close the chair's connections (the chair key was reissued). */
  dropChair(committeeId: string): void {
    const [room] = roomsFor(committeeId, { kind: 'chair' });
    if (!room) return;
    this.io
      .to(room)
      .emit('closing', { code: 'unauthorized', message: 'the chair key was changed' });
    this.io.in(room).disconnectSockets(true);
  }

  /** Tell every client the server is going away, then close all connections. */
  async close(): Promise<void> {
    this.timers.stopAll();
    this.broadcaster.stop();
    this.io.emit('closing', { code: 'internal', message: 'the server is restarting' });
    await this.io.close();
  }

  #onConnection(socket: PlacardSocket): void {
    const { committee, identity } = socket.data;
    const room = this.#deps.room(committee);
    if (!room) {
      socket.disconnect(true);
      return;
    }
    const audience = audienceOf(identity);
    socket.emit('welcome', {
      protocol: PROTOCOL_VERSION,
      committee,
      identity,
      serverTime: this.#deps.now(),
    });
    const lastSeq = handshakeSchema.shape.lastSeq.parse(socket.handshake.auth['lastSeq']);
    this.#catchUp(socket, room, audience, lastSeq);
    // Joined in the same tick as the catch-up: nothing can be broadcast in between.
    void socket.join(roomsFor(committee, audience));

    socket.on('command', (envelope, ack) => {
      if (typeof ack !== 'function') return;
      const refused = this.#admit(socket, envelope);
      if (refused) return ack(refused);
      if (identity.role === 'observer') {
        return ack(reject('forbidden', 'observers cannot act; join a seat or open the chair link'));
      }
      const parsed = commandEnvelopeSchema.safeParse(envelope);
      if (!parsed.success) return ack(reject('invalid', describeZodError(parsed.error)));
      const actor: Actor = identity;
      const result = this.#execute(room, parsed.data, actor);
      ack(result);
    });

    socket.on('sync', (request, ack) => {
      const reply = typeof ack === 'function' ? ack : () => undefined;
      const refused = this.#admit(socket, request);
      if (refused) return reply(refused);
      const parsed = syncRequestSchema.safeParse(request);
      if (!parsed.success) return reply(reject('invalid', describeZodError(parsed.error)));
      this.#catchUp(socket, room, audience, parsed.data.lastSeq);
      reply({ ok: true, seq: room.seq });
    });

    socket.on('clock', (request, ack) => {
      if (typeof ack !== 'function') return;
      const refused = this.#admit(socket, request);
      if (refused) return ack(refused);
      const parsed = clockRequestSchema.safeParse(request);
      if (!parsed.success) return ack(reject('invalid', describeZodError(parsed.error)));
      ack({ sentAt: parsed.data.sentAt, serverTime: this.#deps.now() });
    });
  }

  /** Size and rate checks shared by every inbound message; returns the refusal, if any. */
  #admit(socket: PlacardSocket, message: unknown): Ack | null {
    const verdict = socket.data.bucket.take(this.#deps.now());
    if (verdict === 'disconnect') {
      socket.emit('closing', { code: 'rate_limited', message: 'too many messages; disconnected' });
      socket.disconnect(true);
      return reject('rate_limited', 'too many messages; disconnected');
    }
    if (verdict === 'refused') return reject('rate_limited', 'too many messages; slow down');
    if (tooLarge(message)) {
      return reject('too_large', `messages are limited to ${MAX_MESSAGE_BYTES} bytes`);
    }
    return null;
  }

  #execute(
    room: CommitteeRoom,
    envelope: Parameters<CommitteeRoom['execute']>[0],
    actor: Actor,
  ): Ack {
    try {
      const { ack, appended } = room.execute(envelope, actor, this.#deps.now());
      // Ack before broadcast is guaranteed by the caller answering first; both run after commit.
      if (appended.length > 0) {
        queueMicrotask(() => {
          this.broadcaster.publish(room.id, appended);
          this.timers.schedule(room);
        });
      }
      return ack;
    } catch (error) {
      console.error(`placard: command ${envelope.type} on ${room.id} failed`, error);
      return reject('internal', 'the server could not record this command; nothing was changed');
    }
  }

  #fireTimers(room: CommitteeRoom): void {
    // A fresh id per firing: expiry is never a retry of an earlier attempt.
    const id = `timer-${room.id}-${room.seq}-${this.#deps.now()}`;
    const result = this.#execute(
      room,
      { id, type: 'timer.expire', payload: {} },
      { role: 'system' },
    );
    if (!result.ok && result.error.code !== 'out_of_order') {
      console.error(`placard: timer on ${room.id} failed: ${result.error.message}`);
    }
  }

  #catchUp(
    socket: PlacardSocket,
    room: CommitteeRoom,
    audience: Audience,
    lastSeq: number | undefined,
  ): void {
    const missed =
      lastSeq === undefined ? null : room.missedEvents(lastSeq, this.#deps.resyncRetention);
    if (missed === null) {
      socket.emit('snapshot', { seq: room.seq, state: projectState(room.state, audience) });
      return;
    }
    if (missed.length === 0) return;
    // Sent in bounded batches so a long gap does not make one huge frame.
    for (let start = 0; start < missed.length; start += 200) {
      const slice = missed.slice(start, start + 200);
      const last = slice.at(-1);
      if (!last) break;
      socket.emit('events', {
        seq: last.seq,
        events: slice.map(({ event }) => projectEvent(event, audience)),
      });
    }
  }
}
