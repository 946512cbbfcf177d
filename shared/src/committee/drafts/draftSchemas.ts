/**
 * The shapes of draft resolutions and amendments on the wire, bounded so one
 * command (and the event it becomes) stays small: a draft is at most 30
 * preambular paragraphs and 40 operative clauses of 20 sub-clauses, and
 * 40,000 characters in all (checked by `decide` once pasted text is read). A
 * delegation has at most 5 working papers open and 10 amendments undecided.
 */
import { z } from 'zod';
import { MAX_DRAFT_CHARACTERS } from './draftLimits.ts';

export {
  MAX_DRAFT_CHARACTERS,
  MAX_OPEN_WORKING_PAPERS,
  MAX_UNDECIDED_AMENDMENTS,
} from './draftLimits.ts';

export const draftTitleSchema = z.string().trim().min(1).max(200);
const paragraph = z.string().trim().min(1).max(1500);
const clauseText = z.string().trim().min(1).max(2000);
const subClauses = z.array(paragraph).max(20);

/** An operative clause from a clause editor; sub-clauses default to none. */
export const clauseInputSchema = z.strictObject({
  text: clauseText,
  subClauses: subClauses.optional(),
});

/**
 * A draft's words: clauses from an editor, or raw text pasted from a phone and read by
 * `parseDraftText` (see draftParser.ts for the format).
 */
export const draftContentInputSchema = z.union([
  z.strictObject({
    preambular: z.array(paragraph).max(30).optional(),
    operative: z.array(clauseInputSchema).min(1).max(40),
  }),
  z.strictObject({ text: z.string().trim().min(1).max(MAX_DRAFT_CHARACTERS) }),
]);
export type DraftContentInput = z.infer<typeof draftContentInputSchema>;

const clauseNumber = z.int().min(1).max(41);
// New words for a clause: with sub-clauses given, or as text whose lines "(a) …" are sub-clauses.
const newWords = { text: z.string().trim().min(1).max(4000), subClauses: subClauses.optional() };

/** What an amendment proposes: add a clause that becomes number `clause`, strike one, or replace one. */
export const amendmentChangeInputSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('add'), clause: clauseNumber, ...newWords }),
  z.strictObject({ action: z.literal('strike'), clause: clauseNumber }),
  z.strictObject({ action: z.literal('replace'), clause: clauseNumber, ...newWords }),
]);
export type AmendmentChangeInput = z.infer<typeof amendmentChangeInputSchema>;
