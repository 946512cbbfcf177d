/**
 * Child process for the storage contract's crash case: commits commands through a room
 * (a snapshot every 4 events), stops right after an append that no snapshot covers,
 * prints `appended <seq>` and waits to be SIGKILLed. Usage: node appendThenHang.ts <dir>
 */
import { CommitteeRoom } from '../../../server/src/index.ts';
import { detachedPorts } from '../../../server/src/live/roomPorts.ts';
import { sqliteCommitteeLog } from '../../../server/src/live/sqliteCommitteeLog.ts';
import { openSqliteStore } from './openContractStore.ts';

const [dir] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write('usage: appendThenHang.ts <dir>\n');
  process.exit(2);
}
const { store, template } = openSqliteStore(dir);
const room = new CommitteeRoom(
  sqliteCommitteeLog(store, 'unsc', template),
  { snapshotEvery: 4, draw: () => 0 },
  detachedPorts(() => 1_000),
);
const chair = { role: 'chair' } as const;
room.execute('crash-open-0001', { type: 'session.open', payload: {} }, chair);
for (let n = 0; n < 5; n++) {
  room.execute(`crash-rc-${n}-0001`, { type: 'attendance.startRollCall', payload: {} }, chair);
  room.execute(`crash-cl-${n}-0001`, { type: 'attendance.closeRollCall', payload: {} }, chair);
}
// 11 events: the last snapshot is at 8, so seqs 9–11 exist only in the log.
process.stdout.write(`appended ${room.seq}\n`);
setInterval(() => undefined, 1000);
