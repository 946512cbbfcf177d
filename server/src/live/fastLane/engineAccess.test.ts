/**
 * The fast lane's contract with the installed Socket.IO, Engine.IO and ws
 * (verified with socket.io 4.8.4, engine.io 6.6.13, ws 8.23.0). This file fails
 * when their internals change: the adapter must find an idle WebSocket
 * connection and take the fast path (counted), and what it writes must reach a
 * client as the very packet stock `emit` sends.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Server, type Socket } from 'socket.io';
import { io as connect } from 'socket.io-client';
import { eventFrame, writeFrame } from '../observerWire.ts';
import { engineAccess, fastLaneCounts, inspectConnection } from './engineAccess.ts';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

async function listen(): Promise<{ io: Server; port: number }> {
  const http = createServer();
  const io = new Server(http, { perMessageDeflate: false });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => void io.close());
  return { io, port: (http.address() as AddressInfo).port };
}

/** Wait until Engine.IO has nothing of its own in flight on the connection. */
async function idle(socket: Socket): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (inspectConnection(socket).kind === 'idle') return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`connection never idle: ${JSON.stringify(inspectConnection(socket))}`);
}

/** A plain WebSocket client speaking Engine.IO v4 / Socket.IO v5 by hand: it sees the packets as sent. */
async function rawClient(io: Server, port: number) {
  const connected = new Promise<Socket>((resolve) => io.once('connection', resolve));
  const ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`);
  const messages: unknown[] = [];
  let arrived: () => void = () => undefined;
  ws.addEventListener('message', ({ data }) => {
    // "0": Engine.IO's open packet; answer with Socket.IO's CONNECT to the default namespace.
    if (typeof data === 'string' && data.startsWith('0')) ws.send('40');
    else messages.push(data);
    arrived();
  });
  cleanup.push(() => ws.close());
  const socket = await connected;
  const next = () => new Promise<unknown>((resolve) => (arrived = () => resolve(messages.at(-1))));
  return { socket, messages, next };
}

const batch = {
  seq: 7,
  events: [{ type: 'vote.cast', seat: 'FRA', text: 'é "quoted" \\ \u2028'.repeat(5_000) }],
};

describe('observer fast lane: the installed Socket.IO, Engine.IO and ws', () => {
  it('finds an idle WebSocket connection and takes the fast path', async () => {
    const { io, port } = await listen();
    const { socket } = await rawClient(io, port);
    await idle(socket);
    const before = fastLaneCounts();
    expect(
      writeFrame(socket, eventFrame(io.encoder, 'events', { seq: 1, events: [] }) as Buffer),
    ).toBe(true);
    expect(fastLaneCounts()).toEqual({ ...before, idle: before.idle + 1 });
  });

  it('writes the very packet that stock emit sends, as a client sees it', async () => {
    const { io, port } = await listen();
    const { socket, messages, next } = await rawClient(io, port);
    await next(); // the CONNECT answer
    await idle(socket);
    const stock = next();
    socket.emit('events', batch);
    const stockPacket = await stock;
    await idle(socket);
    const fast = next();
    expect(writeFrame(socket, eventFrame(io.encoder, 'events', batch) as Buffer)).toBe(true);
    const fastPacket = await fast;
    expect(typeof stockPacket).toBe('string');
    expect(fastPacket).toBe(stockPacket);
    expect(messages).toHaveLength(3);
  });

  it('reaches socket.io-client as the same event and data as emit', async () => {
    const { io, port } = await listen();
    const connected = new Promise<Socket>((resolve) => io.once('connection', resolve));
    const client = connect(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    cleanup.push(() => client.disconnect());
    const socket = await connected;
    const received: unknown[] = [];
    const arrived = (count: number) =>
      new Promise<void>((resolve) => {
        client.on('events', (data: unknown) => {
          received.push(data);
          if (received.length === count) resolve();
        });
      });
    const both = arrived(2);
    await idle(socket);
    socket.emit('events', batch);
    await idle(socket);
    expect(writeFrame(socket, eventFrame(io.encoder, 'events', batch) as Buffer)).toBe(true);
    await both;
    expect(received[1]).toEqual(received[0]);
    expect(received[0]).toEqual(batch);
  });

  it('leaves a connection whose internals are not as expected to emit, and says so once', async () => {
    const { io, port } = await listen();
    const { socket } = await rawClient(io, port);
    await idle(socket);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    cleanup.push(() => process.off('warning', onWarning));
    // Stand in for an Engine.IO release that keeps its WebSocket elsewhere.
    const transport: unknown = socket.conn.transport;
    const ws: unknown = Reflect.get(Object(transport), 'socket');
    Reflect.set(Object(transport), 'socket', {});
    try {
      const frame = eventFrame(io.encoder, 'events', batch) as Buffer;
      expect(engineAccess(socket)).toEqual({
        kind: 'unsupported',
        what: 'ws WebSocket.readyState',
      });
      expect(writeFrame(socket, frame)).toBe(false);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((m) => m.includes('observer fast lane off'))).toHaveLength(1);
    } finally {
      Reflect.set(Object(transport), 'socket', ws);
    }
    expect(inspectConnection(socket).kind).toBe('idle');
  });
});
