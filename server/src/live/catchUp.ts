/**
 * Bringing a (re)connecting client up to date: the events it missed, projected
 * for its audience and sent in bounded batches, or a snapshot when it is too
 * far behind (or its seq is from another database).
 */
import { projectEvent, projectState, type Audience } from '@placard/shared';
import type { ServerToClientEvents } from '@placard/shared/protocol';
import type { CommitteeRoom } from './committeeRoom.ts';

/** Events per batch of a catch-up, so a long gap does not make one huge frame. */
const BATCH = 200;

/** Where catch-up messages go: one socket. */
export interface CatchUpTarget {
  emit<E extends 'events' | 'snapshot'>(
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): unknown;
}

/** Send `target` what it lacks after `lastSeq` (everything, as a snapshot, when undefined). */
export function catchUp(
  target: CatchUpTarget,
  room: CommitteeRoom,
  audience: Audience,
  lastSeq: number | undefined,
  retention: number,
): void {
  const missed = lastSeq === undefined ? null : room.missedEvents(lastSeq, retention);
  if (missed === null) {
    target.emit('snapshot', { seq: room.seq, state: projectState(room.state, audience) });
    return;
  }
  for (let start = 0; start < missed.length; start += BATCH) {
    const slice = missed.slice(start, start + BATCH);
    const last = slice.at(-1);
    if (!last) break;
    target.emit('events', {
      seq: last.seq,
      events: slice.map(({ event }) => projectEvent(event, audience)),
    });
  }
}
