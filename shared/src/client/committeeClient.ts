/**
 * The typed Placard client, used by the web app, the rehearsal bots and the
 * tests. It owns one Socket.IO connection to one committee, keeps the
 * committee's state by applying the server's events with the shared `evolve`,
 * resynchronises after every reconnect (missed events or a snapshot), retries
 * unacknowledged commands with their original ids, and estimates the clock
 * offset so timers can be rendered from server deadlines.
 */
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { estimateClockOffset, type ClockSample } from '../clockOffset.ts';
import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type CommandEnvelope,
  type ConnectionRole,
  type EventBatch,
  type Handshake,
  type ProtocolError,
  type ServerToClientEvents,
  type Snapshot,
} from '../protocol.ts';
import { evolve, type Command, type CommitteeState } from '../index.ts';

export type Credential = { readonly chairKey: string } | { readonly seatToken: string } | null;

export interface CommitteeClientOptions {
  /** Server origin, e.g. `http://127.0.0.1:3000`; omit in a browser for the page's origin. */
  readonly url?: string;
  readonly committee: string;
  readonly credential?: Credential;
  /** The local clock (tests inject a skewed one). */
  readonly now?: () => number;
  /** How many clock samples to take after each connect. */
  readonly clockSamples?: number;
  readonly socket?: Partial<ManagerOptions & SocketOptions>;
  /** Called with every raw frame received (tests inspect what reaches a client). */
  readonly onFrame?: (frame: string) => void;
}

export type ClientStatus = 'connecting' | 'live' | 'offline' | 'closed';

interface PendingCommand {
  readonly envelope: CommandEnvelope;
  readonly resolve: (ack: Ack) => void;
}

type Listener = (client: CommitteeClient) => void;

/** One connection to one committee, with its state kept in step with the server. */
export class CommitteeClient {
  state: CommitteeState | null = null;
  /** The seq of the last event applied to `state`. */
  seq = 0;
  identity: ConnectionRole | null = null;
  status: ClientStatus = 'connecting';
  /** The last error the server gave when it closed the connection (e.g. a revoked seat). */
  closingReason: ProtocolError | null = null;
  /** Add to the local clock to get the server's (NTP-style estimate). */
  clockOffsetMs = 0;
  /** Every seq received in an event batch, in arrival order (tests check there is no gap). */
  readonly receivedSeqs: number[] = [];
  /** How the state was last brought up to date: by missed events or a whole snapshot. */
  lastCatchUp: 'events' | 'snapshot' | null = null;

  readonly #socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly #now: () => number;
  readonly #clockSampleCount: number;
  readonly #pending = new Map<string, PendingCommand>();
  readonly #listeners = new Set<Listener>();
  readonly #seqWaiters = new Set<{ seq: number; resolve: () => void }>();
  #clockSamples: ClockSample[] = [];

  constructor(options: CommitteeClientOptions) {
    this.#now = options.now ?? (() => Date.now());
    this.#clockSampleCount = options.clockSamples ?? 5;
    const credential = options.credential ?? null;
    // `auth` is a function so every reconnect carries the seq we hold now.
    const auth = (callback: (data: Handshake) => void): void => {
      const handshake: Handshake = {
        protocol: PROTOCOL_VERSION,
        committee: options.committee,
        ...(credential && 'chairKey' in credential ? { chairKey: credential.chairKey } : {}),
        ...(credential && 'seatToken' in credential ? { seatToken: credential.seatToken } : {}),
        ...(this.state ? { lastSeq: this.seq } : {}),
      };
      callback(handshake);
    };
    const socketOptions: Partial<ManagerOptions & SocketOptions> = {
      // One connection per client: its credentials are its own, never multiplexed.
      forceNew: true,
      ...options.socket,
      auth,
      reconnectionDelay: options.socket?.reconnectionDelay ?? 500,
      reconnectionDelayMax: options.socket?.reconnectionDelayMax ?? 5000,
    };
    this.#socket = options.url ? io(options.url, socketOptions) : io(socketOptions);
    const onFrame = options.onFrame;
    if (onFrame) {
      // Engine.IO replaces its engine on every reconnect; hook each new one.
      this.#socket.io.on('open', () => {
        this.#socket.io.engine.on('data', (data: unknown) => {
          onFrame(typeof data === 'string' ? data : String(data));
        });
      });
    }
    this.#wire();
  }

  /** Send a command; resolves with the server's ack (retried with the same id across reconnects). */
  send(command: Command, id: string = newCommandId()): Promise<Ack> {
    return new Promise((resolve) => {
      const pending: PendingCommand = { envelope: { id, command }, resolve };
      this.#pending.set(id, pending);
      if (this.#socket.connected) this.#emitCommand(pending);
    });
  }

  /** Resolves once the state includes seq `seq` (e.g. an ack's seq). */
  waitForSeq(seq: number): Promise<void> {
    if (this.seq >= seq) return Promise.resolve();
    return new Promise((resolve) => this.#seqWaiters.add({ seq, resolve }));
  }

  /** The server's clock now, as far as this client can tell. */
  serverNow(): number {
    return this.#now() + this.clockOffsetMs;
  }

  /** Take fresh clock samples (e.g. when a phone's page becomes visible again). */
  async resyncClock(): Promise<void> {
    this.#clockSamples = [];
    for (let i = 0; i < this.#clockSampleCount && this.#socket.connected; i++) {
      await this.#sampleClock();
    }
  }

  /** Called after every change of state, status or identity; returns an unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Drop the connection for good (pending commands resolve as unsent). */
  close(): void {
    this.status = 'closed';
    this.#socket.close();
    for (const pending of this.#pending.values()) {
      pending.resolve({ ok: false, error: { code: 'internal', message: 'the client was closed' } });
    }
    this.#pending.clear();
    this.#notify();
  }

  /** Simulate a network drop (tests) without forgetting state. */
  disconnect(): void {
    this.#socket.disconnect();
  }

  /** Reconnect after `disconnect()`. */
  reconnect(): void {
    this.#socket.connect();
  }

  #wire(): void {
    const socket = this.#socket;
    socket.on('connect', () => {
      this.status = 'live';
      for (const pending of this.#pending.values()) this.#emitCommand(pending);
      void this.resyncClock();
      this.#notify();
    });
    socket.on('disconnect', () => {
      if (this.status !== 'closed') this.status = 'offline';
      this.#notify();
    });
    socket.on('connect_error', (error) => {
      const data: unknown = (error as Error & { data?: unknown }).data;
      if (isProtocolError(data)) {
        this.closingReason = data;
        this.status = 'closed';
        this.#notify();
      }
    });
    socket.on('welcome', (welcome) => {
      this.identity = welcome.identity;
      this.#notify();
    });
    socket.on('snapshot', (snapshot) => this.#applySnapshot(snapshot));
    socket.on('events', (batch) => this.#applyBatch(batch));
    socket.on('closing', (reason) => {
      this.closingReason = reason;
      this.status = 'closed';
      this.#notify();
    });
  }

  #emitCommand(pending: PendingCommand): void {
    this.#socket.emit('command', pending.envelope, (ack: Ack) => {
      if (!this.#pending.delete(pending.envelope.id)) return;
      pending.resolve(ack);
    });
  }

  #applySnapshot(snapshot: Snapshot): void {
    this.state = snapshot.state;
    this.seq = snapshot.seq;
    this.lastCatchUp = 'snapshot';
    this.#settle();
  }

  #applyBatch(batch: EventBatch): void {
    const firstSeq = batch.seq - batch.events.length + 1;
    if (!this.state || firstSeq > this.seq + 1) {
      // A gap: ask for what we missed rather than render a wrong state.
      this.#socket.emit('sync', { lastSeq: this.seq }, () => undefined);
      return;
    }
    let state = this.state;
    for (const [index, event] of batch.events.entries()) {
      const seq = firstSeq + index;
      if (seq <= this.seq) continue; // already applied (a resync overlapping a broadcast)
      state = evolve(state, event);
      this.receivedSeqs.push(seq);
    }
    if (batch.seq > this.seq) {
      this.state = state;
      this.seq = batch.seq;
      if (this.lastCatchUp === null) this.lastCatchUp = 'events';
    }
    this.#settle();
  }

  /** Mark how the next reconnect caught up; tests read it. */
  resetCatchUp(): void {
    this.lastCatchUp = null;
  }

  #settle(): void {
    for (const waiter of this.#seqWaiters) {
      if (this.seq >= waiter.seq) {
        this.#seqWaiters.delete(waiter);
        waiter.resolve();
      }
    }
    this.#notify();
  }

  async #sampleClock(): Promise<void> {
    const sentAt = this.#now();
    const reply = await new Promise<unknown>((resolve) => {
      this.#socket
        .timeout(5000)
        .emit('clock', { sentAt }, (error: Error | null, answer: unknown) =>
          resolve(error ? null : answer),
        );
    });
    if (!isClockReply(reply) || reply.sentAt !== sentAt) return;
    this.#clockSamples.push({ sentAt, serverTime: reply.serverTime, receivedAt: this.#now() });
    const estimate = estimateClockOffset(this.#clockSamples);
    if (estimate) this.clockOffsetMs = estimate.offsetMs;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener(this);
  }
}

/** A random command id (Web Crypto exists in browsers and in Node ≥ 19). */
export function newCommandId(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '');
}

function isClockReply(value: unknown): value is { sentAt: number; serverTime: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'sentAt' in value &&
    'serverTime' in value &&
    typeof value.sentAt === 'number' &&
    typeof value.serverTime === 'number'
  );
}

function isProtocolError(value: unknown): value is ProtocolError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    typeof value.code === 'string' &&
    typeof value.message === 'string'
  );
}
