/**
 * The Socket.IO gateway: one connection = one committee and one role, fixed at
 * the handshake (chair key, seat token, or nothing for an observer). Every
 * inbound message is size-checked, rate-limited and parsed once by its schema;
 * a command then goes to its committee's room, which owns it from there.
 */
import {
  MAX_MESSAGE_BYTES,
  PROTOCOL_VERSION,
  clockRequestSchema,
  commandEnvelopeSchema,
  describeZodError,
  handshakeSchema,
  syncRequestSchema,
  type Ack,
  type ConnectionRole,
  type Handshake,
} from '@placard/shared/protocol';
import type { PlacardServer } from './broadcaster.ts';
import { catchUp } from './catchUp.ts';
import type { CommitteeRoom } from './committeeRoom.ts';
import { handshakeError, refusal, tooLarge } from './edgeChecks.ts';
import { TokenBucket, type RateLimitOptions } from './rateLimit.ts';
import { roomsFor } from './socketRooms.ts';
import { audienceOf, type PlacardSocket } from './socketServer.ts';

export interface GatewayDeps {
  /** The committee's room, loaded on first use; null when there is no such committee. */
  readonly room: (committeeId: string) => CommitteeRoom | null;
  /** Who the credentials belong to: null when wrong or revoked, 'rate_limited' after too many. */
  readonly identify: (
    handshake: Handshake,
    address: string,
  ) => ConnectionRole | null | 'rate_limited';
  readonly now: () => number;
  /** Events kept for resync; a client further behind gets a snapshot. */
  readonly resyncRetention: number;
  readonly rateLimit: RateLimitOptions;
  /** The seats with at least one connection now (the broadcaster asks Socket.IO). */
  readonly connectedSeats: (committeeId: string) => Promise<string[]>;
}

export class Gateway {
  readonly #deps: GatewayDeps;

  constructor(io: PlacardServer, deps: GatewayDeps) {
    this.#deps = deps;
    io.use((socket: PlacardSocket, next) => {
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
    io.on('connection', (socket: PlacardSocket) => this.#onConnection(socket));
  }

  /** The seats with at least one connection now (the chair's attendance view). */
  connectedSeats(committeeId: string): Promise<string[]> {
    return this.#deps.connectedSeats(committeeId);
  }

  #onConnection(socket: PlacardSocket): void {
    const { committee, identity } = socket.data;
    const room = this.#deps.room(committee);
    if (!room) {
      socket.disconnect(true);
      return;
    }
    const audience = audienceOf(identity);
    const retention = this.#deps.resyncRetention;
    const serverTime = this.#deps.now();
    socket.emit('welcome', { protocol: PROTOCOL_VERSION, committee, identity, serverTime });
    const lastSeq = handshakeSchema.shape.lastSeq.parse(socket.handshake.auth['lastSeq']);
    catchUp(socket, room, audience, lastSeq, retention);
    // Joined in the same tick as the catch-up: nothing can be broadcast in between.
    void socket.join(roomsFor(committee, audience));

    socket.on('command', (envelope, ack) => {
      if (typeof ack !== 'function') return;
      const refused = this.#admit(socket, envelope);
      if (refused) return ack(refused);
      if (identity.role === 'observer') {
        return ack(
          refusal('forbidden', 'observers cannot act; join a seat or open the chair link'),
        );
      }
      // The one parse of a command: the room and the decider take it typed.
      const parsed = commandEnvelopeSchema.safeParse(envelope);
      if (!parsed.success) return ack(refusal('invalid', describeZodError(parsed.error)));
      room.execute(parsed.data.id, parsed.data.command, identity, ack);
    });

    socket.on('sync', (request, ack) => {
      const reply = typeof ack === 'function' ? ack : () => undefined;
      const refused = this.#admit(socket, request);
      if (refused) return reply(refused);
      const parsed = syncRequestSchema.safeParse(request);
      if (!parsed.success) return reply(refusal('invalid', describeZodError(parsed.error)));
      catchUp(socket, room, audience, parsed.data.lastSeq, retention);
      reply({ ok: true, seq: room.seq });
    });

    socket.on('clock', (request, ack) => {
      if (typeof ack !== 'function') return;
      const refused = this.#admit(socket, request);
      if (refused) return ack(refused);
      const parsed = clockRequestSchema.safeParse(request);
      if (!parsed.success) return ack(refusal('invalid', describeZodError(parsed.error)));
      ack({ sentAt: parsed.data.sentAt, serverTime: this.#deps.now() });
    });
  }

  /** Size and rate checks shared by every inbound message; returns the refusal, if any. */
  #admit(socket: PlacardSocket, message: unknown): Ack | null {
    const verdict = socket.data.bucket.take(this.#deps.now());
    if (verdict === 'disconnect') {
      socket.emit('closing', { code: 'rate_limited', message: 'too many messages; disconnected' });
      socket.disconnect(true);
      return refusal('rate_limited', 'too many messages; disconnected');
    }
    if (verdict === 'refused') return refusal('rate_limited', 'too many messages; slow down');
    if (tooLarge(message)) {
      return refusal('too_large', `messages are limited to ${MAX_MESSAGE_BYTES} bytes`);
    }
    return null;
  }
}
