/**
 * The event store's contract, as a suite any implementation must pass (after tldraw's
 * storage contract suite): order and contiguous seqs, idempotency, snapshots, catch-up
 * beyond the retention, and a crash between append and snapshot. `makeStore` opens a
 * store on a database file in `dir` (opening the same dir again is a restart).
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evolve, initialState, type CommitteeTemplate } from '@placard/shared';
import { CommitteeRoom, type EventStore } from '../../server/src/index.ts';
import { detachedPorts } from '../../server/src/live/roomPorts.ts';
import { STATE_VERSION, sqliteCommitteeLog } from '../../server/src/live/sqliteCommitteeLog.ts';
import { makeTempDir } from '../integration/helpers/tempDb.ts';
import { runNode } from '../integration/helpers/serverProcess.ts';

/** A store under test, on one database file; the committee `unsc` exists in it. */
export interface OpenedStore {
  readonly store: EventStore;
  readonly template: CommitteeTemplate;
  close(): void;
}

const chair = { role: 'chair' } as const;
const tick = (n: number) => ({ type: 'test.tick', n });

/** A room over the store (replaying from its latest snapshot), for state-level checks. */
const roomOver = (opened: OpenedStore, snapshotEvery = 1_000_000): CommitteeRoom =>
  new CommitteeRoom(
    sqliteCommitteeLog(opened.store, 'unsc', opened.template),
    { snapshotEvery, draw: () => 0 },
    detachedPorts(() => 1_000),
  );

/** Run the contract against one implementation. */
export function eventStoreContract(name: string, makeStore: (dir: string) => OpenedStore): void {
  describe(`event store contract: ${name}`, () => {
    let dir: { dir: string; remove: () => void };
    let opened: OpenedStore;
    beforeEach(() => {
      dir = makeTempDir('placard-contract-');
      opened = makeStore(dir.dir);
    });
    afterEach(() => {
      opened.close();
      dir.remove();
    });

    it('appends in order with contiguous seqs from 1', () => {
      for (let n = 1; n <= 3; n++) {
        opened.store.append('unsc', { actor: chair, now: n, events: [tick(n), tick(n + 10)] });
      }
      const seqs = opened.store.readSince('unsc', 0).map((event) => event.seq);
      expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
      expect(opened.store.headSeq('unsc')).toBe(6);
      expect(opened.store.readSince('unsc', 4).map((event) => event.event)).toEqual([
        tick(3),
        tick(13),
      ]);
    });

    it('gives a repeated command id its first result and appends nothing', () => {
      const command = { commandId: 'same-id-0001', actor: chair, now: 1, events: [tick(1)] };
      const first = opened.store.append('unsc', { ...command, resultFor: (seq) => ({ seq }) });
      const again = opened.store.append('unsc', { ...command, events: [tick(2), tick(3)] });
      expect(again).toMatchObject({ duplicate: true, result: first.result, appended: [] });
      expect(opened.store.headSeq('unsc')).toBe(1);
    });

    it('writes snapshots, reads the latest, and the events after it', () => {
      for (let n = 1; n <= 5; n++)
        opened.store.append('unsc', { actor: chair, now: n, events: [tick(n)] });
      opened.store.saveSnapshot('unsc', 2, { at: 2 });
      opened.store.saveSnapshot('unsc', 4, { at: 4 });
      expect(opened.store.latestSnapshot('unsc')).toMatchObject({ seq: 4, state: { at: 4 } });
      const loaded = opened.store.load('unsc');
      expect(loaded.snapshot?.seq).toBe(4);
      expect(loaded.events.map((event) => event.seq)).toEqual([5]);
      expect(() => opened.store.saveSnapshot('unsc', 9, {})).toThrow(RangeError);
    });

    it('keeps the newest snapshots when pruning, and catch-up beyond the retention gives a snapshot', () => {
      const room = roomOver(opened, 2);
      room.execute('contract-open-1', { type: 'session.open', payload: {} }, chair);
      for (let n = 0; n < 6; n++) {
        room.execute(`contract-rc-${n}`, { type: 'attendance.startRollCall', payload: {} }, chair);
        room.execute(`contract-cl-${n}`, { type: 'attendance.closeRollCall', payload: {} }, chair);
      }
      const head = room.seq;
      // The room keeps its three newest snapshots; the events they cover all stay.
      expect(opened.store.pruneSnapshots('unsc', 3, STATE_VERSION)).toBe(0);
      expect(opened.store.latestSnapshot('unsc', STATE_VERSION)?.seq).toBeGreaterThan(head - 2);
      expect(opened.store.readSince('unsc', 0)).toHaveLength(head);
      expect(room.missedEvents(head - 2, 5)?.map((event) => event.seq)).toEqual([head - 1, head]);
      expect(room.missedEvents(0, 5)).toBeNull();
      expect(room.missedEvents(head + 1, 5)).toBeNull();
    });

    it('after a crash between append and snapshot, keeps the events and rebuilds the state exactly', async () => {
      opened.close();
      const child = runNode(join(import.meta.dirname, 'helpers', 'appendThenHang.ts'), {}, [
        dir.dir,
      ]);
      await child.waitFor(/appended (\d+)/, 15_000);
      child.process.kill('SIGKILL');
      await child.exited();
      const acked = Number(/appended (\d+)/.exec(child.stdout())?.[1]);
      opened = makeStore(dir.dir);
      const events = sqliteCommitteeLog(opened.store, 'unsc', opened.template).eventsSince(0, 1e6);
      expect(events.at(-1)?.seq).toBe(acked);
      const snapshot = opened.store.latestSnapshot('unsc', STATE_VERSION);
      expect(snapshot === null || snapshot.seq < acked).toBe(true);
      let replayed = initialState(opened.template);
      for (const { event } of events) replayed = evolve(replayed, event);
      const room = roomOver(opened);
      expect(room.seq).toBe(acked);
      expect(room.state).toEqual(replayed);
    });
  });
}
