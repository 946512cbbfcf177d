/**
 * The zod schemas of the wire protocol's inbound messages, parsed at the
 * server's edge. Apart from protocol.ts (which re-exports them) so that a
 * client that only needs the types and constants does not load zod (or the
 * committee's command schemas).
 */
import { z } from 'zod';
import { commandSchema } from './committee/index.ts';
import { PROTOCOL_VERSION } from './protocolVersion.ts';

export const committeeIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'a committee id is 1–48 lowercase letters, digits or dashes');

/** Secrets are long random base64url strings; anything else is rejected before hashing. */
const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'malformed credential');

/**
 * Socket.IO handshake `auth`: the committee and at most one credential.
 * No credential means an observer: it can read the public board and send nothing.
 */
export const handshakeSchema = z.strictObject({
  protocol: z.literal(PROTOCOL_VERSION),
  committee: committeeIdSchema,
  chairKey: secretSchema.optional(),
  seatToken: secretSchema.optional(),
  /** The seq of the state this client already holds (reconnects): the server sends only what is missing. */
  lastSeq: z.int().min(0).optional(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

/**
 * A client's command: `id` makes retries idempotent (same id → first ack, nothing
 * appended); `command` is one of the committee's typed commands, parsed here once.
 */
export const commandEnvelopeSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a command id is 8–64 url-safe characters'),
  command: commandSchema,
});
export type CommandEnvelope = z.infer<typeof commandEnvelopeSchema>;

/** One readable sentence naming the first offending field, for `invalid` errors. */
export function describeZodError(error: z.ZodError, under: readonly string[] = []): string {
  const issue = error.issues[0];
  if (!issue) return 'the message is not valid';
  const path = [...under, ...issue.path.map(String)].join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export const syncRequestSchema = z.strictObject({
  lastSeq: z.int().min(0),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const clockRequestSchema = z.strictObject({
  sentAt: z.number().finite(),
});
export type ClockRequest = z.infer<typeof clockRequestSchema>;
