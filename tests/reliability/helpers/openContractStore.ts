/** The SQLite event store on `<dir>/placard.db`, migrated, with the committee `unsc` in it. */
import { join } from 'node:path';
import {
  createCommitteeRepository,
  createEventStore,
  openDatabase,
  provisionCommittee,
  runMigrations,
  securityCouncil2026,
} from '../../../server/src/index.ts';
import type { OpenedStore } from '../storage-contract.ts';

/** Open (or reopen, after a crash) the store in `dir`, as the server does at start. */
export function openSqliteStore(dir: string): OpenedStore {
  const db = openDatabase(join(dir, 'placard.db'));
  runMigrations(db);
  const committees = createCommitteeRepository(db);
  const existing = committees.get('unsc');
  const template =
    existing?.template ??
    provisionCommittee(committees, {
      id: 'unsc',
      preferredId: 'unsc',
      template: securityCouncil2026,
      now: 1,
    }).committee.template;
  return { store: createEventStore(db), template, close: () => db.open && db.close() };
}
