/**
 * Builds a committee whose log has at least `events` events, the way a long
 * conference would write it: roll call, then rounds of the speakers' list
 * (everyone asks to speak, fifteen speeches yielded to the chair) with a
 * caucus motion put to a placard vote every fifth round. Commands go through
 * the real CommitteeRoom, so snapshots are written every 500 events as in
 * production. The fixture is written with synchronous=OFF (only to build it
 * faster; the servers reopen it with Placard's own pragmas).
 */
import type { Actor, Command } from '@placard/shared';
import {
  CommitteeRoom,
  createCommitteeRepository,
  createEventStore,
  openDatabase,
  provisionCommittee,
  runMigrations,
  securityCouncil2026,
} from '../server/src/index.ts';
import { detachedPorts } from '../server/src/live/roomPorts.ts';
import { sqliteCommitteeLog } from '../server/src/live/sqliteCommitteeLog.ts';
import { nowMs } from './lib/time.ts';
import { params, serve } from './lib/worker.ts';

export interface MakeLogParams {
  readonly dbPath: string;
  readonly events: number;
}

export interface MadeLog {
  readonly committee: string;
  readonly seq: number;
  readonly snapshots: number;
  readonly ms: number;
  readonly stateBytes: number;
}

function build({ dbPath, events: target }: MakeLogParams): MadeLog {
  const started = nowMs();
  const db = openDatabase(dbPath);
  runMigrations(db);
  db.pragma('synchronous = OFF');
  const committees = createCommitteeRepository(db);
  const store = createEventStore(db);
  const made = provisionCommittee(committees, {
    id: 'unsc',
    preferredId: 'unsc',
    template: securityCouncil2026,
    now: Date.now(),
  });
  let now = Date.now() - 3 * 24 * 3600 * 1000;
  const room = new CommitteeRoom(
    sqliteCommitteeLog(store, made.committee.id, made.committee.template),
    { snapshotEvery: 500, draw: () => 0.5 },
    detachedPorts(() => now),
  );
  let counter = 0;
  const chair: Actor = { role: 'chair' };
  const seat = (code: string): Actor => ({ role: 'seat', seat: code });
  const run = (actor: Actor, command: Command): void => {
    now += 1000;
    const ack = room.execute(`log${(counter++).toString(36).padStart(8, '0')}`, command, actor);
    if (!ack.ok) throw new Error(`${command.type}: ${ack.error.code} ${ack.error.message}`);
  };
  const members = securityCouncil2026.members.map((member) => member.code);

  run(chair, { type: 'session.open', payload: {} });
  run(chair, { type: 'attendance.startRollCall', payload: {} });
  for (const code of members)
    run(seat(code), { type: 'attendance.record', payload: { status: 'present' } });
  run(chair, { type: 'attendance.closeRollCall', payload: {} });
  run(chair, { type: 'gsl.open', payload: {} });
  for (let round = 0; room.seq < target; round++) {
    for (const code of members) run(seat(code), { type: 'gsl.add', payload: {} });
    for (let i = 0; i < members.length; i++) {
      run(chair, { type: 'gsl.next', payload: {} });
      const speaker = room.state.speech?.delegation;
      if (!speaker) throw new Error('gsl.next gave no speaker');
      run(seat(speaker), { type: 'speech.yield', payload: { to: 'chair' } });
    }
    if (round % 5 !== 0) continue;
    const mover = members[round % members.length] ?? 'FRA';
    const seconder = members[(round + 1) % members.length] ?? 'CHN';
    run(seat(mover), {
      type: 'motion.move',
      payload: {
        motion: { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper' },
      },
    });
    const motion = room.state.motions.filter((m) => m.status.kind === 'pending').at(-1);
    if (!motion) throw new Error('no pending motion');
    run(seat(seconder), { type: 'motion.second', payload: { motionId: motion.id } });
    run(chair, { type: 'motion.putToVote', payload: {} });
    const vote = room.state.votes.find((v) => v.status === 'open');
    if (!vote) throw new Error('no open vote');
    for (const code of members) {
      run(seat(code), {
        type: 'vote.cast',
        payload: { voteId: vote.id, choice: code === 'RUS' ? 'no' : 'yes' },
      });
    }
    run(chair, { type: 'vote.close', payload: { voteId: vote.id } });
    if (room.state.floor.kind === 'unmoderatedCaucus')
      run(chair, { type: 'caucus.end', payload: {} });
  }
  const snapshots = db
    .prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM snapshots WHERE committee_id = ?')
    .get(made.committee.id)?.n;
  const result: MadeLog = {
    committee: made.committee.id,
    seq: room.seq,
    snapshots: snapshots ?? 0,
    ms: nowMs() - started,
    stateBytes: Buffer.byteLength(JSON.stringify(room.state)),
  };
  // One self-contained file to copy for each start: no WAL left beside it.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  return result;
}

const options = params<MakeLogParams>();
serve({ build: () => build(options) }, {});
