/**
 * Stored data from before the typed record: snapshots whose state carries `log`
 * (the English sentences the state used to keep) load, without it, and the
 * committee goes on recording its decisions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandSchema, type Actor } from '@placard/shared';
import { START, Scenario } from '../../shared/src/testing/scenario.ts';
import {
  CommitteeRoom,
  createCommitteeRepository,
  createEventStore,
  provisionCommittee,
  securityCouncil2026,
  type EventStore,
} from '../../server/src/index.ts';
import { detachedPorts } from '../../server/src/live/roomPorts.ts';
import { sqliteCommitteeLog } from '../../server/src/live/sqliteCommitteeLog.ts';
import { migratedTempDatabase, type TempDatabase } from './helpers/tempDb.ts';

const chair: Actor = { role: 'chair' };
let database: TempDatabase;
let store: EventStore;

beforeEach(() => {
  database = migratedTempDatabase();
  const committees = createCommitteeRepository(database.db);
  provisionCommittee(committees, {
    id: 'unsc',
    preferredId: 'unsc',
    template: securityCouncil2026,
    now: 1,
  });
  store = createEventStore(database.db);
});
afterEach(() => database.cleanup());

const room = (): CommitteeRoom =>
  new CommitteeRoom(
    sqliteCommitteeLog(store, 'unsc', securityCouncil2026),
    { snapshotEvery: 500, draw: () => 0.5 },
    detachedPorts(() => START),
  );

/** The chair's command through the rules engine, its events appended as the room would. */
const append = (scenario: Scenario, type: string): void => {
  const events = scenario.chair(commandSchema.parse({ type, payload: {} }));
  store.append('unsc', { actor: chair, now: scenario.now, events });
};

describe('snapshots from before the typed record', () => {
  it('load without their log of sentences, and the record goes on', () => {
    const scenario = new Scenario(securityCouncil2026);
    append(scenario, 'session.open');
    append(scenario, 'attendance.startRollCall');
    // The state as the previous version stored it: `log` and no `latest`.
    const { latest: _latest, ...rest } = scenario.state;
    const old = {
      ...rest,
      log: [{ at: START, event: 'session.opened', text: 'Meeting 1 called to order' }],
    };
    store.saveSnapshot('unsc', store.headSeq('unsc'), old, 2);

    const loaded = store.latestSnapshot('unsc', 2);
    expect(loaded?.state).not.toHaveProperty('log');
    expect(loaded?.state).toHaveProperty('latest', []);

    scenario.after(1_000);
    append(scenario, 'gsl.open');
    const reopened = room();
    expect(reopened.seq).toBe(store.headSeq('unsc'));
    expect(reopened.state.meeting).toBe(1);
    expect(reopened.state).not.toHaveProperty('log');
    expect(reopened.state.latest.map((entry) => entry.kind)).toEqual(['speakersList.opened']);
  });
});
