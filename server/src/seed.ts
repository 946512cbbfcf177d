import type { ProvisionedCommittee } from './committees/provision.ts';
import { provisionCommittee } from './committees/provision.ts';
import type { CommitteeRepository } from './storage/committees.ts';
import { committeeTemplates, defaultTemplateName } from './templates/index.ts';

/**
 * On a database without committees, creates the default one (the Security Council of
 * 2026 on drug cartels) and returns it with its secrets to print once; otherwise null,
 * so a restart creates nothing.
 */
export function seedDefaultCommittee(
  committees: CommitteeRepository,
  now: number,
): ProvisionedCommittee | null {
  if (committees.count() > 0) return null;
  const { committeeId, template } = committeeTemplates[defaultTemplateName];
  return provisionCommittee(committees, { preferredId: committeeId, template, now });
}
