/**
 * The Socket.IO server of the live protocol and what each of its sockets carries:
 * the committee and role fixed at the handshake, and the socket's rate allowance.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Audience } from '@placard/shared';
import {
  MAX_MESSAGE_BYTES,
  type ClientToServerEvents,
  type ConnectionRole,
  type ServerToClientEvents,
} from '@placard/shared/protocol';
import type { InterServerEvents, PlacardServer } from './broadcaster.ts';
import type { TokenBucket } from './rateLimit.ts';

/** Fixed at the handshake for the socket's lifetime. */
export interface SocketData {
  committee: string;
  identity: ConnectionRole;
  bucket: TokenBucket;
}

/** A socket of the live protocol. */
export type PlacardSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** Whose projection of the committee a connection gets. */
export const audienceOf = (identity: ConnectionRole): Audience =>
  identity.role === 'seat'
    ? { kind: 'seat', seat: identity.seat }
    : identity.role === 'chair'
      ? { kind: 'chair' }
      : { kind: 'public' };

/** The Socket.IO server for the live protocol, on the app's HTTP server. */
export function createSocketServer(httpServer: HttpServer): PlacardServer {
  return new Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>(
    httpServer,
    {
      serveClient: false,
      // a hard cap well above MAX_MESSAGE_BYTES: below it we answer `too_large` ourselves
      maxHttpBufferSize: 4 * MAX_MESSAGE_BYTES,
      perMessageDeflate: false,
      pingInterval: 10_000,
      pingTimeout: 10_000,
    },
  );
}
