/**
 * The one place that sends committee traffic to sockets. Everything goes
 * through Socket.IO rooms (`io.to(room).emit`) so the same code works through
 * a cluster adapter (Socket.IO's Redis streams adapter) when Placard runs on
 * several machines: no socket lists are kept here, and each batch is
 * serialised once per audience, not once per socket.
 *
 * Audiences: the chair, the seats, the public (observers). Each gets the
 * events projected for it (shared/src/projection.ts); a seat's sockets also
 * sit in a room of their own so the seat can be disconnected when revoked.
 */
import { projectEvents, type Audience } from '@placard/shared';
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@placard/shared/protocol';
import type { LoggedEvent } from './committeeLog.ts';

export type PlacardServer = Server<ClientToServerEvents, ServerToClientEvents>;

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

export class Broadcaster {
  readonly #io: PlacardServer;

  constructor(io: PlacardServer) {
    this.#io = io;
  }

  /** Send freshly committed events to every audience of the committee. */
  publish(committeeId: string, appended: readonly LoggedEvent[]): void {
    const last = appended.at(-1);
    if (!last) return;
    const events = appended.map(({ event }) => event);
    // Seats are projected as one class: today no event differs between seats.
    const audiences: [string, Audience][] = [
      [`${committeeId}:chair`, { kind: 'chair' }],
      [`${committeeId}:seats`, { kind: 'seat', seat: '' }],
      [`${committeeId}:public`, { kind: 'public' }],
    ];
    for (const [room, audience] of audiences) {
      this.#io.to(room).emit('events', { seq: last.seq, events: projectEvents(events, audience) });
    }
  }

  /** Tell a seat's connections why they are closed, then close them. */
  dropSeat(committeeId: string, seat: string, message: string): void {
    const room = seatRoom(committeeId, seat);
    this.#io.to(room).emit('closing', { code: 'unauthorized', message });
    this.#io.in(room).disconnectSockets(true);
  }
}
