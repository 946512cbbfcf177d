/**
 * The committee log over the SQLite event store. Events read back were written
 * by this server after `evolve` accepted them, so they are trusted as
 * DomainEvents; snapshots carry a version so a change of the state's shape
 * never loads an old one.
 */
import type { Actor, CommitteeState, CommitteeTemplate, DomainEvent } from '@placard/shared';
import type { Ack } from '@placard/shared/protocol';
import type { EventStore, StoredEvent } from '../storage/eventStore.ts';
import type { CommitteeLog, LoggedEvent, Outcome, Recorded } from './committeeLog.ts';

/** Bump when CommitteeState changes shape: older snapshots are then ignored (events replayed). */
export const STATE_VERSION = 2;

function isAck(value: unknown): value is Ack {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}

// The store keeps events as JSON objects with a `type`; they were DomainEvents when appended.
const asLogged = (stored: StoredEvent): LoggedEvent => ({
  seq: stored.seq,
  event: stored.event as unknown as DomainEvent,
});

/** A CommitteeLog for one committee over the shared event store. */
export function sqliteCommitteeLog(
  events: EventStore,
  committeeId: string,
  template: CommitteeTemplate,
): CommitteeLog {
  return {
    committeeId,
    template: () => template,
    record(commandId: string, actor: Actor, now: number, outcome: Outcome): Recorded {
      const written = events.append(
        committeeId,
        'rejected' in outcome
          ? { commandId, actor, now, events: [], result: outcome.rejected }
          : {
              commandId,
              actor,
              now,
              events: outcome.events,
              resultFor: (seq): Ack => ({ ok: true, seq }),
            },
      );
      if (!isAck(written.result)) throw new TypeError(`command ${commandId} has no recorded ack`);
      return { ack: written.result, fresh: !written.duplicate };
    },
    eventsSince(afterSeq, limit) {
      return events.readSince(committeeId, afterSeq, limit).map(asLogged);
    },
    headSeq: () => events.headSeq(committeeId),
    latestSnapshot() {
      const snapshot = events.latestSnapshot(committeeId, STATE_VERSION);
      return snapshot ? { seq: snapshot.seq, state: snapshot.state as CommitteeState } : null;
    },
    saveSnapshot(seq, state) {
      events.saveSnapshot(committeeId, seq, state, STATE_VERSION);
      events.pruneSnapshots(committeeId, 3, STATE_VERSION);
    },
  };
}
