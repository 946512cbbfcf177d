import { z } from 'zod';
import { defaultRulesProfile } from './rulesDefaults.ts';
import { rulesProfileSchema } from './rulesProfile.ts';

/** ISO 3166-1 alpha-3 code (or a short custom code for non-state seats), the key of a delegation. */
export const delegationCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,7}$/, 'a delegation code is 2–8 capital letters or digits, e.g. "MEX"');

/** A delegation on the roster: a Council member (P5 or elected) or a state invited without vote. */
export const delegationSchema = z.strictObject({
  code: delegationCodeSchema,
  /** Official name, used for the English alphabetical order of roll calls. */
  name: z.string().min(1).max(120),
  /** Short name for tiles and lists ("United Kingdom"). */
  shortName: z.string().min(1).max(60),
});
export type Delegation = z.infer<typeof delegationSchema>;

export const memberSchema = delegationSchema.extend({ p5: z.boolean() });
export type Member = z.infer<typeof memberSchema>;

/** One P5 member's position in the briefing, with its key actions. */
export const positionSchema = z.strictObject({
  code: delegationCodeSchema,
  summary: z.string().min(1).max(4000),
  keyActions: z.array(z.string().min(1).max(1000)).max(20),
});

export const briefingSchema = z.strictObject({
  topic: z.string().min(1).max(300),
  overview: z.array(z.string().min(1).max(4000)).max(20),
  positions: z.array(positionSchema).max(20),
  links: z.array(z.strictObject({ title: z.string().min(1).max(200), url: z.url() })).max(50),
});
export type Briefing = z.infer<typeof briefingSchema>;

/**
 * What a committee starts from: its name, topic, roster and rules profile.
 * `initialState(template)` turns it into the state before any event.
 */
export const committeeTemplateSchema = z
  .strictObject({
    name: z.string().min(1).max(200),
    /** Agenda topics in order; the first is the one under debate by default. */
    agenda: z.array(z.string().min(1).max(300)).min(1).max(10),
    members: z.array(memberSchema).min(1).max(50),
    /** States invited to participate without vote (Charter Arts. 31–32). */
    invitees: z.array(delegationSchema).max(50).default([]),
    rules: rulesProfileSchema.default(defaultRulesProfile),
    briefing: briefingSchema.optional(),
  })
  .superRefine((template, issues) => {
    const seen = new Set<string>();
    for (const [index, delegation] of [...template.members, ...template.invitees].entries()) {
      if (seen.has(delegation.code)) {
        issues.addIssue({
          code: 'custom',
          path: [index < template.members.length ? 'members' : 'invitees'],
          message: `delegation ${delegation.code} appears twice on the roster`,
        });
      }
      seen.add(delegation.code);
    }
  });

export type CommitteeTemplate = z.infer<typeof committeeTemplateSchema>;
export type CommitteeTemplateInput = z.input<typeof committeeTemplateSchema>;
