import type { CommitteeTemplate } from '@placard/shared';
import { securityCouncil2026 } from './securityCouncil2026.ts';

/** A template the admin API can create committees from, by name. */
export interface NamedTemplate {
  /** Id a committee made from it gets when none is asked for (then `-2`, `-3`, …). */
  readonly committeeId: string;
  readonly template: CommitteeTemplate;
}

/** Names of the templates kept in the project, as the admin API takes them. */
export const templateNames = ['security-council-2026'] as const;

/** A name of a template in `committeeTemplates`. */
export type TemplateName = (typeof templateNames)[number];

/** The templates kept in the project, by name. */
export const committeeTemplates: Readonly<Record<TemplateName, NamedTemplate>> = {
  'security-council-2026': { committeeId: 'unsc', template: securityCouncil2026 },
};

/** The template the server seeds an empty database with. */
export const defaultTemplateName: TemplateName = 'security-council-2026';
