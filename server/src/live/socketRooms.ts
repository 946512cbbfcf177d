/**
 * The names of a committee's Socket.IO rooms, built here and nowhere else: the
 * chair's connections, every seat's, one seat's (so a revoked seat can be
 * closed), and the public board's.
 */
import type { Audience } from '@placard/shared';

/** The Socket.IO rooms of one committee. */
export interface CommitteeSocketRooms {
  readonly chair: string;
  readonly seats: string;
  readonly public: string;
  /** The prefix of every one-seat room; `seat(code)` is the prefix followed by the code. */
  readonly seatPrefix: string;
  seat(code: string): string;
}

/** The Socket.IO rooms of a committee (its id is a lowercase slug, so `:` cannot collide). */
export function socketRooms(committeeId: string): CommitteeSocketRooms {
  const seatPrefix = `${committeeId}:seat:`;
  return {
    chair: `${committeeId}:chair`,
    seats: `${committeeId}:seats`,
    public: `${committeeId}:public`,
    seatPrefix,
    seat: (code) => `${seatPrefix}${code}`,
  };
}

/** The rooms a connection of this audience joins. */
export function roomsFor(committeeId: string, audience: Audience): string[] {
  const rooms = socketRooms(committeeId);
  switch (audience.kind) {
    case 'chair':
      return [rooms.chair];
    case 'public':
      return [rooms.public];
    case 'seat':
      return [rooms.seats, rooms.seat(audience.seat)];
    default: {
      const never: never = audience;
      return never;
    }
  }
}
