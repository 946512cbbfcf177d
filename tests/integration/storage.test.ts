import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  UnknownCommitteeError,
  createCommitteeRepository,
  createEventStore,
  openDatabase,
  provisionCommittee,
  securityCouncil2026,
  type EventStore,
} from '../../server/src/index.ts';
import { manualClock } from './helpers/testApp.ts';
import { migratedTempDatabase, type TempDatabase } from './helpers/tempDb.ts';

const chair = { role: 'chair' } as const;
let database: TempDatabase;
let store: EventStore;

beforeEach(() => {
  database = migratedTempDatabase();
  const committees = createCommitteeRepository(database.db);
  for (const id of ['unsc', 'other']) {
    provisionCommittee(committees, { id, preferredId: id, template: securityCouncil2026, now: 1 });
  }
  store = createEventStore(database.db, manualClock());
});
afterEach(() => database.cleanup());

const countEvents = (committeeId: string): unknown =>
  database.db
    .prepare('SELECT count(*) FROM events WHERE committee_id = ?')
    .pluck()
    .get(committeeId);

describe('database', () => {
  it('is opened in WAL mode with synchronous=FULL and foreign keys on', () => {
    const { db } = database;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('event store', () => {
  it('gives each event the next seq: strictly increasing per committee, from 1', () => {
    const first = store.append('unsc', {
      commandId: 'c1',
      actor: chair,
      now: 10,
      events: [{ type: 'a' }],
    });
    const second = store.append('unsc', {
      commandId: 'c2',
      actor: { role: 'seat', seat: 'FRA' },
      now: 20,
      events: [{ type: 'b', x: 1 }, { type: 'c' }, { type: 'd' }],
    });
    const elsewhere = store.append('other', {
      commandId: 'c1',
      actor: chair,
      now: 30,
      events: [{ type: 'z' }],
    });
    expect(first.seq).toBe(1);
    expect(second.seq).toBe(4);
    expect(second.appended.map((event) => event.seq)).toEqual([2, 3, 4]);
    expect(elsewhere.seq).toBe(1);
    const seqs = store.readSince('unsc', 0).map((event) => event.seq);
    expect(seqs).toEqual([1, 2, 3, 4]);
    expect(store.headSeq('unsc')).toBe(4);
    expect(store.readSince('unsc', 1, 2)).toMatchObject([
      {
        seq: 2,
        type: 'b',
        event: { type: 'b', x: 1 },
        actor: { role: 'seat', seat: 'FRA' },
        at: 20,
      },
      { seq: 3, type: 'c' },
    ]);
    expect(store.countSince('unsc', 1)).toBe(3);
  });

  it('returns the first result for a repeated command id and appends nothing', () => {
    const first = store.append('unsc', {
      commandId: 'vote-1',
      actor: chair,
      now: 10,
      events: [{ type: 'vote.cast' }],
      resultFor: (seq) => ({ ok: true, seq }),
    });
    store.append('unsc', { commandId: 'other', actor: chair, now: 11, events: [{ type: 'x' }] });
    const retry = store.append('unsc', {
      commandId: 'vote-1',
      actor: chair,
      now: 12,
      events: [{ type: 'vote.cast' }, { type: 'vote.cast' }],
      result: 'ignored',
    });
    expect(first).toMatchObject({ seq: 1, duplicate: false, result: { ok: true, seq: 1 } });
    expect(retry).toEqual({ seq: 1, duplicate: true, result: { ok: true, seq: 1 }, appended: [] });
    expect(countEvents('unsc')).toBe(2);
    expect(store.headSeq('unsc')).toBe(2);
    expect(store.findCommand('unsc', 'vote-1')).toEqual({ seq: 1, result: { ok: true, seq: 1 } });
    expect(store.findCommand('other', 'vote-1')).toBeNull();
  });

  it('remembers a rejection (no events) so its retry gets the same answer', () => {
    store.append('unsc', { commandId: 'ok', actor: chair, now: 1, events: [{ type: 'a' }] });
    const rejection = { ok: false, error: { code: 'out_of_order', message: 'no vote is open' } };
    const first = store.append('unsc', {
      commandId: 'late',
      actor: chair,
      now: 2,
      events: [],
      result: rejection,
    });
    const retry = store.append('unsc', {
      commandId: 'late',
      actor: chair,
      now: 3,
      events: [{ type: 'b' }],
    });
    expect(first).toEqual({ seq: 1, duplicate: false, result: rejection, appended: [] });
    expect(retry).toEqual({ seq: 1, duplicate: true, result: rejection, appended: [] });
    expect(store.headSeq('unsc')).toBe(1);
  });

  it('remembers command ids across a restart', () => {
    store.append('unsc', {
      commandId: 'c1',
      actor: chair,
      now: 1,
      events: [{ type: 'a' }],
      result: 'first',
    });
    database.db.close();
    const reopened = openDatabase(database.path);
    const again = createEventStore(reopened).append('unsc', {
      commandId: 'c1',
      actor: chair,
      now: 2,
      events: [{ type: 'a' }],
    });
    expect(again).toMatchObject({ duplicate: true, result: 'first', seq: 1 });
    expect(reopened.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
    reopened.close();
  });

  it('appends all of a command or nothing', () => {
    store.append('unsc', { commandId: 'c1', actor: chair, now: 1, events: [{ type: 'a' }] });
    const unserialisable = { type: 'bad', amount: 10n };
    expect(() =>
      store.append('unsc', {
        commandId: 'c2',
        actor: chair,
        now: 2,
        events: [{ type: 'b' }, unserialisable],
      }),
    ).toThrow();
    expect(store.headSeq('unsc')).toBe(1);
    expect(countEvents('unsc')).toBe(1);
    expect(store.findCommand('unsc', 'c2')).toBeNull();
  });

  it('refuses an unknown committee', () => {
    expect(() => store.append('nope', { actor: chair, now: 1, events: [{ type: 'a' }] })).toThrow(
      UnknownCommitteeError,
    );
    expect(() => store.headSeq('nope')).toThrow(UnknownCommitteeError);
  });

  it('loads the latest snapshot and the events after it', () => {
    for (let n = 1; n <= 5; n += 1) {
      store.append('unsc', { actor: { role: 'system' }, now: n, events: [{ type: 'tick', n }] });
    }
    expect(store.load('unsc')).toMatchObject({ snapshot: null, headSeq: 5 });
    expect(store.load('unsc').events).toHaveLength(5);
    store.saveSnapshot('unsc', 2, { ticks: 2 });
    store.saveSnapshot('unsc', 4, { ticks: 4 });
    store.saveSnapshot('unsc', 5, { other: 'shape' }, 2);
    const loaded = store.load('unsc');
    expect(loaded.snapshot).toMatchObject({ seq: 4, state: { ticks: 4 } });
    expect(loaded.events.map((event) => event.seq)).toEqual([5]);
    expect(store.latestSnapshot('unsc', 2)).toMatchObject({ seq: 5, state: { other: 'shape' } });
    expect(store.pruneSnapshots('unsc', 1)).toBe(1);
    expect(store.latestSnapshot('unsc')).toMatchObject({ seq: 4 });
    expect(() => store.saveSnapshot('unsc', 6, {})).toThrow(RangeError);
  });

  it('keeps the log append-only even for direct SQL', () => {
    store.append('unsc', { actor: chair, now: 1, events: [{ type: 'a' }] });
    const { db } = database;
    expect(() => db.prepare("UPDATE events SET type = 'x'").run()).toThrow(
      'events are append-only',
    );
    expect(() => db.prepare('DELETE FROM events').run()).toThrow('events are append-only');
    expect(() =>
      db
        .prepare(
          "INSERT INTO events (committee_id, seq, type, payload_json, actor_json, at) VALUES ('unsc', 3, 'gap', '{}', '{}', 0)",
        )
        .run(),
    ).toThrow('event seq must follow');
  });
});
