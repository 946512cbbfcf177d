/**
 * The live layer on a Fastify app: committee rooms, the Socket.IO gateway and
 * the timers, wired to the app's storage and access services.
 */
import type { FastifyInstance } from 'fastify';
import { Broadcaster, defaultBroadcastOptions, type BroadcastOptions } from './broadcaster.ts';
import { Gateway } from './gateway.ts';
import { createSocketServer } from './socketServer.ts';
import { RoomRegistry } from './roomRegistry.ts';
import type { RateLimitOptions } from './rateLimit.ts';
import { TimerScheduler } from './timerScheduler.ts';

export interface LiveOptions {
  /** Events kept for resync: a client further behind gets a snapshot (default 1,000). */
  readonly resyncRetention?: number;
  /** Snapshot after this many events (default 500). */
  readonly snapshotEvery?: number;
  readonly rateLimit?: RateLimitOptions;
  /** The uniform draw for roll-call starts (tests fix it). */
  readonly draw?: () => number;
  /** Observer slicing and coalescing (benchmarks compare settings). */
  readonly broadcast?: Partial<Omit<BroadcastOptions, 'now'>>;
}

export interface Live {
  /** Every committee's room: the way in for HTTP routes as for sockets. */
  readonly rooms: RoomRegistry;
  readonly gateway: Gateway;
  /** Sends to connections: committee traffic, and closing a seat's or the chair's. */
  readonly broadcaster: Broadcaster;
}

/** Per socket: bursts of 30 messages, 15 a second sustained, cut off after 100 refusals. */
export const defaultRateLimit: RateLimitOptions = {
  burst: 30,
  perSecond: 15,
  disconnectAfter: 100,
};

/** Attach Socket.IO and the committee rooms to the app (call before listen). */
export function attachLive(app: FastifyInstance, options: LiveOptions = {}): Live {
  const { committees, events, clock, access, credentialFailures } = app.placard;
  const now = (): number => clock.now();
  const io = createSocketServer(app.server);
  const broadcaster = new Broadcaster(io, {
    ...defaultBroadcastOptions,
    ...options.broadcast,
    now,
  });
  const scheduler = new TimerScheduler(now);
  const rooms = new RoomRegistry(
    committees,
    events,
    { snapshotEvery: options.snapshotEvery ?? 500, draw: options.draw ?? Math.random },
    { transport: broadcaster, scheduler, now },
  );
  const gateway = new Gateway(io, {
    room: (id) => rooms.get(id),
    identify(handshake, address) {
      if (handshake.chairKey === undefined && handshake.seatToken === undefined) {
        return { role: 'observer' };
      }
      const now = clock.now();
      if (!credentialFailures.allows(address, now)) return 'rate_limited';
      const role = access.resolveCredential(handshake.committee, {
        ...(handshake.chairKey === undefined ? {} : { chairKey: handshake.chairKey }),
        ...(handshake.seatToken === undefined ? {} : { seatToken: handshake.seatToken }),
      });
      if (!role) credentialFailures.recordFailure(address, now);
      return role;
    },
    now,
    resyncRetention: options.resyncRetention ?? 1000,
    rateLimit: options.rateLimit ?? defaultRateLimit,
    connectedSeats: (id) => broadcaster.connectedSeats(id),
  });
  access.onChange((change) => {
    if (change.kind === 'chair-reissued') broadcaster.dropChair(change.committeeId);
    else
      broadcaster.dropSeat(change.committeeId, change.seat, 'this seat was revoked by the chair');
  });
  // Loading a room arms its deadline: at start, every committee's.
  app.addHook('onReady', async () => void rooms.loadAll());
  app.addHook('preClose', async () => {
    // Tell every client the server is going away, then close all connections.
    scheduler.stopAll();
    broadcaster.stop();
    io.emit('closing', { code: 'internal', message: 'the server is restarting' });
    await io.close();
  });
  return { rooms, gateway, broadcaster };
}
