import type { CommitteeTemplate } from '@placard/shared';
import { generateSecret, hashSecret } from '../security/keys.ts';
import type { CommitteeRecord, CommitteeRepository } from '../storage/committees.ts';
import { chooseCommitteeId } from './committeeId.ts';

/** A committee just created, with its secrets: the only time they exist in plain. */
export interface ProvisionedCommittee {
  readonly committee: CommitteeRecord;
  readonly chairKey: string;
  /** One token per delegation with a seat: members, then invitees. */
  readonly seatTokens: readonly { readonly code: string; readonly token: string }[];
}

/** What a new committee is made from. */
export interface ProvisionRequest {
  /** Must be free when given; otherwise `preferredId`, `preferredId-2`, … */
  readonly id?: string | undefined;
  readonly preferredId: string;
  /** Already validated by committeeTemplateSchema. */
  readonly template: CommitteeTemplate;
  readonly now: number;
}

/**
 * Creates a committee with a fresh chair key and one seat token per delegation, storing
 * only their hashes. Throws CommitteeIdTakenError when the requested id is in use.
 */
export function provisionCommittee(
  committees: CommitteeRepository,
  request: ProvisionRequest,
): ProvisionedCommittee {
  const id = chooseCommitteeId(committees, request.id, request.preferredId);
  const chairKey = generateSecret();
  const delegations = [...request.template.members, ...request.template.invitees];
  const seatTokens = delegations.map(({ code }) => ({ code, token: generateSecret() }));
  const committee = committees.insert({
    id,
    template: request.template,
    chairKeyHash: hashSecret(chairKey),
    seats: seatTokens.map(({ code, token }) => ({ code, tokenHash: hashSecret(token) })),
    createdAt: request.now,
  });
  return { committee, chairKey, seatTokens };
}
