/** The SQLite event store on `<dir>/placard.db`, migrated, with the committee `unsc` in it. */
import { join } from 'node:path';
import { provisionCommittee } from '../../../server/src/committees/provision.ts';
import { createCommitteeRepository } from '../../../server/src/storage/committees.ts';
import { openDatabase } from '../../../server/src/storage/database.ts';
import { createEventStore } from '../../../server/src/storage/eventStore.ts';
import { runMigrations } from '../../../server/src/storage/migrations.ts';
import { securityCouncil2026 } from '../../../server/src/templates/securityCouncil2026.ts';
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
