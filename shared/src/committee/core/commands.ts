/**
 * Every command a committee accepts, as a zod schema: the server parses each
 * inbound `{ type, payload }` with `commandSchema` before `decide` sees it.
 * Where a command concerns a delegation, `delegation` is optional: a seat acts
 * for itself (naming another delegation is forbidden), the chair must name it.
 */
import { z } from 'zod';
import { delegationCodeSchema } from '../../template.ts';
import {
  amendmentChangeInputSchema,
  draftContentInputSchema,
  draftTitleSchema,
} from '../drafts/draftSchemas.ts';
import { idSchema, motionSpecSchema, subjectSchema } from '../motions/motionSchemas.ts';

const command = <T extends string, S extends z.core.$ZodLooseShape>(type: T, payload: S) =>
  z.strictObject({ type: z.literal(type), payload: z.strictObject(payload) });

const actingFor = { delegation: delegationCodeSchema.optional() };
const none = {};

/** Parses an unknown `{ type, payload }` into a `Command`; unknown types and extra keys fail. */
export const commandSchema = z.discriminatedUnion('type', [
  // The meeting
  command('session.open', none),
  command('session.resume', none),
  // Attendance
  command('attendance.startRollCall', none),
  command('attendance.record', {
    ...actingFor,
    status: z.enum(['present', 'presentAndVoting', 'absent']),
  }),
  command('attendance.closeRollCall', none),
  // General Speakers' List
  command('gsl.open', none),
  command('gsl.add', actingFor),
  command('gsl.remove', actingFor),
  command('gsl.move', { delegation: delegationCodeSchema, position: z.int().min(0).max(99) }),
  command('gsl.next', none),
  // The speaker
  z.strictObject({
    type: z.literal('speech.yield'),
    payload: z.discriminatedUnion('to', [
      z.strictObject({ to: z.literal('chair') }),
      z.strictObject({ to: z.literal('delegation'), recipient: delegationCodeSchema }),
      z.strictObject({ to: z.literal('questions') }),
    ]),
  }),
  command('speech.end', none),
  command('speech.answer', none),
  command('comment.recognise', { delegation: delegationCodeSchema }),
  // Clocks
  command('timer.pause', { timer: z.enum(['speaker', 'caucus']) }),
  command('timer.resume', { timer: z.enum(['speaker', 'caucus']) }),
  command('timer.reset', none),
  command('timer.expire', none),
  // Motions
  command('motion.move', { ...actingFor, motion: motionSpecSchema }),
  command('motion.second', { ...actingFor, motionId: idSchema }),
  command('motion.withdraw', { ...actingFor, motionId: idSchema }),
  command('motion.rule', {
    motionId: idSchema,
    ruling: z.enum(['dilatory', 'granted', 'refused']),
  }),
  command('motion.putToVote', none),
  // Moderated caucus
  command('placard.raise', actingFor),
  command('placard.lower', actingFor),
  command('caucus.recognise', { delegation: delegationCodeSchema }),
  command('caucus.end', none),
  // Points
  command('point.raise', {
    ...actingFor,
    kind: z.enum(['personalPrivilege', 'order', 'parliamentaryInquiry', 'information']),
    text: z.string().max(500).optional(),
  }),
  command('point.withdraw', { ...actingFor, pointId: idSchema }),
  command('point.recognise', { pointId: idSchema }),
  command('point.resolve', {
    pointId: idSchema,
    ruling: z.enum(['wellTaken', 'notWellTaken']).optional(),
  }),
  // Right of reply
  command('reply.request', { ...actingFor, speechId: idSchema }),
  command('reply.rule', { requestId: idSchema, ruling: z.enum(['granted', 'refused']) }),
  command('reply.start', { requestId: idSchema }),
  // Voting
  command('vote.open', { subject: subjectSchema }),
  command('vote.cast', {
    ...actingFor,
    voteId: idSchema,
    choice: z.enum(['yes', 'no', 'abstain', 'pass', 'yesWithRights', 'noWithRights']),
  }),
  command('vote.close', { voteId: idSchema }),
  command('explanation.next', none),
  command('explanation.waive', actingFor),
  command('votingProcedure.end', none),
  // Draft resolutions (a seat acts for itself; the chair names the delegation)
  command('draft.submit', {
    ...actingFor,
    title: draftTitleSchema,
    content: draftContentInputSchema,
  }),
  command('draft.edit', {
    ...actingFor,
    draftId: idSchema,
    title: draftTitleSchema.optional(),
    content: draftContentInputSchema.optional(),
  }),
  command('draft.addSponsor', { ...actingFor, draftId: idSchema, sponsor: delegationCodeSchema }),
  command('draft.removeSponsor', {
    ...actingFor,
    draftId: idSchema,
    sponsor: delegationCodeSchema,
  }),
  command('draft.sign', { ...actingFor, draftId: idSchema }),
  command('draft.unsign', { ...actingFor, draftId: idSchema }),
  command('draft.withdraw', { ...actingFor, draftId: idSchema }),
  command('draft.approve', { draftId: idSchema }),
  // Amendments to a draft's operative clauses
  command('amendment.propose', {
    ...actingFor,
    draftId: idSchema,
    change: amendmentChangeInputSchema,
  }),
  command('amendment.accept', { ...actingFor, amendmentId: idSchema }),
  command('amendment.decline', { ...actingFor, amendmentId: idSchema }),
  command('amendment.withdraw', { ...actingFor, amendmentId: idSchema }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
/** The command of one type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Every command type, in the order of the schema. */
export const commandTypes: readonly CommandType[] = commandSchema.options.map(
  (option) => option.shape.type.value,
);
