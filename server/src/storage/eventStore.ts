import { type Actor, upcast, upcastState } from '@placard/shared';
import { z } from 'zod';
import { systemClock, type Clock } from '../clock.ts';
import type { Db } from './database.ts';
import { UnknownCommitteeError } from './errors.ts';

/** What the store needs of an event: a JSON-able object with a `type`. */
export interface EventRecord {
  readonly type: string;
}

/** An event as read back from the log. */
export interface StoredEvent {
  readonly seq: number;
  readonly type: string;
  /** The event object as appended (including `type`). */
  readonly event: { readonly type: string; readonly [key: string]: unknown };
  readonly actor: Actor;
  /** Server time of the append, epoch ms. */
  readonly at: number;
}

/** One handled command: its events (none when rejected) and the result to remember. */
export interface AppendCommand<E extends EventRecord = EventRecord> {
  /** Client-chosen id for retries; omit for server-originated events (timers). */
  readonly commandId?: string | undefined;
  readonly actor: Actor;
  readonly now: number;
  /** Appended in order with consecutive seqs; empty to record a rejection (see append). */
  readonly events: readonly E[];
  /** JSON-able result a retry of the same command id gets back (default null). */
  readonly result?: unknown;
  /** Instead of `result`: built from the seq this append ends at, e.g. `(seq) => ({ ok: true, seq })`. */
  readonly resultFor?: (seq: number) => unknown;
}

/** What append did. */
export interface AppendResult {
  /** Seq of the last event appended, or the head seq if none was (rejected or duplicate: the seq recorded then). */
  readonly seq: number;
  /** True when the command id was already recorded: nothing was appended. */
  readonly duplicate: boolean;
  /** The remembered result: this command's, or the first attempt's on a duplicate. */
  readonly result: unknown;
  /** The events appended now (empty on a duplicate or rejection). */
  readonly appended: readonly StoredEvent[];
}

/** A previously handled command. */
export interface RecordedCommand {
  readonly seq: number;
  readonly result: unknown;
}

/** Committee state saved at a seq. */
export interface Snapshot {
  readonly seq: number;
  readonly state: unknown;
  readonly at: number;
}

/** What loading a committee needs: the newest snapshot and the events after it. */
export interface LoadedLog {
  readonly snapshot: Snapshot | null;
  readonly events: readonly StoredEvent[];
  readonly headSeq: number;
}

/** An event of an imported log, kept with its original seq, actor and time. */
export interface ImportedEvent {
  readonly seq: number;
  readonly event: EventRecord;
  readonly actor: Actor;
  readonly at: number;
}

/** The per-committee append-only log, snapshots and remembered command results. */
export interface EventStore {
  /**
   * Appends a command's events in ONE transaction, or nothing if `commandId` was seen
   * before for this committee (returns that first result with duplicate=true). With
   * `events: []` it only records the result: that is how a REJECTED command is
   * remembered, so its retry gets the same rejection instead of being decided again.
   */
  append<E extends EventRecord>(committeeId: string, command: AppendCommand<E>): AppendResult;
  /** The result recorded for a command id, or null: check it before deciding a retry. */
  findCommand(committeeId: string, commandId: string): RecordedCommand | null;
  /** Events with seq > afterSeq, oldest first, at most `limit`. */
  readSince(committeeId: string, afterSeq: number, limit?: number): StoredEvent[];
  /** Seq of the last event (0 before any). Throws UnknownCommitteeError. */
  headSeq(committeeId: string): number;
  /** How many events a client at `afterSeq` has missed (to choose events or a snapshot). */
  countSince(committeeId: string, afterSeq: number): number;
  /** Saves the state as of `seq` (≤ head); `version` tags the state's shape. */
  saveSnapshot(committeeId: string, seq: number, state: unknown, version?: number): void;
  /** The snapshot with the highest seq for this state version, or null. */
  latestSnapshot(committeeId: string, version?: number): Snapshot | null;
  /** Deletes all but the newest `keep` snapshots of this version; returns how many went. */
  pruneSnapshots(committeeId: string, keep: number, version?: number): number;
  /** Latest snapshot + every later event, read consistently. */
  load(committeeId: string, version?: number): LoadedLog;
  /**
   * Appends a whole imported log in ONE transaction, keeping each event's seq, actor and
   * time. The committee must have no events yet and the seqs must run 1, 2, 3… with no
   * gap (RangeError otherwise; nothing is written). Returns the new head seq.
   */
  importEvents(committeeId: string, events: readonly ImportedEvent[]): number;
}

interface EventRow {
  seq: number;
  type: string;
  payload_json: string;
  actor_json: string;
  at: number;
}

// Written by us, but parsed on the way out so a hand-edited row fails loudly here.
const storedEventSchema = z.looseObject({ type: z.string() });
const storedActorSchema: z.ZodType<Actor> = z.discriminatedUnion('role', [
  z.object({ role: z.literal('chair') }),
  z.object({ role: z.literal('seat'), seat: z.string() }),
  z.object({ role: z.literal('observer') }),
  z.object({ role: z.literal('system') }),
]);

/** Prepares the store's statements on an open, migrated database. */
export function createEventStore(db: Db, clock: Clock = systemClock): EventStore {
  const statements = {
    head: db.prepare<[string], { head_seq: number }>(
      'SELECT head_seq FROM committees WHERE id = ?',
    ),
    setHead: db.prepare<[number, string]>('UPDATE committees SET head_seq = ? WHERE id = ?'),
    insertEvent: db.prepare<[string, number, string, string, string, number]>(
      'INSERT INTO events (committee_id, seq, type, payload_json, actor_json, at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    readSince: db.prepare<[string, number, number], EventRow>(
      'SELECT seq, type, payload_json, actor_json, at FROM events WHERE committee_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    findCommand: db.prepare<[string, string], { seq: number; result_json: string }>(
      'SELECT seq, result_json FROM commands WHERE committee_id = ? AND command_id = ?',
    ),
    recordCommand: db.prepare<[string, string, string, number, number]>(
      'INSERT INTO commands (committee_id, command_id, result_json, seq, at) VALUES (?, ?, ?, ?, ?)',
    ),
    saveSnapshot: db.prepare<[string, number, number, string, number]>(
      'INSERT OR REPLACE INTO snapshots (committee_id, version, seq, state_json, at) VALUES (?, ?, ?, ?, ?)',
    ),
    latestSnapshot: db.prepare<[string, number], { seq: number; state_json: string; at: number }>(
      'SELECT seq, state_json, at FROM snapshots WHERE committee_id = ? AND version = ? ORDER BY seq DESC LIMIT 1',
    ),
    pruneSnapshots: db.prepare<[string, number, string, number, number]>(
      `DELETE FROM snapshots WHERE committee_id = ? AND version = ? AND seq NOT IN (
         SELECT seq FROM snapshots WHERE committee_id = ? AND version = ? ORDER BY seq DESC LIMIT ?)`,
    ),
  };

  const headSeq = (committeeId: string): number => {
    const row = statements.head.get(committeeId);
    if (row === undefined) throw new UnknownCommitteeError(committeeId);
    return row.head_seq;
  };

  const findCommand = (committeeId: string, commandId: string): RecordedCommand | null => {
    const row = statements.findCommand.get(committeeId, commandId);
    return row === undefined ? null : { seq: row.seq, result: JSON.parse(row.result_json) };
  };

  const readSince = (committeeId: string, afterSeq: number, limit = -1): StoredEvent[] =>
    statements.readSince.all(committeeId, afterSeq, limit).map(toStoredEvent);

  const latestSnapshot = (committeeId: string, version = 0): Snapshot | null => {
    const row = statements.latestSnapshot.get(committeeId, version);
    return row === undefined
      ? null
      : { seq: row.seq, state: upcastState(JSON.parse(row.state_json)), at: row.at };
  };

  // IMMEDIATE takes the write lock before reading head_seq, so two writers cannot pick the same seq.
  const append = db.transaction((committeeId: string, command: AppendCommand): AppendResult => {
    if (command.commandId !== undefined) {
      const first = findCommand(committeeId, command.commandId);
      if (first !== null) return { ...first, duplicate: true, appended: [] };
    }
    let seq = headSeq(committeeId);
    const actorJson = JSON.stringify(command.actor);
    const appended: StoredEvent[] = [];
    for (const record of command.events) {
      seq += 1;
      const payloadJson = JSON.stringify(record);
      statements.insertEvent.run(
        committeeId,
        seq,
        record.type,
        payloadJson,
        actorJson,
        command.now,
      );
      appended.push({
        seq,
        type: record.type,
        event: storedEventSchema.parse(JSON.parse(payloadJson)),
        actor: command.actor,
        at: command.now,
      });
    }
    if (appended.length > 0) statements.setHead.run(seq, committeeId);
    const result = command.resultFor ? command.resultFor(seq) : command.result;
    const resultJson = JSON.stringify(result ?? null);
    if (command.commandId !== undefined) {
      statements.recordCommand.run(committeeId, command.commandId, resultJson, seq, command.now);
    }
    return { seq, duplicate: false, result: JSON.parse(resultJson), appended };
  });

  const load = db.transaction((committeeId: string, version: number): LoadedLog => {
    const head = headSeq(committeeId);
    const snapshot = latestSnapshot(committeeId, version);
    return { snapshot, events: readSince(committeeId, snapshot?.seq ?? 0), headSeq: head };
  });

  const importEvents = db.transaction(
    (committeeId: string, events: readonly ImportedEvent[]): number => {
      const head = headSeq(committeeId);
      if (head !== 0) {
        throw new RangeError(`committee ${committeeId} already has ${head} events`);
      }
      for (const [index, imported] of events.entries()) {
        if (imported.seq !== index + 1) {
          throw new RangeError(`imported event ${index + 1} has seq ${imported.seq}`);
        }
        statements.insertEvent.run(
          committeeId,
          imported.seq,
          imported.event.type,
          JSON.stringify(imported.event),
          JSON.stringify(imported.actor),
          imported.at,
        );
      }
      if (events.length > 0) statements.setHead.run(events.length, committeeId);
      return events.length;
    },
  );

  return {
    append: (committeeId, command) => append.immediate(committeeId, command),
    importEvents: (committeeId, events) => importEvents.immediate(committeeId, events),
    findCommand,
    readSince,
    headSeq,
    countSince: (committeeId, afterSeq) => Math.max(0, headSeq(committeeId) - afterSeq),
    saveSnapshot(committeeId, seq, state, version = 0) {
      const head = headSeq(committeeId);
      if (!Number.isInteger(seq) || seq < 0 || seq > head) {
        throw new RangeError(`snapshot seq ${seq} is outside 0..${head} for ${committeeId}`);
      }
      statements.saveSnapshot.run(committeeId, version, seq, JSON.stringify(state), clock.now());
    },
    latestSnapshot,
    pruneSnapshots: (committeeId, keep, version = 0) =>
      statements.pruneSnapshots.run(committeeId, version, committeeId, version, keep).changes,
    load: (committeeId, version = 0) => load(committeeId, version),
  };
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    seq: row.seq,
    type: row.type,
    event: upcast(storedEventSchema.parse(JSON.parse(row.payload_json))),
    actor: storedActorSchema.parse(JSON.parse(row.actor_json)),
    at: row.at,
  };
}
