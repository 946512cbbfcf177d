/**
 * The naive baseline: default Socket.IO (polling then upgrade, default ping,
 * no tuning), one room for everyone, and on every change the WHOLE state
 * emitted to that room synchronously: no slicing, no priorities, no deltas,
 * no coalescing. Commands go through the same room (validate, shared
 * decide/evolve, the same SQLite event store, ack after commit) so the
 * comparison isolates the fan-out. It loads a committee by replaying its
 * whole log (no snapshots).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server } from 'socket.io';
import type { Actor } from '@placard/shared';
import { commandEnvelopeSchema, type Ack } from '@placard/shared/protocol';
import {
  CommitteeRoom,
  createCommitteeAccess,
  createCommitteeRepository,
  createEventStore,
  openDatabase,
  runMigrations,
} from '../server/src/index.ts';
import { detachedPorts } from '../server/src/live/roomPorts.ts';
import { sqliteCommitteeLog } from '../server/src/live/sqliteCommitteeLog.ts';
import { benchCommittee } from './lib/council.ts';
import { params, serve } from './lib/worker.ts';
import { serverHandlers, serverInfo, type ServerParams } from './lib/serverControl.ts';
import { nowMs } from './lib/time.ts';

const options = params<ServerParams>();
const dir = mkdtempSync(join(options.dbDir ?? tmpdir(), 'placard-naive-'));
const dbPath = options.dbPath ?? join(dir, 'placard.db');
const db = openDatabase(dbPath);
runMigrations(db);
const committees = createCommitteeRepository(db);
const events = createEventStore(db);
const access = createCommitteeAccess(committees);

const {
  committee: committeeId,
  chairKey,
  seatTokens,
} = benchCommittee(committees, options, Date.now());
const record = committees.get(committeeId);
if (!record) throw new Error(`no committee ${committeeId} in ${dbPath}`);

// Load by replaying every event: no snapshots read, none written.
const loadStart = nowMs();
const room = new CommitteeRoom(
  { ...sqliteCommitteeLog(events, record.id, record.template), latestSnapshot: () => null },
  { snapshotEvery: Number.POSITIVE_INFINITY, draw: Math.random },
  detachedPorts(() => Date.now()),
);
const loadMs = nowMs() - loadStart;

const http = createServer();
const io = new Server(http);
const everyone = 'everyone';

interface Auth {
  committee?: unknown;
  chairKey?: unknown;
  seatToken?: unknown;
}

io.use((socket, next) => {
  const auth = socket.handshake.auth as Auth;
  if (auth.committee !== committeeId) return next(new Error('unknown committee'));
  const chair = typeof auth.chairKey === 'string' ? auth.chairKey : undefined;
  const seat = typeof auth.seatToken === 'string' ? auth.seatToken : undefined;
  if (chair === undefined && seat === undefined) {
    socket.data = { actor: { role: 'observer' } };
    return next();
  }
  const role = access.resolveCredential(committeeId, {
    ...(chair === undefined ? {} : { chairKey: chair }),
    ...(seat === undefined ? {} : { seatToken: seat }),
  });
  if (!role) return next(new Error('unauthorized'));
  socket.data = { actor: role };
  return next();
});

io.on('connection', (socket) => {
  const actor = (socket.data as { actor: Actor }).actor;
  void socket.join(everyone);
  socket.emit('state', { seq: room.seq, state: room.state });
  socket.on('command', (envelope: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return;
    const reply = ack as (ack: Ack) => void;
    // The same one parse as the real gateway: the room takes the command typed.
    const parsed = commandEnvelopeSchema.safeParse(envelope);
    if (actor.role === 'observer' || !parsed.success) {
      reply({ ok: false, error: { code: 'invalid', message: 'refused' } });
      return;
    }
    const before = room.seq;
    room.execute(parsed.data.id, parsed.data.command, actor, reply);
    // The whole state to everyone, now.
    if (room.seq > before) io.to(everyone).emit('state', { seq: room.seq, state: room.state });
  });
});

await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const { port } = http.address() as AddressInfo;
const info = serverInfo(port, {
  committee: committeeId,
  chairKey,
  seatTokens,
  loadMs,
  seq: room.seq,
});

serve(serverHandlers(), info, async () => {
  io.disconnectSockets(true);
  await io.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
