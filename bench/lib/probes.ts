/**
 * Observer probes. A LightProbe is a WebSocket client written straight on a
 * TCP socket (the HTTP upgrade, RFC 6455 framing, masked client frames) that
 * speaks just enough Engine.IO v4 / Socket.IO v5 to be an observer: it sends
 * the CONNECT packet with the handshake auth, answers the server's ping `2`
 * with `3`, and of each message reads only the event name's first byte and
 * the `seq` (timestamped on arrival, before any parsing), so thousands fit in
 * one load generator and it keeps up with the server's sending rate. A
 * RealProbe is a full socket.io-client (JSON parsed, default transports or
 * WebSocket only) for end-to-end figures.
 */
import { randomBytes } from 'node:crypto';
import { connect as tcpConnect, type Socket as TcpSocket } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@placard/shared/protocol';
import { nowMs } from './time.ts';

/** Called for every message that carries a seq (snapshot, events batch, naive state). */
export type SeqSink = (probe: Probe, seq: number, at: number) => void;

export interface Probe {
  /** Seq of the newest state this probe holds (-1 before its first). */
  lastSeq: number;
  /** Bytes of WebSocket payload received since the last reset (light probes only). */
  bytes: number;
  readonly light: boolean;
  connect(lastSeq?: number): void;
  close(): Promise<void>;
  readonly open: boolean;
}

const CHAR_0 = 0x30;
const CHAR_2 = 0x32;
const CHAR_4 = 0x34;
const OPCODE_TEXT = 1;
const OPCODE_CLOSE = 8;
const OPCODE_PING = 9;
const OPCODE_PONG = 10;
// `42["events",{"seq":123` (also "snapshot" and the naive server's "state"): the seq follows this.
const SEQ_KEY = Buffer.from('{"seq":');
const SEQ_SEARCH = 48;

/** A masked client frame (RFC 6455 §5.3: every client frame is masked). */
function clientFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? 2 : 4;
  const frame = Buffer.allocUnsafe(head + 4 + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) {
    frame[1] = 0x80 | length;
  } else {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, head);
  for (let i = 0; i < length; i++) frame[head + 4 + i] = (payload[i] ?? 0) ^ (mask[i & 3] ?? 0);
  return frame;
}

export class LightProbe implements Probe {
  lastSeq = -1;
  bytes = 0;
  readonly light = true;
  errors = 0;
  readonly #host: string;
  readonly #port: number;
  readonly #committee: string;
  readonly #sink: SeqSink;
  #socket: TcpSocket | null = null;
  #upgraded = false;
  #pending: Buffer | null = null;
  #auth = '';

  constructor(url: string, committee: string, sink: SeqSink) {
    const parsed = new URL(url);
    this.#host = parsed.hostname;
    this.#port = Number(parsed.port);
    this.#committee = committee;
    this.#sink = sink;
  }

  get open(): boolean {
    return this.#upgraded && this.#socket !== null && !this.#socket.destroyed;
  }

  connect(lastSeq?: number): void {
    this.#auth = JSON.stringify({
      protocol: PROTOCOL_VERSION,
      committee: this.#committee,
      ...(lastSeq === undefined ? {} : { lastSeq }),
    });
    this.#upgraded = false;
    this.#pending = null;
    const socket = tcpConnect({ host: this.#host, port: this.#port });
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on('connect', () => {
      socket.write(
        `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\n` +
          `Host: ${this.#host}:${this.#port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => this.#onData(socket, chunk));
    socket.on('error', () => {
      this.errors += 1;
    });
  }

  close(): Promise<void> {
    const socket = this.#socket;
    this.#upgraded = false;
    if (!socket || socket.closed) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.destroy();
    });
  }

  #onData(socket: TcpSocket, chunk: Buffer): void {
    const at = nowMs();
    let data = this.#pending ? Buffer.concat([this.#pending, chunk]) : chunk;
    this.#pending = null;
    if (!this.#upgraded) {
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) {
        this.#pending = data;
        return;
      }
      if (!data.toString('latin1', 0, 16).includes(' 101')) {
        this.errors += 1;
        socket.destroy();
        return;
      }
      this.#upgraded = true;
      data = data.subarray(end + 4);
    }
    let offset = 0;
    while (offset + 2 <= data.length) {
      const opcode = (data[offset] ?? 0) & 0x0f;
      let length = (data[offset + 1] ?? 0) & 0x7f;
      let head = 2;
      if (length === 126) {
        if (offset + 4 > data.length) break;
        length = data.readUInt16BE(offset + 2);
        head = 4;
      } else if (length === 127) {
        if (offset + 10 > data.length) break;
        length = Number(data.readBigUInt64BE(offset + 2));
        head = 10;
      }
      if (offset + head + length > data.length) break;
      this.#frame(socket, opcode, data, offset + head, offset + head + length, at);
      offset += head + length;
    }
    if (offset < data.length) this.#pending = Buffer.from(data.subarray(offset));
  }

  #frame(
    socket: TcpSocket,
    opcode: number,
    data: Buffer,
    start: number,
    end: number,
    at: number,
  ): void {
    this.bytes += end - start;
    if (opcode === OPCODE_CLOSE) {
      socket.destroy();
      return;
    }
    if (opcode === OPCODE_PING) {
      socket.write(clientFrame(OPCODE_PONG, data.subarray(start, end)));
      return;
    }
    if (opcode !== OPCODE_TEXT || start === end) return;
    const type = data[start];
    if (type === CHAR_2) {
      socket.write(clientFrame(OPCODE_TEXT, Buffer.from('3'))); // Engine.IO pong
      return;
    }
    if (type === CHAR_0) {
      // Engine.IO open → Socket.IO CONNECT with the handshake auth
      socket.write(clientFrame(OPCODE_TEXT, Buffer.from(`40${this.#auth}`)));
      return;
    }
    if (type !== CHAR_4 || data[start + 1] !== CHAR_2) return; // only Socket.IO EVENT packets
    const key = data.subarray(start, Math.min(end, start + SEQ_SEARCH)).indexOf(SEQ_KEY);
    if (key < 0) return;
    let seq = 0;
    let digits = 0;
    for (let i = start + key + SEQ_KEY.length; i < end; i++) {
      const digit = (data[i] ?? 0) - CHAR_0;
      if (digit < 0 || digit > 9) break;
      seq = seq * 10 + digit;
      digits += 1;
    }
    if (digits > 0) this.#sink(this, seq, at);
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
          protocol: PROTOCOL_VERSION,
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
