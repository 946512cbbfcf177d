/**
 * The observers' fast lane. A batch for the board is encoded once per flush
 * into the very bytes the wire carries (a Socket.IO EVENT packet, inside an
 * Engine.IO message, inside one unmasked WebSocket text frame) and written
 * straight to each observer's TCP socket. That skips Engine.IO's per-packet
 * bookkeeping (write buffer, flush and drain events, a write callback per
 * socket), which costs as much server CPU per observer as the write itself.
 *
 * Only a connection that is plainly idle on the WebSocket transport takes the
 * fast lane: open, nothing queued in Engine.IO, no write of Engine.IO's still
 * in flight, the WebSocket open. Anything else (long-polling, an upgrade in
 * progress, a ping being written, a closing socket, a Socket.IO or ws version
 * whose internals differ) goes the ordinary Socket.IO way, so the order of the
 * messages on a connection never changes. Only fastLane/engineAccess.ts reads
 * those internals, each step checked against the shape it expects.
 */
import type { Server, Socket } from 'socket.io';
import { engineAccess } from './fastLane/engineAccess.ts';

/** One unmasked, final WebSocket text frame (RFC 6455 §5.2: server frames are not masked). */
export function websocketTextFrame(payload: Buffer): Buffer {
  const length = payload.length;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81; // FIN + opcode 1 (text)
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  payload.copy(frame, headerLength);
  return frame;
}

/**
 * The WebSocket frame that carries `emit(event, data)` on the default namespace,
 * encoded by the server's own Socket.IO encoder; null when it needs more than one
 * frame (binary attachments), which the fast lane does not handle.
 */
export function eventFrame(
  encoder: Server['encoder'],
  event: string,
  data: unknown,
): Buffer | null {
  // Type 2: a Socket.IO EVENT packet.
  const packets: unknown[] = encoder.encode({ type: 2, nsp: '/', data: [event, data] });
  const [packet] = packets;
  if (packets.length !== 1 || typeof packet !== 'string') return null;
  // "4": the Engine.IO message packet that carries a Socket.IO packet.
  return websocketTextFrame(Buffer.from(`4${packet}`, 'utf8'));
}

/**
 * Write a prepared frame straight to the socket's TCP connection when that keeps
 * the connection's message order; false when the caller must emit the usual way
 * (a busy connection, or Socket.IO internals not as engineAccess.ts expects).
 */
export function writeFrame(socket: Socket, frame: Buffer): boolean {
  const access = engineAccess(socket);
  if (access.kind !== 'idle') return false;
  access.tcp.write(frame);
  return true;
}
