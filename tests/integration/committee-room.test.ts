import { afterEach, describe, expect, it } from 'vitest';
import type { EventBatch } from '@placard/shared/protocol';

import {
  CommitteeRoom,
  createCommitteeRepository,
  createEventStore,
  provisionCommittee,
  securityCouncil2026,
} from '../../server/src/index.ts';
import type { RoomPorts } from '../../server/src/live/roomPorts.ts';
import { sqliteCommitteeLog } from '../../server/src/live/sqliteCommitteeLog.ts';
import { migratedTempDatabase, type TempDatabase } from './helpers/tempDb.ts';

const databases: TempDatabase[] = [];
afterEach(() => {
  for (const database of databases.splice(0)) database.cleanup();
});

/** A room on a fresh database file whose ports record what it answers, sends and arms. */
function roomWithPorts() {
  const database = migratedTempDatabase();
  databases.push(database);
  const { db } = database;
  const committees = createCommitteeRepository(db);
  const { committee } = provisionCommittee(committees, {
    id: 'unsc',
    preferredId: 'unsc',
    template: securityCouncil2026,
    now: 1,
  });
  const trail: string[] = [];
  const batch = (to: string) => (_: string, sent: EventBatch) =>
    void trail.push(`${to} ${sent.seq}`);
  const ports: RoomPorts = {
    transport: {
      toChair: batch('chair'),
      toSeat: (id, _seat, sent) => batch('seats')(id, sent),
      toPublic: batch('public'),
    },
    scheduler: {
      arm: (key) => trail.push(`arm ${key}`),
      cancel: (key) => trail.push(`cancel ${key}`),
    },
    now: () => 1_000,
  };
  const log = sqliteCommitteeLog(createEventStore(db), committee.id, committee.template);
  return { room: new CommitteeRoom(log, { snapshotEvery: 500, draw: () => 0 }, ports), trail };
}

describe('a committee room', () => {
  it('acks a committed command, then publishes to each audience, then re-arms its deadline', () => {
    const { room, trail } = roomWithPorts();
    const ack = room.execute(
      'room-test-0001',
      { type: 'session.open', payload: {} },
      { role: 'chair' },
      (given) => trail.push(`ack ${given.ok ? given.seq : given.error.code}`),
    );
    expect(ack).toEqual({ ok: true, seq: 1 });
    expect(trail).toEqual(['ack 1', 'chair 1', 'seats 1', 'public 1', 'cancel unsc']);
  });

  it('answers a retried id with its first ack and publishes nothing', () => {
    const { room, trail } = roomWithPorts();
    const first = room.execute(
      'room-test-0002',
      { type: 'session.open', payload: {} },
      { role: 'chair' },
    );
    trail.length = 0;
    const again = room.execute(
      'room-test-0002',
      { type: 'session.open', payload: {} },
      { role: 'chair' },
    );
    expect(again).toEqual(first);
    expect(room.seq).toBe(1);
    expect(trail).toEqual([]);
  });
});
