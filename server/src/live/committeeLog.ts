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

export interface CommitteeLog {
  readonly committeeId: string;
  template(): CommitteeTemplate;
  /** The ack first given to this command id, if it was seen before. */
  previousAck(commandId: string): Ack | null;
  /**
   * Append the events and remember the command's ack in one transaction; the
   * ack is built from the seq they were given. Returns that seq.
   */
  append(commandId: string, actor: Actor, now: number, events: readonly DomainEvent[]): number;
  /** Remember a rejection so that a retry of the same id gets the same answer. */
  rememberRejection(commandId: string, actor: Actor, now: number, ack: Ack): void;
  /** Events after `afterSeq`, in order (at most `limit`). */
  eventsSince(afterSeq: number, limit: number): LoggedEvent[];
  headSeq(): number;
  latestSnapshot(): { seq: number; state: CommitteeState } | null;
  saveSnapshot(seq: number, state: CommitteeState): void;
}
