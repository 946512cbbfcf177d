/**
 * The chair and the fifteen members' phones: real socket.io-client sockets
 * (WebSocket transport) in one load-generator process. It runs the setup (roll
 * call, speakers' list), chair actions on a fixed schedule, and 15-vote bursts,
 * and records for each command when it was meant to be sent, its ack, and when
 * the chair and every member held its seq.
 */
import { io, type Socket } from 'socket.io-client';
import { evolve, type CommitteeState, type DomainEvent } from '@placard/shared';
import type { Ack } from '@placard/shared/protocol';
import { cpuMark, cpuShare, nowMs, sleep, sleepUntil, withTimeout } from './lib/time.ts';
import { params, serve } from './lib/worker.ts';

export interface ActorParams {
  readonly url: string;
  readonly committee: string;
  readonly chairKey: string;
  readonly seatTokens: Readonly<Record<string, string>>;
  readonly members: readonly string[];
}

/** One command on the schedule: times are epoch ms (nowMs). */
export interface CommandTiming {
  readonly seq: number;
  readonly intended: number;
  readonly sent: number;
  readonly acked: number;
  /** When the chair and every member held the seq. */
  readonly allActors: number;
}

export interface RunResult {
  readonly commands: readonly CommandTiming[];
  readonly cpu: ReturnType<typeof cpuShare>;
}

let commandCounter = 0;
const runTag = Math.random().toString(36).slice(2, 10);
const newId = (): string => `b${runTag}${(commandCounter++).toString(36).padStart(6, '0')}`;

class Actor {
  readonly name: string;
  readonly socket: Socket;
  seq = -1;
  state: CommitteeState | null = null;
  readonly #keepState: boolean;
  /** seq → first time this client held it, while recording. */
  receipts: Map<number, number> | null = null;
  readonly #waiters = new Set<{ seq: number; resolve: () => void }>();

  constructor(name: string, url: string, auth: Record<string, unknown>, keepState: boolean) {
    this.name = name;
    this.#keepState = keepState;
    this.socket = io(url, { forceNew: true, reconnection: false, transports: ['websocket'], auth });
    this.socket.on('snapshot', (m: { seq: number; state: CommitteeState }) =>
      this.#hold(m.seq, () => m.state),
    );
    this.socket.on('state', (m: { seq: number; state: CommitteeState }) =>
      this.#hold(m.seq, () => m.state),
    );
    this.socket.on('events', (m: { seq: number; events: DomainEvent[] }) =>
      this.#hold(m.seq, (state) => {
        if (!state) return null;
        const first = m.seq - m.events.length + 1;
        let next = state;
        m.events.forEach((event, index) => {
          if (first + index > this.seq) next = evolve(next, event);
        });
        return next;
      }),
    );
  }

  #hold(seq: number, next: (state: CommitteeState | null) => CommitteeState | null): void {
    const at = nowMs();
    if (seq <= this.seq) return;
    if (this.receipts && this.seq >= 0) {
      for (let s = this.seq + 1; s <= seq; s++) this.receipts.set(s, at);
    }
    if (this.#keepState) this.state = next(this.state);
    this.seq = seq;
    for (const waiter of this.#waiters) {
      if (seq >= waiter.seq) {
        this.#waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  waitSeq(seq: number, timeoutMs = 30_000): Promise<void> {
    if (this.seq >= seq) return Promise.resolve();
    return withTimeout(
      new Promise<void>((resolve) => this.#waiters.add({ seq, resolve })),
      timeoutMs,
      `${this.name} to hold seq ${seq} (holds ${this.seq})`,
    );
  }

  /** Emit a command now; resolves with its ack and the time it came back. */
  send(type: string, payload: unknown): Promise<{ ack: Ack; at: number }> {
    return withTimeout(
      new Promise((resolve) => {
        this.socket.emit('command', { id: newId(), type, payload }, (ack: Ack) =>
          resolve({ ack, at: nowMs() }),
        );
      }),
      30_000,
      `ack of ${type} from ${this.name}`,
    );
  }

  /** Send, require acceptance, and wait until the chair's state includes it. */
  async must(type: string, payload: unknown, chair: Actor): Promise<number> {
    const { ack } = await this.send(type, payload);
    if (!ack.ok)
      throw new Error(`${this.name} ${type} refused: ${ack.error.code} ${ack.error.message}`);
    await chair.waitSeq(ack.seq);
    return ack.seq;
  }
}

const options = params<ActorParams>();
const chair = new Actor(
  'chair',
  options.url,
  { protocol: 1, committee: options.committee, chairKey: options.chairKey },
  true,
);
const seats = new Map<string, Actor>();
for (const code of options.members) {
  const token = options.seatTokens[code];
  if (!token) throw new Error(`no seat token for ${code}`);
  seats.set(
    code,
    new Actor(
      code,
      options.url,
      { protocol: 1, committee: options.committee, seatToken: token },
      false,
    ),
  );
}
const everyone = [chair, ...seats.values()];
const seat = (code: string): Actor => {
  const actor = seats.get(code);
  if (!actor) throw new Error(`no seat ${code}`);
  return actor;
};
const state = (): CommitteeState => {
  if (!chair.state) throw new Error('the chair holds no state');
  return chair.state;
};

const startRecording = (): void => {
  for (const actor of everyone) actor.receipts = new Map();
};
const stopRecording = (): void => {
  for (const actor of everyone) actor.receipts = null;
};
/** When the chair and every member held `seq` (NaN if one never did while recording). */
const allHeld = (seq: number): number =>
  Math.max(...everyone.map((actor) => actor.receipts?.get(seq) ?? Number.NaN));

async function waitAll(seq: number): Promise<void> {
  await Promise.all(everyone.map((actor) => actor.waitSeq(seq)));
}

/** Chair actions on a fixed schedule: add FRA to the speakers' list, remove it, and so on. */
async function actions(count: number, intervalMs: number): Promise<RunResult> {
  const window = cpuMark();
  startRecording();
  let onList = state().speakersList.entries.includes('FRA');
  const pending: Promise<{ intended: number; sent: number; ack: Ack; at: number }>[] = [];
  const t0 = nowMs() + 20;
  for (let i = 0; i < count; i++) {
    const intended = t0 + i * intervalMs;
    await sleepUntil(intended);
    const type = onList ? 'gsl.remove' : 'gsl.add';
    onList = !onList;
    const sent = nowMs();
    // Never waits for the previous ack: the schedule does not bend to the server.
    pending.push(
      chair.send(type, { delegation: 'FRA' }).then((reply) => ({ intended, sent, ...reply })),
    );
  }
  const replies = await Promise.all(pending);
  for (const reply of replies) {
    if (!reply.ack.ok) throw new Error(`chair action refused: ${reply.ack.error.message}`);
  }
  const last = Math.max(...replies.map((reply) => (reply.ack.ok ? reply.ack.seq : 0)));
  await waitAll(last);
  const commands = replies.map((reply): CommandTiming => {
    const seq = reply.ack.ok ? reply.ack.seq : 0;
    return {
      seq,
      intended: reply.intended,
      sent: reply.sent,
      acked: reply.at,
      allActors: allHeld(seq),
    };
  });
  stopRecording();
  return { commands, cpu: cpuShare(window) };
}

/**
 * Rounds of: a member moves an unmoderated caucus, another seconds, the chair
 * puts it to the vote, the fifteen members vote within `spreadMs` (on a fixed
 * schedule), the chair closes the vote and ends the caucus.
 */
async function bursts(rounds: number, spreadMs: number, pauseMs: number): Promise<RunResult> {
  const window = cpuMark();
  const commands: CommandTiming[] = [];
  const members = options.members;
  for (let round = 0; round < rounds; round++) {
    const mover = members[round % members.length] ?? 'FRA';
    const seconder = members[(round + 1) % members.length] ?? 'CHN';
    await seat(mover).must(
      'motion.move',
      { motion: { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper' } },
      chair,
    );
    const motion = state()
      .motions.filter((m) => m.status.kind === 'pending')
      .at(-1);
    if (!motion) throw new Error('the motion was not recorded as pending');
    await seat(seconder).must('motion.second', { motionId: motion.id }, chair);
    await chair.must('motion.putToVote', {}, chair);
    const vote = state().votes.find((v) => v.status === 'open');
    if (!vote) throw new Error('no open vote after motion.putToVote');
    startRecording();
    const t0 = nowMs() + 20;
    const pending = members.map(async (code, index) => {
      const intended = t0 + (index * spreadMs) / members.length;
      await sleepUntil(intended);
      const sent = nowMs();
      const reply = await seat(code).send('vote.cast', {
        voteId: vote.id,
        choice: code === 'RUS' ? 'no' : 'yes',
      });
      return { intended, sent, ...reply };
    });
    const replies = await Promise.all(pending);
    const refused = replies.find((reply) => !reply.ack.ok);
    if (refused && !refused.ack.ok) throw new Error(`vote refused: ${refused.ack.error.message}`);
    const last = Math.max(...replies.map((reply) => (reply.ack.ok ? reply.ack.seq : 0)));
    await waitAll(last);
    for (const reply of replies) {
      const seq = reply.ack.ok ? reply.ack.seq : 0;
      commands.push({
        seq,
        intended: reply.intended,
        sent: reply.sent,
        acked: reply.at,
        allActors: allHeld(seq),
      });
    }
    stopRecording();
    await chair.must('vote.close', { voteId: vote.id }, chair);
    if (state().floor.kind === 'unmoderatedCaucus') await chair.must('caucus.end', {}, chair);
    await waitAll(chair.seq);
    await sleep(pauseMs);
  }
  return { commands, cpu: cpuShare(window) };
}

serve(
  {
    async connect() {
      await Promise.all(everyone.map((actor) => actor.waitSeq(0, 30_000)));
      return { seq: chair.seq };
    },
    async setup() {
      await chair.must('session.open', {}, chair);
      await chair.must('attendance.startRollCall', {}, chair);
      for (const code of options.members) {
        await seat(code).must('attendance.record', { status: 'present' }, chair);
      }
      await chair.must('attendance.closeRollCall', {}, chair);
      await chair.must('gsl.open', {}, chair);
      await waitAll(chair.seq);
      return { seq: chair.seq };
    },
    actions: (input) => actions(Number(input['count']), Number(input['intervalMs'])),
    bursts: (input) =>
      bursts(Number(input['rounds']), Number(input['spreadMs']), Number(input['pauseMs'] ?? 300)),
    seq: () => chair.seq,
  },
  { actors: everyone.length },
  () => {
    for (const actor of everyone) actor.socket.disconnect();
  },
);
