/**
 * The throw-away copy a chair rehearses on: a new committee with the live
 * one's template (roster, rules, briefing), its own id and keys, marked as a
 * rehearsal by its id and name. Nothing of the live committee is read but its
 * template, and nothing is written to it.
 */
import { provisionCommittee, type ProvisionedCommittee } from '../committees/provision.ts';
import type { CommitteeRecord, CommitteeRepository } from '../storage/committees.ts';

/** Every rehearsal committee's id starts with this. */
export const REHEARSAL_PREFIX = 'rehearsal-';

/** Whether a committee is a rehearsal copy (by its id). */
export const isRehearsal = (committeeId: string): boolean =>
  committeeId.startsWith(REHEARSAL_PREFIX);

/** Creates the copy: `rehearsal-<live id>` (then `-2`, `-3`…), named "… (rehearsal)". */
export function provisionRehearsal(
  committees: CommitteeRepository,
  live: CommitteeRecord,
  now: number,
): ProvisionedCommittee {
  const base = isRehearsal(live.id) ? live.id : `${REHEARSAL_PREFIX}${live.id}`;
  const name = live.template.name.endsWith(' (rehearsal)')
    ? live.template.name
    : `${live.template.name.slice(0, 188)} (rehearsal)`;
  return provisionCommittee(committees, {
    // Room for the "-N" suffix within the 48 characters an id may have.
    preferredId: base.slice(0, 40).replace(/-+$/, ''),
    template: { ...live.template, name },
    now,
  });
}

/** The seat tokens of a provisioned committee, by delegation code. */
export const seatTokensOf = (committee: ProvisionedCommittee): Record<string, string> =>
  Object.fromEntries(committee.seatTokens.map(({ code, token }) => [code, token]));
