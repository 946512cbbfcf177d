/**
 * The one owner of a committee's state on this server. Every command for the
 * committee goes through `execute`, which is synchronous from validation to
 * commit (better-sqlite3 is synchronous and `decide` is pure), so commands of
 * one committee apply strictly in order without locks. The order is the one
 * the issue fixes: validate → decide → append in one transaction → ack →
 * broadcast; the caller broadcasts only what `execute` returns, after commit.
 */
import {
  commandSchema,
  decide,
  evolve,
  initialState,
  nextDeadline,
  type Actor,
  type CommitteeState,
  type DomainEvent,
} from '@placard/shared';
import type { Ack, CommandEnvelope, ProtocolError } from '@placard/shared/protocol';
import type { CommitteeLog, LoggedEvent } from './committeeLog.ts';
import { describeZodError } from './zodMessage.ts';

/** What a command did: its ack, and the events to broadcast (empty when rejected or a retry). */
export interface Execution {
  readonly ack: Ack;
  readonly appended: readonly LoggedEvent[];
}

export interface RoomOptions {
  /** Take a snapshot after this many events since the last one (cold starts replay at most this). */
  readonly snapshotEvery: number;
  /** The uniform draw for commands that need one (roll-call start); injectable for tests. */
  readonly draw: () => number;
}

export class CommitteeRoom {
  readonly id: string;
  #state: CommitteeState;
  #seq: number;
  #snapshotSeq: number;
  readonly #log: CommitteeLog;
  readonly #options: RoomOptions;
  readonly #seats: readonly string[];

  constructor(log: CommitteeLog, options: RoomOptions) {
    this.id = log.committeeId;
    this.#log = log;
    this.#options = options;
    const template = log.template();
    this.#seats = [...template.members, ...template.invitees].map((delegation) => delegation.code);
    // Load = latest snapshot + the events after it (or the template + every event).
    const snapshot = log.latestSnapshot();
    let state = snapshot ? snapshot.state : initialState(template);
    let seq = snapshot ? snapshot.seq : 0;
    for (;;) {
      const batch = log.eventsSince(seq, 5000);
      if (batch.length === 0) break;
      for (const { seq: eventSeq, event } of batch) {
        state = evolve(state, event);
        seq = eventSeq;
      }
    }
    this.#state = state;
    this.#seq = seq;
    this.#snapshotSeq = snapshot ? snapshot.seq : 0;
  }

  get state(): CommitteeState {
    return this.#state;
  }

  get seq(): number {
    return this.#seq;
  }

  /** Every delegation with a seat: members and invited delegations. */
  get seats(): readonly string[] {
    return this.#seats;
  }

  /** The earliest deadline the server must act on, if any. */
  nextDeadline(): number | null {
    return nextDeadline(this.#state);
  }

  /** Validate, decide, commit and acknowledge one command. */
  execute(envelope: CommandEnvelope, actor: Actor, now: number): Execution {
    const previous = this.#log.previousAck(envelope.id);
    if (previous) return { ack: previous, appended: [] };

    const parsed = commandSchema.safeParse({ type: envelope.type, payload: envelope.payload });
    if (!parsed.success) {
      // Not remembered: a malformed command is rejected the same way on every retry,
      // and a flood of them must not write to the database.
      const error: ProtocolError = { code: 'invalid', message: describeZodError(parsed.error) };
      return { ack: { ok: false, error }, appended: [] };
    }
    const decision = decide(this.#state, parsed.data, { actor, now, draw: this.#options.draw() });
    // A domain rejection is remembered so a retry after a lost ack gets the same answer
    // even if the floor has moved on meanwhile.
    if (!decision.ok) return this.#reject(envelope.id, actor, now, decision.error);

    // Evolve before committing: an event that cannot be applied must never reach the log.
    let state = this.#state;
    for (const event of decision.events) state = evolve(state, event);
    const lastSeq = this.#log.append(envelope.id, actor, now, decision.events);
    const firstSeq = lastSeq - decision.events.length + 1;
    this.#state = state;
    this.#seq = lastSeq;
    if (this.#seq - this.#snapshotSeq >= this.#options.snapshotEvery) {
      // The command is committed: a snapshot is only a cache of the log, so failing to
      // write one (a full disk) must not turn this ack into an error. Try again later.
      try {
        this.#log.saveSnapshot(this.#seq, this.#state);
      } catch (error) {
        console.error(`placard: snapshot of ${this.id} at seq ${this.#seq} failed`, error);
      }
      this.#snapshotSeq = this.#seq;
    }
    return {
      ack: { ok: true, seq: lastSeq },
      appended: decision.events.map((event: DomainEvent, index) => ({
        seq: firstSeq + index,
        event,
      })),
    };
  }

  /** Events after `afterSeq` for a reconnecting client, or null when it should take a snapshot. */
  missedEvents(afterSeq: number, retention: number): LoggedEvent[] | null {
    if (afterSeq > this.#seq) return null; // a client from another database: start afresh
    if (this.#seq - afterSeq > retention) return null;
    return this.#log.eventsSince(afterSeq, retention);
  }

  #reject(commandId: string, actor: Actor, now: number, error: ProtocolError): Execution {
    const ack: Ack = { ok: false, error };
    // The server's own timer commands are fired afresh each time; nothing to remember.
    if (actor.role !== 'system') this.#log.rememberRejection(commandId, actor, now, ack);
    return { ack, appended: [] };
  }
}
