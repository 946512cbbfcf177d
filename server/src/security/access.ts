import type { CommitteeRepository } from '../storage/committees.ts';
import { UnknownCommitteeError } from '../storage/errors.ts';
import { generateSecret, hashSecret, hashesEqual, normalizeSecret } from './keys.ts';

/** A credential as presented at a socket handshake (at most one of the two). */
export interface Credential {
  readonly chairKey?: string | undefined;
  readonly seatToken?: string | undefined;
}

/** Who a valid credential belongs to. */
export type ResolvedRole =
  { readonly role: 'chair' } | { readonly role: 'seat'; readonly seat: string };

/** What a reissue asks for: a new chair key, and new tokens for some or all seats. */
export interface ReissueRequest {
  readonly chair?: boolean | undefined;
  readonly seats?: readonly string[] | 'all' | undefined;
}

/** Freshly minted secrets: shown once, never stored in plain. */
export interface IssuedKeys {
  readonly chairKey?: string;
  readonly seatTokens: readonly { readonly code: string; readonly token: string }[];
}

/** A change after which connections using an old credential must be dropped. */
export type AccessChange =
  | { readonly kind: 'chair-reissued'; readonly committeeId: string }
  | {
      readonly kind: 'seat-reissued' | 'seat-revoked';
      readonly committeeId: string;
      readonly seat: string;
    };

/** Seat codes in a reissue or revoke that the committee does not have. */
export class UnknownSeatError extends Error {
  readonly codes: readonly string[];
  constructor(codes: readonly string[]) {
    super(`no such seat: ${codes.join(', ')}`);
    this.name = 'UnknownSeatError';
    this.codes = codes;
  }
}

/** Chair keys and seat tokens of every committee: checking, minting and revoking them. */
export interface CommitteeAccess {
  /** The role a credential grants on a committee, or null (wrong, revoked, both or none given). */
  resolveCredential(committeeId: string, credential: Credential): ResolvedRole | null;
  /** Mints new secrets (old ones stop working at once); throws UnknownSeatError or UnknownCommitteeError. */
  reissue(committeeId: string, request: ReissueRequest, now: number): IssuedKeys;
  /** Revokes a seat's token; false when the committee has no such seat. */
  revokeSeat(committeeId: string, seat: string, now: number): boolean;
  /** Calls `listener` after each reissue or revocation; returns the unsubscribe function. */
  onChange(listener: (change: AccessChange) => void): () => void;
}

/** Builds the access service over the committee repository. */
export function createCommitteeAccess(committees: CommitteeRepository): CommitteeAccess {
  const listeners = new Set<(change: AccessChange) => void>();
  const emit = (change: AccessChange): void => {
    for (const listener of listeners) listener(change);
  };

  return {
    resolveCredential(committeeId, { chairKey, seatToken }) {
      if ((chairKey === undefined) === (seatToken === undefined)) return null;
      if (chairKey !== undefined) {
        const stored = committees.chairKeyHash(committeeId);
        const candidate = hashSecret(normalizeSecret(chairKey));
        return stored !== null && hashesEqual(candidate, stored) ? { role: 'chair' } : null;
      }
      const candidate = hashSecret(normalizeSecret(seatToken ?? ''));
      // Every seat is compared (no early exit), so timing says nothing about which matched.
      let seat: string | null = null;
      for (const record of committees.seats(committeeId)) {
        if (hashesEqual(candidate, record.tokenHash) && record.revokedAt === null)
          seat = record.code;
      }
      return seat === null ? null : { role: 'seat', seat };
    },

    reissue(committeeId, request, now) {
      if (!committees.exists(committeeId)) throw new UnknownCommitteeError(committeeId);
      const known = committees.seats(committeeId).map((seat) => seat.code);
      const wanted = request.seats === 'all' ? known : [...new Set(request.seats ?? [])];
      const unknown = wanted.filter((code) => !known.includes(code));
      if (unknown.length > 0) throw new UnknownSeatError(unknown);
      const chairKey = request.chair === true ? generateSecret() : undefined;
      const seatTokens = wanted.map((code) => ({ code, token: generateSecret() }));
      committees.replaceKeys(
        committeeId,
        {
          chairKeyHash: chairKey === undefined ? undefined : hashSecret(chairKey),
          seats: seatTokens.map(({ code, token }) => ({ code, tokenHash: hashSecret(token) })),
        },
        now,
      );
      // Announced after commit, so listeners drop connections only for a change that stuck.
      if (chairKey !== undefined) emit({ kind: 'chair-reissued', committeeId });
      for (const { code } of seatTokens) emit({ kind: 'seat-reissued', committeeId, seat: code });
      return chairKey === undefined ? { seatTokens } : { chairKey, seatTokens };
    },

    revokeSeat(committeeId, seat, now) {
      const revoked = committees.revokeSeat(committeeId, seat, now);
      if (revoked) emit({ kind: 'seat-revoked', committeeId, seat });
      return revoked;
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
