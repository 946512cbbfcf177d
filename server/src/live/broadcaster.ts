/**
 * The one place that sends committee traffic to sockets.
 *
 * The chair and the seats are reached through Socket.IO rooms
 * (`io.to(room).emit`), so through a cluster adapter (Socket.IO's Redis
 * streams adapter behind a sticky load balancer) they are reached on every
 * node. Observers are served by an ObserverFeed per committee that fans out
 * to this process's own observer sockets in slices, after the chair and the
 * seats, each batch encoded once and written straight to idle WebSocket
 * connections (observerWire.ts); in a cluster the batch is also handed to the
 * other nodes with `serverSideEmit`, and each node's feed serves its own
 * observers.
 *
 * Audiences get the events projected for them (shared/src/projection.ts); a
 * seat's sockets also sit in a room of their own so the seat can be
 * disconnected when its token is revoked.
 */
import { projectEvents, type Audience } from '@placard/shared';
import { Adapter } from 'socket.io-adapter';
import type { Server } from 'socket.io';
import type {
  ClientToServerEvents,
  EventBatch,
  ServerToClientEvents,
} from '@placard/shared/protocol';
import type { LoggedEvent } from './committeeLog.ts';
import { ObserverFeed } from './observerFeed.ts';
import { eventFrame, writeFrame } from './observerWire.ts';

/** Messages between Placard nodes of a cluster. */
export interface InterServerEvents {
  'placard:observers': (committeeId: string, batch: EventBatch) => void;
}

export type PlacardServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;

/** The broadcast rooms a connection of this audience joins. */
export function roomsFor(committeeId: string, audience: Audience): string[] {
  switch (audience.kind) {
    case 'chair':
      return [`${committeeId}:chair`];
    case 'public':
      return [`${committeeId}:public`];
    case 'seat':
      return [`${committeeId}:seats`, seatRoom(committeeId, audience.seat)];
    default: {
      const never: never = audience;
      return never;
    }
  }
}

/** The room holding one seat's connections. */
export const seatRoom = (committeeId: string, seat: string): string =>
  `${committeeId}:seat:${seat}`;

export interface BroadcastOptions {
  /** Observer sockets per slice (default 100). */
  readonly sliceSize: number;
  /** Observer updates at most this often; batches in between are merged (default 100 ms). */
  readonly observerIntervalMs: number;
  /**
   * Write each observer batch, encoded once, straight to idle WebSocket connections
   * (observerWire.ts) instead of through Socket.IO's per-socket emit (default true).
   */
  readonly directWrite: boolean;
  readonly now: () => number;
}

export const defaultBroadcastOptions: Omit<BroadcastOptions, 'now'> = {
  sliceSize: 100,
  observerIntervalMs: 100,
  directWrite: true,
};

export class Broadcaster {
  readonly #io: PlacardServer;
  readonly #options: BroadcastOptions;
  readonly #feeds = new Map<string, ObserverFeed>();

  constructor(io: PlacardServer, options: BroadcastOptions) {
    this.#io = io;
    this.#options = options;
    // Batches published by another node of a cluster, for our own observers.
    io.on('placard:observers', (committeeId, batch) => this.#feed(committeeId).push(batch));
  }

  /** Send freshly committed events: chair and seats at once, observers right after. */
  publish(committeeId: string, appended: readonly LoggedEvent[]): void {
    const last = appended.at(-1);
    if (!last) return;
    const events = appended.map(({ event }) => event);
    // Seats are projected as one class: today no event differs between seats.
    this.#io.to(`${committeeId}:chair`).emit('events', {
      seq: last.seq,
      events: projectEvents(events, { kind: 'chair' }),
    });
    this.#io.to(`${committeeId}:seats`).emit('events', {
      seq: last.seq,
      events: projectEvents(events, { kind: 'seat', seat: '' }),
    });
    const publicBatch: EventBatch = {
      seq: last.seq,
      events: projectEvents(events, { kind: 'public' }),
    };
    this.#feed(committeeId).push(publicBatch);
    if (this.#clustered()) this.#io.serverSideEmit('placard:observers', committeeId, publicBatch);
  }

  /** Tell a seat's connections why they are closed, then close them. */
  dropSeat(committeeId: string, seat: string, message: string): void {
    const room = seatRoom(committeeId, seat);
    this.#io.to(room).emit('closing', { code: 'unauthorized', message });
    this.#io.in(room).disconnectSockets(true);
  }

  /** Stop pending observer flushes (shutdown). */
  stop(): void {
    for (const feed of this.#feeds.values()) feed.stop();
  }

  /** One slice of a committee's local observers: the fast lane where it keeps each connection's order. */
  #deliver(socketIds: readonly string[], batch: EventBatch, frame: Buffer | null): void {
    if (!frame) {
      this.#io.local.to([...socketIds]).emit('events', batch);
      return;
    }
    const sockets = this.#io.of('/').sockets;
    const others: string[] = [];
    for (const id of socketIds) {
      const socket = sockets.get(id);
      if (socket && !writeFrame(socket, frame)) others.push(id);
    }
    if (others.length > 0) this.#io.local.to(others).emit('events', batch);
  }

  /** The batch as one WebSocket frame, or null when the fast lane is off or cannot carry it. */
  #frameOf(batch: EventBatch): Buffer | null {
    return this.#options.directWrite ? eventFrame(this.#io.encoder, 'events', batch) : null;
  }

  #clustered(): boolean {
    // The in-memory adapter of a single process has no peers to tell.
    return this.#io.of('/').adapter.constructor !== Adapter;
  }

  #feed(committeeId: string): ObserverFeed {
    let feed = this.#feeds.get(committeeId);
    if (!feed) {
      const room = `${committeeId}:public`;
      const adapter = this.#io.of('/').adapter;
      let frame: { batch: EventBatch; bytes: Buffer | null } | null = null;
      feed = new ObserverFeed({
        sliceSize: this.#options.sliceSize,
        intervalMs: this.#options.observerIntervalMs,
        now: this.#options.now,
        observers: () => [...(adapter.rooms.get(room) ?? [])],
        deliver: (socketIds, batch) => {
          // The slices of one flush share its batch, so it is encoded once per flush.
          if (frame?.batch !== batch) frame = { batch, bytes: this.#frameOf(batch) };
          this.#deliver(socketIds, batch, frame.bytes);
        },
      });
      this.#feeds.set(committeeId, feed);
    }
    return feed;
  }
}
