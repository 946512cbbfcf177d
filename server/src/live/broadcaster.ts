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
 * It is the committee rooms' Transport (roomPorts.ts): a room hands it each
 * batch already projected for its audience (shared/src/projection.ts). A
 * seat's sockets also sit in a room of their own (socketRooms.ts) so the seat
 * can be disconnected when its token is revoked.
 */
import { Adapter } from 'socket.io-adapter';
import type { Server } from 'socket.io';
import type {
  ClientToServerEvents,
  EventBatch,
  ServerToClientEvents,
} from '@placard/shared/protocol';
import { ObserverFeed } from './observerFeed.ts';
import { eventFrame, writeFrame } from './observerWire.ts';
import type { Transport } from './roomPorts.ts';
import { socketRooms } from './socketRooms.ts';

/** Messages between Placard nodes of a cluster. */
export interface InterServerEvents {
  'placard:observers': (committeeId: string, batch: EventBatch) => void;
}

export type PlacardServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;

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

/** The Transport of committee rooms over Socket.IO, plus closing a seat's or the chair's connections. */
export class Broadcaster implements Transport {
  readonly #io: PlacardServer;
  readonly #options: BroadcastOptions;
  readonly #feeds = new Map<string, ObserverFeed>();

  constructor(io: PlacardServer, options: BroadcastOptions) {
    this.#io = io;
    this.#options = options;
    // Batches published by another node of a cluster, for our own observers.
    io.on('placard:observers', (committeeId, batch) => this.#feed(committeeId).push(batch));
  }

  toChair(committeeId: string, batch: EventBatch): void {
    this.#io.to(socketRooms(committeeId).chair).emit('events', batch);
  }

  toSeat(committeeId: string, seat: string | null, batch: EventBatch): void {
    const rooms = socketRooms(committeeId);
    this.#io.to(seat === null ? rooms.seats : rooms.seat(seat)).emit('events', batch);
  }

  /** Observers are served after the chair and the seats, by this node's feed and every other node's. */
  toPublic(committeeId: string, batch: EventBatch): void {
    this.#feed(committeeId).push(batch);
    if (this.#clustered()) this.#io.serverSideEmit('placard:observers', committeeId, batch);
  }

  /** Tell a seat's connections why they are closed, then close them. */
  dropSeat(committeeId: string, seat: string, message: string): void {
    this.#close(socketRooms(committeeId).seat(seat), message);
  }

  /** Close the chair's connections (the chair key was reissued). */
  dropChair(committeeId: string): void {
    this.#close(socketRooms(committeeId).chair, 'the chair key was changed');
  }

  /**
   * The seats with at least one connection now. It asks Socket.IO for the sockets in the
   * committee's seats room and reads their seat rooms, so it also counts sockets on other
   * nodes when a cluster adapter is in place.
   */
  async connectedSeats(committeeId: string): Promise<string[]> {
    const { seats: seatsRoom, seatPrefix } = socketRooms(committeeId);
    const seats = new Set<string>();
    for (const socket of await this.#io.in(seatsRoom).fetchSockets()) {
      for (const room of socket.rooms) {
        if (room.startsWith(seatPrefix) && room.length > seatPrefix.length) {
          seats.add(room.slice(seatPrefix.length));
        }
      }
    }
    return [...seats].sort();
  }

  #close(room: string, message: string): void {
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
      const room = socketRooms(committeeId).public;
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
