import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import {
  createCommitteeRepository,
  createEventStore,
  openDatabase,
  provisionCommittee,
  securityCouncil2026,
} from '../../server/src/index.ts';
import { killIfRunning, runNode, type Child } from './helpers/serverProcess.ts';
import { migratedTempDatabase, type TempDatabase } from './helpers/tempDb.ts';

let database: TempDatabase | undefined;
let child: Child | undefined;
afterEach(() => {
  killIfRunning(child);
  database?.cleanup();
});

it('an append acknowledged just before SIGKILL is there after restart', async () => {
  database = migratedTempDatabase();
  provisionCommittee(createCommitteeRepository(database.db), {
    preferredId: 'unsc',
    template: securityCouncil2026,
    now: 1,
  });
  database.db.close();

  child = runNode(join(import.meta.dirname, 'helpers', 'appendUntilKilled.ts'), {}, [
    database.path,
    'unsc',
  ]);
  // Kill the writer mid-stream, right after it acknowledged an append.
  await child.waitFor(/acked (\d+)\n/);
  await child.waitFor(/acked 2\d\n/);
  child.process.kill('SIGKILL');
  const { signal } = await child.exited();
  expect(signal).toBe('SIGKILL');
  const acked = [...child.stdout().matchAll(/acked (\d+)\n/g)].map((match) => Number(match[1]));
  const lastAcked = Math.max(...acked);

  const db = openDatabase(database.path);
  const store = createEventStore(db);
  const events = store.readSince('unsc', 0);
  expect(events.length).toBeGreaterThanOrEqual(lastAcked);
  expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
  expect(events[lastAcked - 1]).toMatchObject({
    seq: lastAcked,
    type: 'test.tick',
    event: { n: lastAcked },
  });
  expect(store.findCommand('unsc', `crash-${lastAcked}`)).toEqual({
    seq: lastAcked,
    result: { ok: true, seq: lastAcked },
  });
  db.close();
});
