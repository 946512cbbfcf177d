/**
 * Observer probes. A LightProbe is a raw WebSocket speaking just enough of
 * Engine.IO v4 / Socket.IO v5 to be an observer: it answers the server's ping
 * `2` with `3`, sends the CONNECT packet with the handshake auth, and of each
 * message reads only the first bytes (event name and `seq`), so thousands fit
 * in one load generator. A RealProbe is a full socket.io-client (JSON parsed,
 * default transports or WebSocket only) for end-to-end figures.
 */
import WebSocket from 'ws';
import { io, type Socket } from 'socket.io-client';
import { nowMs } from './time.ts';

/** Called for every message that carries a seq (snapshot, events batch, naive state). */
export type SeqSink = (probe: Probe, seq: number, at: number) => void;

export interface Probe {
  /** Seq of the newest state this probe holds (-1 before its first). */
  lastSeq: number;
  /** Bytes of Socket.IO payload received since the last reset (light probes only). */
  bytes: number;
  readonly light: boolean;
  connect(lastSeq?: number): void;
  close(): Promise<void>;
  readonly open: boolean;
}

// `["events",{"seq":123` (also "snapshot" and the naive server's "state")
const HEAD = /^\["([a-z]+)",\{"seq":(\d+)/;

const CHAR_0 = 0x30;
const CHAR_2 = 0x32;
const CHAR_4 = 0x34;

export class LightProbe implements Probe {
  lastSeq = -1;
  bytes = 0;
  readonly light = true;
  errors = 0;
  readonly #wsUrl: string;
  readonly #committee: string;
  readonly #sink: SeqSink;
  #ws: WebSocket | null = null;

  constructor(url: string, committee: string, sink: SeqSink) {
    this.#wsUrl = `${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
    this.#committee = committee;
    this.#sink = sink;
  }

  get open(): boolean {
    return this.#ws?.readyState === WebSocket.OPEN;
  }

  connect(lastSeq?: number): void {
    const auth = JSON.stringify({
      protocol: 1,
      committee: this.#committee,
      ...(lastSeq === undefined ? {} : { lastSeq }),
    });
    const ws = new WebSocket(this.#wsUrl, { perMessageDeflate: false, skipUTF8Validation: true });
    this.#ws = ws;
    ws.on('message', (data: Buffer) => {
      const at = nowMs();
      this.bytes += data.length;
      const type = data[0];
      if (type === CHAR_2) {
        ws.send('3'); // Engine.IO pong
        return;
      }
      if (type === CHAR_0) {
        ws.send(`40${auth}`); // Engine.IO open → Socket.IO CONNECT with the handshake auth
        return;
      }
      if (type !== CHAR_4 || data[1] !== CHAR_2) return; // only Socket.IO EVENT packets
      const match = HEAD.exec(data.toString('latin1', 2, Math.min(data.length, 48)));
      if (match) this.#sink(this, Number(match[2]), at);
    });
    ws.on('error', () => {
      this.errors += 1;
    });
  }

  close(): Promise<void> {
    const ws = this.#ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      ws.once('close', () => resolve());
      ws.close();
    });
  }
}

export class RealProbe implements Probe {
  lastSeq = -1;
  bytes = 0;
  readonly light = false;
  readonly #socket: Socket;

  constructor(url: string, committee: string, sink: SeqSink, websocketOnly: boolean) {
    this.#socket = io(url, {
      forceNew: true,
      reconnection: false,
      autoConnect: false,
      ...(websocketOnly ? { transports: ['websocket'] } : {}),
      auth: (callback) =>
        callback({
          protocol: 1,
          committee,
          ...(this.lastSeq >= 0 ? { lastSeq: this.lastSeq } : {}),
        }),
    });
    const onSeq = (message: { seq: number }): void => sink(this, message.seq, nowMs());
    this.#socket.on('snapshot', onSeq);
    this.#socket.on('events', onSeq);
    this.#socket.on('state', onSeq);
  }

  get open(): boolean {
    return this.#socket.connected;
  }

  connect(): void {
    this.#socket.connect();
  }

  close(): Promise<void> {
    if (!this.#socket.connected && !this.#socket.active) return Promise.resolve();
    return new Promise((resolve) => {
      this.#socket.once('disconnect', () => resolve());
      this.#socket.disconnect();
      if (!this.#socket.connected) resolve();
    });
  }
}
