/**
 * The event store's bulk import: a whole log in one transaction with its original seqs,
 * actors and times, into a committee that has no events yet; anything else writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommitteeRepository,
  createEventStore,
  provisionCommittee,
  securityCouncil2026,
  type EventStore,
} from '../../server/src/index.ts';
import { manualClock } from './helpers/testApp.ts';
import { migratedTempDatabase, type TempDatabase } from './helpers/tempDb.ts';

let database: TempDatabase;
let store: EventStore;

beforeEach(() => {
  database = migratedTempDatabase();
  const committees = createCommitteeRepository(database.db);
  for (const id of ['source', 'copy']) {
    provisionCommittee(committees, { id, preferredId: id, template: securityCouncil2026, now: 1 });
  }
  store = createEventStore(database.db, manualClock());
});
afterEach(() => database.cleanup());

const seat = (code: string) => ({ role: 'seat', seat: code }) as const;

describe('event store: importEvents', () => {
  it('keeps every seq, actor and time, and moves the head', () => {
    store.append('source', {
      commandId: 'c1',
      actor: { role: 'chair' },
      now: 100,
      events: [{ type: 'a' }],
    });
    store.append('source', {
      commandId: 'c2',
      actor: seat('FRA'),
      now: 250,
      events: [{ type: 'b', x: 1 }, { type: 'c' }],
    });
    store.append('source', { actor: { role: 'system' }, now: 900, events: [{ type: 'd' }] });
    const original = store.readSince('source', 0);
    expect(store.importEvents('copy', original)).toBe(4);
    expect(store.readSince('copy', 0)).toEqual(original);
    expect(store.headSeq('copy')).toBe(4);
    // The next append follows on.
    const next = store.append('copy', {
      commandId: 'c3',
      actor: seat('USA'),
      now: 1000,
      events: [{ type: 'e' }],
    });
    expect(next.seq).toBe(5);
  });

  it('refuses a committee that already has events, or seqs with a gap, and writes nothing', () => {
    store.append('copy', { actor: { role: 'chair' }, now: 1, events: [{ type: 'x' }] });
    expect(() =>
      store.importEvents('copy', [
        { seq: 1, event: { type: 'a' }, actor: { role: 'chair' }, at: 1 },
      ]),
    ).toThrow(RangeError);
    expect(store.headSeq('copy')).toBe(1);
    const gap = [
      { seq: 1, event: { type: 'a' }, actor: { role: 'chair' } as const, at: 1 },
      { seq: 3, event: { type: 'b' }, actor: { role: 'chair' } as const, at: 2 },
    ];
    expect(() => store.importEvents('source', gap)).toThrow(/seq 3/);
    expect(store.headSeq('source')).toBe(0);
    expect(store.readSince('source', 0)).toEqual([]);
  });

  it('takes an empty log', () => {
    expect(store.importEvents('copy', [])).toBe(0);
    expect(store.headSeq('copy')).toBe(0);
  });
});
