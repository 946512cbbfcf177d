/**
 * Child process for the crash test: opens the database the way the server does, then
 * appends one event after another, printing `acked <seq>` only after each commit,
 * until the parent kills it. Usage: node appendUntilKilled.ts <db path> <committee id>
 */
import { createEventStore, openDatabase, runMigrations } from '../../../server/src/index.ts';

const [dbPath, committeeId] = process.argv.slice(2);
if (dbPath === undefined || committeeId === undefined) {
  process.stderr.write('usage: appendUntilKilled.ts <db path> <committee id>\n');
  process.exit(2);
}
const db = openDatabase(dbPath);
runMigrations(db);
const store = createEventStore(db);

let n = 0;
function appendOne(): void {
  n += 1;
  const { seq } = store.append(committeeId ?? '', {
    commandId: `crash-${n}`,
    actor: { role: 'chair' },
    now: Date.now(),
    events: [{ type: 'test.tick', n }],
    resultFor: (last) => ({ ok: true, seq: last }),
  });
  // Written only after the transaction committed: this line is the acknowledgement.
  process.stdout.write(`acked ${seq}\n`);
  setImmediate(appendOne);
}
appendOne();
