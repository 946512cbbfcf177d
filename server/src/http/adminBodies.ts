import {
  committeeTemplateSchema,
  delegationCodeSchema,
  rulesProfileSchema,
  type CommitteeTemplate,
} from '@placard/shared';
import { committeeIdSchema } from '@placard/shared/protocol';
import { z } from 'zod';
import { slugify } from '../committees/committeeId.ts';
import { committeeTemplates, templateNames } from '../templates/index.ts';

/** `{ template, id?, name?, rules? }`: a committee from a template kept in the project. */
export const fromTemplateBodySchema = z.strictObject({
  template: z.enum(templateNames),
  id: committeeIdSchema.optional(),
  name: z.string().min(1).max(200).optional(),
  rules: rulesProfileSchema.optional(),
});

/** The `id` a custom committee body may carry next to the template fields. */
const customIdSchema = z.looseObject({ id: committeeIdSchema.optional() });

/** A parsed create request: which id was asked for and the template to create from. */
export type CreateCommitteeBody =
  | { readonly kind: 'template'; readonly body: z.infer<typeof fromTemplateBodySchema> }
  | {
      readonly kind: 'custom';
      readonly id: string | undefined;
      readonly template: z.infer<typeof committeeTemplateSchema>;
    };

/**
 * Parses `POST /api/admin/committees`: a body with `template` names a kept template;
 * any other is a full custom committee (`committeeTemplateSchema` plus an optional id).
 */
export function parseCreateCommitteeBody(
  body: unknown,
): { success: true; data: CreateCommitteeBody } | { success: false; error: z.ZodError } {
  if (typeof body === 'object' && body !== null && 'template' in body) {
    const parsed = fromTemplateBodySchema.safeParse(body);
    return parsed.success
      ? { success: true, data: { kind: 'template', body: parsed.data } }
      : parsed;
  }
  const envelope = customIdSchema.safeParse(body);
  if (!envelope.success) return envelope;
  const { id, ...rest } = envelope.data;
  const template = committeeTemplateSchema.safeParse(rest);
  return template.success
    ? { success: true, data: { kind: 'custom', id, template: template.data } }
    : template;
}

/** The committee a parsed create request describes: requested id, fallback id and template. */
export function committeeToCreate(request: CreateCommitteeBody): {
  id: string | undefined;
  preferredId: string;
  template: CommitteeTemplate;
} {
  if (request.kind === 'custom') {
    const { id, template } = request;
    return { id, preferredId: slugify(template.name), template };
  }
  const { body } = request;
  const named = committeeTemplates[body.template];
  return {
    id: body.id,
    preferredId: named.committeeId,
    template: {
      ...named.template,
      name: body.name ?? named.template.name,
      rules: body.rules ?? named.template.rules,
    },
  };
}

/** `POST …/keys/reissue`: a new chair key and/or new seat tokens (some or all). */
export const reissueBodySchema = z
  .strictObject({
    chair: z.boolean().optional(),
    seats: z.union([z.literal('all'), z.array(delegationCodeSchema).max(100)]).optional(),
  })
  .refine((body) => body.chair === true || body.seats !== undefined, {
    message: 'ask for a new chair key ("chair": true) and/or seat tokens ("seats": [...] or "all")',
  });

/** `?qr=svg` adds an SVG QR code to every link in a response. */
export const linksQuerySchema = z.strictObject({ qr: z.literal('svg').optional() });
