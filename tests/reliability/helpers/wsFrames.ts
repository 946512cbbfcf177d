/**
 * A bare WebSocket client over a TCP socket, so a test can send what no library would:
 * invalid UTF-8 in text frames, unmasked or oversized control frames, reserved opcodes,
 * broken Engine.IO and Socket.IO packets.
 */
import { randomBytes } from 'node:crypto';
import { connect as tcpConnect, type Socket } from 'node:net';

export interface FrameOptions {
  readonly fin?: boolean;
  readonly rsv?: number;
  readonly mask?: boolean;
}

/** One WebSocket frame (RFC 6455 §5.2), masked as a client must unless told otherwise. */
export function wsFrame(opcode: number, payload: Buffer, options: FrameOptions = {}): Buffer {
  const { fin = true, rsv = 0, mask = true } = options;
  const length = payload.length;
  const head: number[] = [(fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0f)];
  const maskBit = mask ? 0x80 : 0;
  if (length < 126) head.push(maskBit | length);
  else if (length < 65_536) head.push(maskBit | 126, length >> 8, length & 0xff);
  else {
    head.push(maskBit | 127, 0, 0, 0, 0);
    head.push((length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff);
  }
  if (!mask) return Buffer.concat([Buffer.from(head), payload]);
  const key = randomBytes(4);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = (payload[i] ?? 0) ^ (key[i % 4] ?? 0);
  return Buffer.concat([Buffer.from(head), key, masked]);
}

export const textFrame = (text: string | Buffer, options?: FrameOptions): Buffer =>
  wsFrame(0x1, typeof text === 'string' ? Buffer.from(text, 'utf8') : text, options);

/** A WebSocket to Socket.IO's endpoint, opened by hand; resolves once upgraded. */
export interface RawWebSocket {
  readonly socket: Socket;
  /** Everything received after the upgrade, as raw bytes. */
  received(): Buffer;
  /** True once the server closed the TCP connection. */
  closed(): boolean;
  send(bytes: Buffer): void;
  close(): void;
}

export function openRawWebSocket(url: string, timeoutMs = 5000): Promise<RawWebSocket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host: hostname, port: Number(port) });
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    let closed = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('WebSocket upgrade timed out'));
    }, timeoutMs);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      if (!upgraded) {
        clearTimeout(timer);
        reject(new Error('closed before the upgrade'));
      }
    });
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (upgraded) return;
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString('latin1');
      if (!head.startsWith('HTTP/1.1 101')) {
        clearTimeout(timer);
        socket.destroy();
        reject(new Error(`no upgrade: ${head.split('\r\n')[0] ?? ''}`));
        return;
      }
      upgraded = true;
      buffer = buffer.subarray(end + 4);
      clearTimeout(timer);
      resolve({
        socket,
        received: () => buffer,
        closed: () => closed,
        send: (bytes) => {
          if (!closed) socket.write(bytes);
        },
        close: () => socket.destroy(),
      });
    });
    socket.write(
      [
        'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1',
        `Host: ${hostname}:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
  });
}

/** Sends raw bytes on a fresh TCP connection; resolves with the reply's first line (or 'closed'). */
export function rawHttp(url: string, bytes: Buffer, timeoutMs = 3000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: hostname, port: Number(port) });
    let text = '';
    const done = (value: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(value);
    };
    const timer = setTimeout(
      () => done(text ? (text.split('\r\n')[0] ?? '') : 'no reply'),
      timeoutMs,
    );
    socket.on('error', () => done(text ? (text.split('\r\n')[0] ?? '') : 'closed'));
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n')) done(text.split('\r\n')[0] ?? '');
    });
    socket.on('close', () => done(text ? (text.split('\r\n')[0] ?? '') : 'closed'));
    socket.write(bytes);
  });
}
