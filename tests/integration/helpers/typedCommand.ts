/**
 * Commands built from data (a script's steps, a recorded session) typed by the
 * committee's own schema, and a raw way to send what the typed client cannot:
 * a malformed command, to see the server refuse it.
 */
import { io } from 'socket.io-client';
import { commandSchema, type Command } from '@placard/shared';
import { PROTOCOL_VERSION, type Ack } from '@placard/shared/protocol';

/** `{ type, payload }` parsed into a Command; a step the schema refuses fails the test loudly. */
export const typedCommand = (type: string, payload: unknown = {}): Command =>
  commandSchema.parse({ type, payload });

/** Send any envelope as the chair over a connection of its own; resolves with the ack. */
export async function rawChairCommand(
  target: { readonly url: string; readonly committeeId: string; readonly chairKey: string },
  envelope: unknown,
): Promise<Ack> {
  const socket = io(target.url, {
    auth: { protocol: PROTOCOL_VERSION, committee: target.committeeId, chairKey: target.chairKey },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  try {
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    return await new Promise<Ack>((resolve) => socket.emit('command', envelope, resolve));
  } finally {
    socket.close();
  }
}
