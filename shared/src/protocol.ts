/**
 * The wire protocol between Placard's server and its clients (chair console,
 * delegate phones, the public board, tests, third-party overlays). One file so
 * both sides agree; Socket.IO's typed event maps below use it on each side.
 * docs/PROTOCOL.md describes it for people.
 */
import { z } from 'zod';
import type { DomainErrorCode } from './actor.ts';
import type { CommitteeState, DomainEvent } from './index.ts';

/** Bumped on any incompatible change; the server refuses other versions at the handshake. */
export const PROTOCOL_VERSION = 1;

/** Largest inbound message the server accepts, in bytes of JSON. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

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

/** Who this connection is, fixed for its lifetime. */
export type ConnectionRole =
  | { readonly role: 'chair' }
  | { readonly role: 'seat'; readonly seat: string }
  | { readonly role: 'observer' };

/** A client's command: `id` makes retries idempotent (same id → first ack, nothing appended). */
export const commandEnvelopeSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a command id is 8–64 url-safe characters'),
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});
export type CommandEnvelope = z.infer<typeof commandEnvelopeSchema>;

export const syncRequestSchema = z.strictObject({
  lastSeq: z.int().min(0),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const clockRequestSchema = z.strictObject({
  sentAt: z.number().finite(),
});
export type ClockRequest = z.infer<typeof clockRequestSchema>;

/** Error codes on the wire: the domain's, plus the edge's own. */
export type ProtocolErrorCode =
  | DomainErrorCode
  /** credentials missing, wrong or revoked */
  | 'unauthorized'
  /** the message is larger than MAX_MESSAGE_BYTES */
  | 'too_large'
  /** this socket sends faster than its allowance */
  | 'rate_limited'
  /** the committee does not exist */
  | 'unknown_committee'
  /** the client speaks another PROTOCOL_VERSION */
  | 'protocol_version'
  /** the server failed; nothing was appended */
  | 'internal';

export interface ProtocolError {
  readonly code: ProtocolErrorCode;
  readonly message: string;
}

/** The one acknowledgement shape: the seq after the command was committed, or why not. */
export type Ack =
  | { readonly ok: true; readonly seq: number }
  | { readonly ok: false; readonly error: ProtocolError };

/** First message on a connection: who the server thinks you are. */
export interface Welcome {
  readonly protocol: number;
  readonly committee: string;
  readonly identity: ConnectionRole;
  readonly serverTime: number;
}

/**
 * Events appended since the previous batch, in order. `seq` is the seq of the
 * last event: the batch covers seqs `seq - events.length + 1` … `seq`.
 */
export interface EventBatch {
  readonly seq: number;
  readonly events: readonly DomainEvent[];
}

/** The whole (projected) state at `seq`: sent on join and when a client is too far behind. */
export interface Snapshot {
  readonly seq: number;
  readonly state: CommitteeState;
}

export interface ClockReply {
  readonly sentAt: number;
  readonly serverTime: number;
}

/** Messages the server sends. */
export interface ServerToClientEvents {
  welcome: (welcome: Welcome) => void;
  events: (batch: EventBatch) => void;
  snapshot: (snapshot: Snapshot) => void;
  /** Sent before the server closes the connection on purpose (revoked seat, shutdown). */
  closing: (reason: ProtocolError) => void;
}

/** Messages a client sends; each takes an acknowledgement callback. */
export interface ClientToServerEvents {
  command: (envelope: CommandEnvelope, ack: (ack: Ack) => void) => void;
  sync: (request: SyncRequest, ack: (ack: Ack) => void) => void;
  clock: (request: ClockRequest, ack: (reply: ClockReply | Ack) => void) => void;
}
