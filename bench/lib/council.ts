/** The committee a bench server serves (Placard's and the naive baseline alike). */
import {
  provisionCommittee,
  securityCouncil2026,
  type CommitteeRepository,
} from '../../server/src/index.ts';
import type { ServerParams } from './serverControl.ts';

/** Its id and credentials: the 2026 Council provisioned fresh, or the one already in `dbPath`. */
export function benchCommittee(
  committees: CommitteeRepository,
  options: ServerParams,
  now: number,
): { committee: string; chairKey: string; seatTokens: Record<string, string> } {
  // An existing database (the cold start) is served as it is: observers need no credentials.
  if (options.dbPath !== undefined) {
    return { committee: options.committee ?? 'unsc', chairKey: '', seatTokens: {} };
  }
  const made = provisionCommittee(committees, {
    id: 'unsc',
    preferredId: 'unsc',
    template: securityCouncil2026,
    now,
  });
  return {
    committee: made.committee.id,
    chairKey: made.chairKey,
    seatTokens: Object.fromEntries(made.seatTokens.map(({ code, token }) => [code, token])),
  };
}
