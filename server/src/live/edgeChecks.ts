/** Small helpers of the socket edge: refusals, handshake errors and the size limit. */
import { MAX_MESSAGE_BYTES, type Ack, type ProtocolError } from '@placard/shared/protocol';

/** A refusing ack. */
export const refusal = (code: ProtocolError['code'], message: string): Ack => ({
  ok: false,
  error: { code, message },
});

/** A connect error whose `data` carries a typed protocol error to the client. */
export function handshakeError(
  code: ProtocolError['code'],
  message: string,
): Error & { data: ProtocolError } {
  return Object.assign(new Error(message), { data: { code, message } });
}

/** Size of an inbound message as JSON; over the limit (or unserialisable) counts as too large. */
export function tooLarge(value: unknown): boolean {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? false : Buffer.byteLength(json) > MAX_MESSAGE_BYTES;
  } catch {
    return true;
  }
}
