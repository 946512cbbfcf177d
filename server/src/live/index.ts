/**
 * The live layer on a Fastify app: committee rooms, the Socket.IO gateway and
 * the timers, wired to the app's storage and access services.
 */
import type { FastifyInstance } from 'fastify';
import { Gateway } from './gateway.ts';
import { RoomRegistry } from './roomRegistry.ts';
import type { RateLimitOptions } from './rateLimit.ts';
import type { BroadcastOptions } from './broadcaster.ts';

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
  readonly rooms: RoomRegistry;
  readonly gateway: Gateway;
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
  const rooms = new RoomRegistry(committees, events, {
    snapshotEvery: options.snapshotEvery ?? 500,
    draw: options.draw ?? Math.random,
  });
  const gateway = new Gateway(app.server, {
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
    now: () => clock.now(),
    resyncRetention: options.resyncRetention ?? 1000,
    rateLimit: options.rateLimit ?? defaultRateLimit,
    ...(options.broadcast ? { broadcast: options.broadcast } : {}),
  });
  access.onChange((change) => {
    if (change.kind === 'chair-reissued') gateway.dropChair(change.committeeId);
    else gateway.dropSeat(change.committeeId, change.seat, 'this seat was revoked by the chair');
  });
  app.addHook('onReady', async () => {
    for (const room of rooms.loadAll()) gateway.watch(room);
  });
  app.addHook('preClose', async () => {
    await gateway.close();
  });
  return { rooms, gateway };
}
