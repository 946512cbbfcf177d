import { z } from 'zod';
import { defaultRulesProfile } from './rulesDefaults.ts';

/**
 * The configurable points of procedure (see docs/RULES.md and procedure.md).
 * Every field has the documented default, so `rulesProfileSchema.parse({})` is the
 * default profile and an admin may override any subset.
 */
export const rulesProfileSchema = z.strictObject({
  /** Affirmative votes a decision needs (Charter Art. 27: 9 of 15). */
  adoptionThreshold: z.int().min(1).max(50).default(defaultRulesProfile.adoptionThreshold),
  /** Affirmative votes for closure of debate (MUN two-thirds; 10 of 15 in the Council). */
  closureThreshold: z.int().min(1).max(50).default(defaultRulesProfile.closureThreshold),
  /** Members present needed before a substantive question may be put to a vote. */
  quorum: z.int().min(0).max(50).default(defaultRulesProfile.quorum),
  /** Seconds a motion needs before it may be put to a vote (rule 34 Council: 0). */
  secondsRequired: z.int().min(0).max(5).default(defaultRulesProfile.secondsRequired),
  /** Whether members may abstain on procedural votes (Council practice yes; MUN usually no). */
  proceduralAbstentionsAllowed: z
    .boolean()
    .default(defaultRulesProfile.proceduralAbstentionsAllowed),
  /** Default GSL speaking time. */
  speakingTimeSeconds: z.int().min(10).max(1800).default(defaultRulesProfile.speakingTimeSeconds),
  /** Comments the chair may take after a speech with no yield. */
  commentsPerSpeech: z.int().min(0).max(10).default(defaultRulesProfile.commentsPerSpeech),
  commentSeconds: z.int().min(5).max(300).default(defaultRulesProfile.commentSeconds),
  /** Yield to questions: the speaker's clock runs only while answering (else also during questions). */
  questionsClockAnswersOnly: z.boolean().default(defaultRulesProfile.questionsClockAnswersOnly),
  /** Whether a point of order may interrupt a speaker (THIMUN: no). */
  pointOfOrderInterrupts: z.boolean().default(defaultRulesProfile.pointOfOrderInterrupts),
  rightOfReplySeconds: z.int().min(5).max(300).default(defaultRulesProfile.rightOfReplySeconds),
  explanationOfVoteSeconds: z
    .int()
    .min(5)
    .max(300)
    .default(defaultRulesProfile.explanationOfVoteSeconds),
  /** Equal-length moderated caucuses: more speaking turns first, or longer speaking time first. */
  moderatedCaucusTieBreak: z
    .enum(['moreTurnsFirst', 'longerSpeakingTimeFirst'])
    .default(defaultRulesProfile.moderatedCaucusTieBreak),
  /** When a moderated caucus's total runs out, the current speaker may finish. */
  caucusSpeakerMayFinish: z.boolean().default(defaultRulesProfile.caucusSpeakerMayFinish),
  /** Cap an extension at the caucus's original length. */
  caucusExtensionCappedAtOriginal: z
    .boolean()
    .default(defaultRulesProfile.caucusExtensionCappedAtOriginal),
  /** A motion for a roll-call vote is put to a vote (else granted at the chair's discretion). */
  rollCallVoteByMotion: z.boolean().default(defaultRulesProfile.rollCallVoteByMotion),
  /** Invited delegations (without vote) may move procedural motions (recommendation: no). */
  inviteesMayMoveMotions: z.boolean().default(defaultRulesProfile.inviteesMayMoveMotions),
  /** Draft resolutions: minimum sponsors and signatories (members only by default). */
  draftMinSponsors: z.int().min(0).max(15).default(defaultRulesProfile.draftMinSponsors),
  draftMinSignatories: z.int().min(0).max(15).default(defaultRulesProfile.draftMinSignatories),
  inviteesMaySponsor: z.boolean().default(defaultRulesProfile.inviteesMaySponsor),
});

export type RulesProfile = z.infer<typeof rulesProfileSchema>;

/** The defaults of procedure.md (plain data, in rulesDefaults.ts). */
export { defaultRulesProfile } from './rulesDefaults.ts';
