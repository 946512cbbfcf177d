/**
 * The wire protocol between Placard's server and its clients (chair console,
 * delegate phones, the public board, tests, third-party overlays). One file so
 * both sides agree; Socket.IO's typed event maps below use it on each side.
 * docs/PROTOCOL.md describes it for people.
 */
import type { DomainErrorCode } from './actor.ts';
import type { CommitteeState, DomainEvent } from './index.ts';
import type { ClockRequest, CommandEnvelope, SyncRequest } from './protocolSchemas.ts';

export { PROTOCOL_VERSION } from './protocolVersion.ts';

/** Largest inbound message the server accepts, in bytes of JSON. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/** Who this connection is, fixed for its lifetime. */
export type ConnectionRole =
  | { readonly role: 'chair' }
  | { readonly role: 'seat'; readonly seat: string }
  | { readonly role: 'observer' };

export {
  clockRequestSchema,
  commandEnvelopeSchema,
  committeeIdSchema,
  describeZodError,
  handshakeSchema,
  syncRequestSchema,
} from './protocolSchemas.ts';
export type { ClockRequest, CommandEnvelope, Handshake, SyncRequest } from './protocolSchemas.ts';

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
