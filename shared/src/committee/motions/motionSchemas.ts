/**
 * The parameters of each motion as zod schemas (procedure.md §5), parsed at
 * the server's edge. Apart from motionKinds.ts (the precedence table and its
 * helpers) so that clients that only render motions do not load zod.
 */
import { z } from 'zod';

/** An id of something in the committee (motion, vote, speech, draft…), bounded for the wire. */
export const idSchema = z.string().min(1).max(60);
const text = z.string().trim().min(1).max(300);

/** A question put to a substantive vote: a draft resolution or an amendment, by id and title. */
export const subjectSchema = z.strictObject({ id: idSchema, title: text });
export type Subject = z.infer<typeof subjectSchema>;

const moderatedCaucus = z
  .strictObject({
    kind: z.literal('moderatedCaucus'),
    totalSeconds: z.int().min(60).max(7200),
    speakingSeconds: z.int().min(10).max(600),
    topic: text,
  })
  .refine((motion) => motion.speakingSeconds <= motion.totalSeconds, {
    message: 'the speaking time cannot be longer than the caucus',
    path: ['speakingSeconds'],
  });

/** What a motion asks for, with its parameters (one variant per kind of motion). */
export const motionSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('adjourn') }),
  z.strictObject({ kind: z.literal('suspend'), durationSeconds: z.int().min(60).max(86_400) }),
  z.strictObject({ kind: z.literal('postpone') }),
  z.strictObject({ kind: z.literal('setAgenda'), topicIndex: z.int().min(0).max(9) }),
  z.strictObject({ kind: z.literal('closeDebate') }),
  z.strictObject({ kind: z.literal('extendCaucus'), extraSeconds: z.int().min(30).max(3600) }),
  z.strictObject({
    kind: z.literal('unmoderatedCaucus'),
    totalSeconds: z.int().min(60).max(7200),
    purpose: text,
  }),
  moderatedCaucus,
  z.strictObject({ kind: z.literal('introduceDraft'), draft: subjectSchema }),
  z.strictObject({
    kind: z.literal('introduceAmendment'),
    amendment: subjectSchema,
    draftId: idSchema,
  }),
  z.strictObject({
    kind: z.literal('divideQuestion'),
    draftId: idSchema,
    parts: z.array(text).min(2).max(20),
  }),
  z.strictObject({ kind: z.literal('rollCallVote') }),
  z.strictObject({ kind: z.literal('reorderDrafts'), order: z.array(idSchema).min(2).max(50) }),
  z.strictObject({ kind: z.literal('setSpeakingTime'), seconds: z.int().min(10).max(1800) }),
  z.strictObject({
    kind: z.literal('speakersList'),
    action: z.enum(['open', 'close', 'reopen']),
  }),
  z.strictObject({ kind: z.literal('appeal'), rulingId: idSchema }),
]);
export type MotionSpec = z.infer<typeof motionSpecSchema>;
export type MotionKind = MotionSpec['kind'];
