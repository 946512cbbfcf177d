/**
 * The one owner of a committee's state on this server. Every command for the
 * committee goes through `execute`, which owns it end to end: decide → evolve →
 * record (one transaction, the idempotency check inside it) → ack → publish →
 * re-arm the deadline. It is synchronous from decision to commit (better-sqlite3
 * is synchronous and `decide` is pure), so commands of one committee apply
 * strictly in order without locks. Commands arrive already parsed: the gateway
 * parses each envelope once, and the room's own timers build theirs typed.
 */
import {
  decideParsed,
  evolve,
  initialState,
  nextDeadline,
  projectEvents,
  type Actor,
  type Audience,
  type Command,
  type CommitteeState,
  type DomainEvent,
} from '@placard/shared';
import type { Ack, EventBatch } from '@placard/shared/protocol';
import type { CommitteeLog, LoggedEvent } from './committeeLog.ts';
import type { RoomPorts } from './roomPorts.ts';

export interface RoomOptions {
  /** Take a snapshot after this many events since the last one (cold starts replay at most this). */
  readonly snapshotEvery: number;
  /** The uniform draw for commands that need one (roll-call start); injectable for tests. */
  readonly draw: () => number;
}

const failure: Ack = {
  ok: false,
  error: {
    code: 'internal',
    message: 'the server could not record this command; nothing was changed',
  },
};

export class CommitteeRoom {
  readonly id: string;
  #state: CommitteeState;
  #seq: number;
  #snapshotSeq: number;
  readonly #log: CommitteeLog;
  readonly #options: RoomOptions;
  readonly #ports: RoomPorts;
  readonly #seats: readonly string[];

  constructor(log: CommitteeLog, options: RoomOptions, ports: RoomPorts) {
    this.id = log.committeeId;
    this.#log = log;
    this.#options = options;
    this.#ports = ports;
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

  /**
   * Decide, commit and acknowledge one parsed command, then publish what it appended
   * and re-arm the deadline. `reply` gets the ack before anything is published, so a
   * client always learns its command's seq before it sees the events.
   */
  execute(
    id: string,
    command: Command,
    actor: Actor,
    reply: (ack: Ack) => void = () => undefined,
  ): Ack {
    let ack: Ack;
    let appended: LoggedEvent[] = [];
    try {
      ({ ack, appended } = this.#commit(id, command, actor));
    } catch (error) {
      console.error(`placard: command ${command.type} on ${this.id} failed`, error);
      ack = failure;
    }
    reply(ack);
    if (appended.length > 0) {
      this.#publish(appended);
      this.armDeadline();
    }
    return ack;
  }

  /** Arm the scheduler for the next deadline (after a load, an import, or a commit). */
  armDeadline(): void {
    const deadline = this.nextDeadline();
    if (deadline === null) {
      this.#ports.scheduler.cancel(this.id);
      return;
    }
    this.#ports.scheduler.arm(this.id, deadline, () => this.#expire(deadline));
  }

  /** Events after `afterSeq` for a reconnecting client, or null when it should take a snapshot. */
  missedEvents(afterSeq: number, retention: number): LoggedEvent[] | null {
    if (afterSeq > this.#seq) return null; // a client from another database: start afresh
    if (this.#seq - afterSeq > retention) return null;
    return this.#log.eventsSince(afterSeq, retention);
  }

  #commit(id: string, command: Command, actor: Actor): { ack: Ack; appended: LoggedEvent[] } {
    const now = this.#ports.now();
    const decision = decideParsed(this.#state, command, { actor, now, draw: this.#options.draw() });
    if (!decision.ok) {
      const rejected = { ok: false, error: decision.error } as const;
      // The server's own timer commands are fired afresh each time; nothing to remember.
      if (actor.role === 'system') return { ack: rejected, appended: [] };
      // Remembered so a retry after a lost ack gets the same answer even if the floor has
      // moved on meanwhile (or the first answer, if this id was seen before).
      return { ack: this.#log.record(id, actor, now, { rejected }).ack, appended: [] };
    }
    // Evolve before committing: an event that cannot be applied must never reach the log.
    let state = this.#state;
    for (const event of decision.events) state = evolve(state, event);
    const recorded = this.#log.record(id, actor, now, { events: decision.events });
    // A retry: decided again against today's floor, but nothing was written; first ack back.
    if (!recorded.fresh || !recorded.ack.ok) return { ack: recorded.ack, appended: [] };
    const lastSeq = recorded.ack.seq;
    const firstSeq = lastSeq - decision.events.length + 1;
    this.#state = state;
    this.#seq = lastSeq;
    this.#maybeSnapshot();
    const appended = decision.events.map((event: DomainEvent, index) => ({
      seq: firstSeq + index,
      event,
    }));
    return { ack: recorded.ack, appended };
  }

  #maybeSnapshot(): void {
    if (this.#seq - this.#snapshotSeq < this.#options.snapshotEvery) return;
    // The command is committed: a snapshot is only a cache of the log, so failing to
    // write one (a full disk) must not turn this ack into an error. Try again later.
    try {
      this.#log.saveSnapshot(this.#seq, this.#state);
    } catch (error) {
      console.error(`placard: snapshot of ${this.id} at seq ${this.#seq} failed`, error);
    }
    this.#snapshotSeq = this.#seq;
  }

  /** Each audience gets the events projected for it; seats as one class (no event differs today). */
  #publish(appended: readonly LoggedEvent[]): void {
    const last = appended.at(-1);
    if (!last) return;
    const events = appended.map(({ event }) => event);
    const batch = (audience: Audience): EventBatch => ({
      seq: last.seq,
      events: projectEvents(events, audience),
    });
    const { transport } = this.#ports;
    transport.toChair(this.id, batch({ kind: 'chair' }));
    transport.toSeat(this.id, null, batch({ kind: 'seat', seat: '' }));
    transport.toPublic(this.id, batch({ kind: 'public' }));
  }

  /** The scheduler woke us at `deadline`: expire it; true when it no longer stands. */
  #expire(deadline: number): boolean {
    // A fresh id per firing: expiry is never a retry of an earlier attempt.
    const id = `timer-${this.id}-${this.#seq}-${this.#ports.now()}`;
    const ack = this.execute(id, { type: 'timer.expire', payload: {} }, { role: 'system' });
    if (!ack.ok && ack.error.code !== 'out_of_order') {
      console.error(`placard: timer on ${this.id} failed: ${ack.error.message}`);
    }
    return this.nextDeadline() !== deadline;
  }
}
