import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Server, type Socket } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { eventFrame, websocketTextFrame, writeFrame } from './observerWire.ts';

/** Header length and payload length of an unmasked frame, read as a client would (RFC 6455 §5.2). */
function readHeader(frame: Buffer): {
  fin: boolean;
  opcode: number;
  masked: boolean;
  length: number;
  offset: number;
} {
  const byte0 = frame[0] ?? 0;
  const byte1 = frame[1] ?? 0;
  const short = byte1 & 0x7f;
  const [length, offset] =
    short === 126
      ? [frame.readUInt16BE(2), 4]
      : short === 127
        ? [Number(frame.readBigUInt64BE(2)), 10]
        : [short, 2];
  return {
    fin: (byte0 & 0x80) !== 0,
    opcode: byte0 & 0x0f,
    masked: (byte1 & 0x80) !== 0,
    length,
    offset,
  };
}

describe('observer wire: frames', () => {
  it.each([0, 125, 126, 65_535, 65_536, 200_000])('frames a %i-byte payload', (size) => {
    const payload = Buffer.alloc(size, 'a');
    const frame = websocketTextFrame(payload);
    const header = readHeader(frame);
    expect(header).toMatchObject({ fin: true, opcode: 1, masked: false, length: size });
    expect(frame.length).toBe(header.offset + size);
    expect(frame.subarray(header.offset).equals(payload)).toBe(true);
  });
});

describe('observer wire: writing to Socket.IO connections', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const step of cleanup.splice(0)) step();
  });

  async function pair(transports: ('websocket' | 'polling')[]) {
    const http = createServer();
    const io = new Server(http, { perMessageDeflate: false });
    const connected = new Promise<Socket>((resolve) => io.on('connection', resolve));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    const client: ClientSocket = connect(`http://127.0.0.1:${port}`, {
      transports,
      forceNew: true,
      reconnection: false,
    });
    cleanup.push(() => {
      client.disconnect();
      void io.close();
    });
    const socket = await connected;
    // Let Engine.IO finish writing the handshake: the fast lane only takes idle connections.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { io, socket, client };
  }

  it('delivers an event written straight to an idle WebSocket connection', async () => {
    const { io, socket, client } = await pair(['websocket']);
    const batches: unknown[] = [];
    client.on('events', (batch: unknown) => batches.push(batch));
    const big = { seq: 2, events: [{ type: 'x', text: 'é'.repeat(40_000) }] };
    for (const batch of [{ seq: 1, events: [] }, big]) {
      const frame = eventFrame(io.encoder, 'events', batch);
      expect(frame).not.toBeNull();
      expect(writeFrame(socket, frame as Buffer)).toBe(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(batches).toEqual([{ seq: 1, events: [] }, big]);
  });

  it('leaves long-polling connections and busy ones to Socket.IO', async () => {
    const polling = await pair(['polling']);
    const frame = eventFrame(polling.io.encoder, 'events', { seq: 1, events: [] }) as Buffer;
    expect(writeFrame(polling.socket, frame)).toBe(false);

    const busy = await pair(['websocket']);
    // Engine.IO has a write in flight right after an emit: the fast lane must wait its turn.
    busy.socket.emit('events', { seq: 1, events: [] });
    expect(writeFrame(busy.socket, frame)).toBe(false);
  });
});
