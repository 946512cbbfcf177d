/**
 * What a committee room needs from storage: the durable log behind one
 * committee. A small interface so the room's ordering and idempotency rules
 * can be read in one place; the SQLite event store implements it.
 */
import type { Actor, CommitteeState, CommitteeTemplate, DomainEvent } from '@placard/shared';
import type { Ack } from '@placard/shared/protocol';

export interface LoggedEvent {
  readonly seq: number;
  readonly event: DomainEvent;
}

/** A decided command: the events to append, or the rejection to remember. */
export type Outcome =
  { readonly events: readonly DomainEvent[] } | { readonly rejected: Ack & { readonly ok: false } };

/** What recording a command gave: the ack to send, and whether this attempt was the first. */
export interface Recorded {
  readonly ack: Ack;
  readonly fresh: boolean;
}

export interface CommitteeLog {
  readonly committeeId: string;
  template(): CommitteeTemplate;
  /**
   * Record a command in one transaction, the idempotency check inside it: a command id
   * seen before writes nothing and gets its first ack back (`fresh: false`); otherwise the
   * events are appended (the ack carries the seq they reached) or the rejection remembered.
   */
  record(commandId: string, actor: Actor, now: number, outcome: Outcome): Recorded;
  /** Events after `afterSeq`, in order (at most `limit`). */
  eventsSince(afterSeq: number, limit: number): LoggedEvent[];
  headSeq(): number;
  latestSnapshot(): { seq: number; state: CommitteeState } | null;
  saveSnapshot(seq: number, state: CommitteeState): void;
}
