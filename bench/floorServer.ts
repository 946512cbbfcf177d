/**
 * The floor on this machine: the least a server can do per observer per
 * broadcast. A bare HTTP server accepts the WebSocket upgrade itself, answers
 * the light probes' Engine.IO / Socket.IO handshake just enough for them to
 * count as connected, and then broadcasts by writing one prepared frame per
 * connection (`socket.write`), nothing else: no Socket.IO, no Engine.IO, no
 * ws. Its CPU per recipient is what the kernel's loopback TCP send and Node's
 * stream write cost here, the reference for "plain ws level".
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { websocketTextFrame } from '../server/src/live/observerWire.ts';
import { nowMs, sleep } from './lib/time.ts';
import { serve } from './lib/worker.ts';
import { serverHandlers } from './lib/serverControl.ts';

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC11B65';
const text = (payload: string): Buffer => websocketTextFrame(Buffer.from(payload));

const sockets = new Set<Socket>();
const http = createServer((_request, response) => response.writeHead(404).end());
http.on('upgrade', (request, socket: Socket) => {
  const key = request.headers['sec-websocket-key'];
  if (typeof key !== 'string') {
    socket.destroy();
    return;
  }
  const accept = createHash('sha1')
    .update(key + WEBSOCKET_GUID)
    .digest('base64');
  socket.setNoDelay(true);
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  // Engine.IO open; the probe answers with its Socket.IO CONNECT, which gets the snapshot.
  socket.write(text('0{"sid":"floor","upgrades":[],"pingInterval":60000,"pingTimeout":60000}'));
  socket.once('data', () => {
    socket.write(text('40{"sid":"floor"}'));
    socket.write(text('42["snapshot",{"seq":0,"state":{}}]'));
    sockets.add(socket);
  });
  socket.on('close', () => sockets.delete(socket));
  socket.on('error', () => socket.destroy());
});

await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const { port } = http.address() as AddressInfo;

let seq = 0;
serve(
  {
    ...serverHandlers(),
    /** Broadcast `count` batches, one every `intervalMs`; returns the seqs and when each left. */
    async broadcast(input) {
      const count = Number(input['count']);
      const intervalMs = Number(input['intervalMs']);
      const sent: { seq: number; intended: number }[] = [];
      const t0 = nowMs() + 20;
      for (let i = 0; i < count; i++) {
        const intended = t0 + i * intervalMs;
        await sleep(intended - nowMs());
        seq += 1;
        const frame = text(
          `42["events",{"seq":${seq},"events":[{"type":"speakersList.added","delegation":"FRA"}]}]`,
        );
        for (const socket of sockets) socket.write(frame);
        sent.push({ seq, intended });
      }
      return sent;
    },
    seq: () => seq,
  },
  {
    url: `http://127.0.0.1:${port}`,
    committee: 'floor',
    chairKey: '',
    seatTokens: {},
    members: [],
    loadMs: 0,
    seq: 0,
    bootMs: nowMs() - performance.timeOrigin,
  },
  () => {
    for (const socket of sockets) socket.destroy();
    http.close();
  },
);
