/**
 * The one place that reads Engine.IO's and ws's objects past their typed API,
 * for the observers' fast lane (observerWire.ts). Every step is checked at run
 * time against the shape the fast lane was written for (verified with
 * socket.io 4.8.4, engine.io 6.6.13, ws 8.23.0; engineAccess.test.ts fails when
 * that shape changes). A connection whose objects are not that shape is
 * "unsupported": the caller sends to it the ordinary Socket.IO way, and the
 * first such connection is reported once, so a Socket.IO or ws upgrade can make
 * the fast lane slower but can never make it send garbage.
 */
import type { Socket } from 'socket.io';

/** The TCP connection under a WebSocket, as far as the fast lane writes to it. */
export interface TcpConnection {
  write(chunk: Buffer): boolean;
}

/** What the fast lane found on one Socket.IO connection. */
export type EngineAccess =
  /** Idle on the WebSocket transport: a frame written to `tcp` keeps the connection's order. */
  | { readonly kind: 'idle'; readonly tcp: TcpConnection }
  /** The expected shape, but not idle now (long-polling, an upgrade, a write in flight, closing). */
  | { readonly kind: 'busy' }
  /** Not the shape the fast lane knows (another Socket.IO, Engine.IO or ws version). */
  | { readonly kind: 'unsupported'; readonly what: string };

/** How often each way was taken since the process started (the tests and the bench read it). */
export interface FastLaneCounts {
  idle: number;
  busy: number;
  unsupported: number;
}

const counts: FastLaneCounts = { idle: 0, busy: 0, unsupported: 0 };
let reported = false;

/** A copy of the counters. */
export function fastLaneCounts(): FastLaneCounts {
  return { ...counts };
}

const WEBSOCKET_OPEN = 1;
const busy: EngineAccess = { kind: 'busy' };

/** The value of `key` on `value` when it is an object that has it (own or inherited, e.g. a getter). */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  return Reflect.get(value, key) as unknown;
}

function isTcpConnection(value: unknown): value is TcpConnection & {
  readonly writable: unknown;
  readonly destroyed: unknown;
} {
  return (
    typeof value === 'object' &&
    value !== null &&
    'write' in value &&
    typeof value.write === 'function' &&
    'writable' in value &&
    'destroyed' in value
  );
}

/** Read a connection's state, without counting or reporting. */
export function inspectConnection(socket: Socket): EngineAccess {
  const conn: unknown = socket.conn;
  const readyState = field(conn, 'readyState');
  const writeBuffer = field(conn, 'writeBuffer');
  const upgrading = field(conn, 'upgrading');
  const transport = field(conn, 'transport');
  const name = field(transport, 'name');
  if (typeof readyState !== 'string') return unsupported('engine.io Socket.readyState');
  if (!Array.isArray(writeBuffer)) return unsupported('engine.io Socket.writeBuffer');
  if (typeof upgrading !== 'boolean') return unsupported('engine.io Socket.upgrading');
  if (typeof name !== 'string') return unsupported('engine.io Transport.name');
  if (readyState !== 'open' || upgrading || writeBuffer.length > 0 || name !== 'websocket') {
    return busy;
  }
  const writable = field(transport, 'writable');
  if (typeof writable !== 'boolean') return unsupported('engine.io Transport.writable');
  // Engine.IO's WebSocket transport keeps ws's WebSocket as `socket`, ws its net.Socket as `_socket`.
  const ws = field(transport, 'socket');
  const wsState = field(ws, 'readyState');
  const tcp = field(ws, '_socket');
  if (typeof wsState !== 'number') return unsupported('ws WebSocket.readyState');
  if (!writable || wsState !== WEBSOCKET_OPEN) return busy;
  if (!isTcpConnection(tcp)) return unsupported('ws WebSocket._socket');
  if (tcp.writable !== true || tcp.destroyed !== false) return busy;
  return { kind: 'idle', tcp };
}

function unsupported(what: string): EngineAccess {
  return { kind: 'unsupported', what };
}

/**
 * The connection's state for one write, counted; the first unsupported
 * connection is reported as a process warning (once: every later one is the same upgrade).
 */
export function engineAccess(socket: Socket): EngineAccess {
  const access = inspectConnection(socket);
  counts[access.kind] += 1;
  if (access.kind === 'unsupported' && !reported) {
    reported = true;
    process.emitWarning(
      `observer fast lane off for connections whose ${access.what} is not as expected; they get Socket.IO's emit`,
      { code: 'PLACARD_FAST_LANE_UNSUPPORTED' },
    );
  }
  return access;
}
