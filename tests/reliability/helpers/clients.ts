/** Typed clients and raw sockets for reliability tests (WebSocket only, fast reconnects). */
import { io, type Socket } from 'socket.io-client';
import { CommitteeClient, type Credential } from '@placard/shared/client';
import { PROTOCOL_VERSION, type Ack, type ProtocolError } from '@placard/shared/protocol';
import { until } from '../../integration/helpers/liveServer.ts';

export { until };

export interface Target {
  readonly url: string;
  readonly committeeId: string;
}

/** A CommitteeClient (the web app's client) that reconnects within 50–300 ms. */
export function client(target: Target, credential: Credential): CommitteeClient {
  return new CommitteeClient({
    url: target.url,
    committee: target.committeeId,
    credential,
    clockSamples: 1,
    socket: { transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 300 },
  });
}

/** Resolves once every client has a state (or rejects naming the first that has none). */
export async function allLive(
  clients: readonly CommitteeClient[],
  timeoutMs = 15_000,
): Promise<void> {
  await until(
    () => clients.every((c) => c.state !== null && c.status === 'live'),
    timeoutMs,
    `${clients.filter((c) => c.state === null || c.status !== 'live').length} clients live`,
  );
}

/** A raw Socket.IO socket (no typed client), so anything at all can be sent. */
export function rawSocket(
  target: Target,
  auth: Record<string, unknown> | undefined,
  options: { localAddress?: string } = {},
): Socket {
  return io(target.url, {
    ...(auth === undefined ? {} : { auth }),
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 5000,
    ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
  });
}

/** A raw socket's handshake auth for a committee. */
export const authFor = (
  target: Target,
  credential: { chairKey: string } | { seatToken: string } | null,
): Record<string, unknown> => ({
  protocol: PROTOCOL_VERSION,
  committee: target.committeeId,
  ...(credential ?? {}),
});

/** Connected, or the handshake's protocol error. */
export function handshake(
  socket: Socket,
): Promise<{ ok: true } | { ok: false; error: ProtocolError | null }> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ ok: true }));
    socket.once('connect_error', (error) => {
      const data = (error as Error & { data?: ProtocolError }).data;
      resolve({ ok: false, error: data ?? null });
    });
  });
}

/** Emits an event with an ack; resolves with the ack, or null when none came in `timeoutMs`. */
export function emitWithAck(
  socket: Socket,
  event: string,
  payload: unknown,
  timeoutMs = 5000,
): Promise<Ack | null> {
  return new Promise((resolve) => {
    socket.timeout(timeoutMs).emit(event, payload, (error: Error | null, ack: Ack) => {
      resolve(error ? null : ack);
    });
  });
}
