/**
 * Some of the committee's phones: the chair and/or some members, as real
 * socket.io-client sockets (WebSocket transport), in one load-generator
 * process. The chair and the fifteen members are spread over a few such
 * processes (lib/actorGroup.ts) so that one phone's messages never wait
 * behind another's in a shared event loop. Each process sends commands at
 * the times it is given and records when its clients first hold each seq.
 */
import { io, type Socket } from 'socket.io-client';
import { evolve, type CommitteeState, type DomainEvent } from '@placard/shared';
import { PROTOCOL_VERSION, type Ack } from '@placard/shared/protocol';
import { cpuMark, cpuShare, nowMs, sleepUntil, withTimeout } from './lib/time.ts';
import { params, serve } from './lib/worker.ts';

export interface ActorParams {
  readonly url: string;
  readonly committee: string;
  /** Present when this process holds the chair. */
  readonly chairKey?: string;
  /** The members this process holds, by code. */
  readonly seatTokens: Readonly<Record<string, string>>;
}

/** A command to send at a given time (epoch ms, nowMs scale) as `as` ('chair' or a code). */
export interface ScheduledSend {
  readonly as: string;
  readonly type: string;
  readonly payload: unknown;
  readonly at: number;
}

export interface SendResult {
  readonly as: string;
  readonly intended: number;
  readonly sent: number;
  readonly acked: number;
  readonly ack: Ack;
}

/** What the orchestrator needs of the chair's state to drive a session. */
export interface ChairView {
  readonly seq: number;
  readonly floor: string;
  readonly onList: readonly string[];
  readonly pendingMotion: string | null;
  readonly openVote: string | null;
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
    const whole = (m: { seq: number; state: CommitteeState }): void =>
      this.#hold(m.seq, () => m.state);
    this.socket.on('snapshot', whole);
    this.socket.on('state', whole);
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
        this.socket.emit('command', { id: newId(), command: { type, payload } }, (ack: Ack) =>
          resolve({ ack, at: nowMs() }),
        );
      }),
      30_000,
      `ack of ${type} from ${this.name}`,
    );
  }
}

const options = params<ActorParams>();
const base = { protocol: PROTOCOL_VERSION, committee: options.committee };
const clients = new Map<string, Actor>();
if (options.chairKey) {
  clients.set(
    'chair',
    new Actor('chair', options.url, { ...base, chairKey: options.chairKey }, true),
  );
}
for (const [code, token] of Object.entries(options.seatTokens)) {
  clients.set(code, new Actor(code, options.url, { ...base, seatToken: token }, false));
}
const everyone = [...clients.values()];
const client = (as: string): Actor => {
  const found = clients.get(as);
  if (!found) throw new Error(`this process does not hold ${as}`);
  return found;
};

let window = cpuMark();

serve(
  {
    async connect() {
      await Promise.all(everyone.map((actor) => actor.waitSeq(0, 30_000)));
      return null;
    },
    /** Send one command now and wait for its ack. */
    async send(input): Promise<SendResult> {
      const as = String(input['as']);
      const now = nowMs();
      const { ack, at } = await client(as).send(String(input['type']), input['payload']);
      return { as, intended: now, sent: now, acked: at, ack };
    },
    /** Send each command at its time (never waiting for an earlier ack), then wait for all acks. */
    async run(input): Promise<SendResult[]> {
      const sends = input['sends'] as ScheduledSend[];
      return Promise.all(
        sends.map(async ({ as, type, payload, at: intended }) => {
          const actor = client(as);
          await sleepUntil(intended);
          const sent = nowMs();
          const { ack, at } = await actor.send(type, payload);
          return { as, intended, sent, acked: at, ack };
        }),
      );
    },
    /** Resolves when every client here holds `seq`. */
    async waitSeq(input) {
      await Promise.all(everyone.map((actor) => actor.waitSeq(Number(input['seq']))));
      return null;
    },
    record(input) {
      const on = input['on'] === true;
      for (const actor of everyone) actor.receipts = on ? new Map() : null;
      if (on) window = cpuMark();
      return on ? null : cpuShare(window);
    },
    /** Per seq, when the last client here first held it (NaN if one never did while recording). */
    receipts(input) {
      const seqs = input['seqs'] as number[];
      return seqs.map((seq) =>
        Math.max(...everyone.map((actor) => actor.receipts?.get(seq) ?? Number.NaN)),
      );
    },
    chair(): ChairView {
      const { state, seq } = client('chair');
      if (!state) throw new Error('the chair holds no state');
      return {
        seq,
        floor: state.floor.kind,
        onList: state.speakersList.entries,
        pendingMotion: state.motions.filter((m) => m.status.kind === 'pending').at(-1)?.id ?? null,
        openVote: state.votes.find((v) => v.status === 'open')?.id ?? null,
      };
    },
    seq: () => Math.max(...everyone.map((actor) => actor.seq)),
  },
  { clients: everyone.length },
  () => {
    for (const actor of everyone) actor.socket.disconnect();
  },
);
