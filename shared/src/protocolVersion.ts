/**
 * The protocol's version on its own, so protocolSchemas.ts can use it without importing
 * protocol.ts, which re-exports the schemas: that cycle made `node server/src/main.ts`
 * fail at start (`PROTOCOL_VERSION` read before its module ran).
 */

/**
 * Bumped on any incompatible change; the server refuses other versions at the handshake.
 * 2: a command travels typed, as `{ id, command: { type, payload } }`.
 */
export const PROTOCOL_VERSION = 2;
