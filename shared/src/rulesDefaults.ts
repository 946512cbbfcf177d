/**
 * The default rules profile as plain data (procedure.md's defaults). Kept apart
 * from the zod schema so the web app can show the defaults without loading zod;
 * rulesProfile.test.ts checks that the schema's defaults are exactly these.
 */
// Not annotated with RulesProfile: that type is inferred from the schema, which reads these.
export const defaultRulesProfile = {
  adoptionThreshold: 9,
  closureThreshold: 10,
  quorum: 9,
  secondsRequired: 1,
  proceduralAbstentionsAllowed: false,
  speakingTimeSeconds: 90,
  commentsPerSpeech: 2,
  commentSeconds: 30,
  questionsClockAnswersOnly: true,
  pointOfOrderInterrupts: false,
  rightOfReplySeconds: 30,
  explanationOfVoteSeconds: 30,
  caucusSpeakerMayFinish: true,
  caucusExtensionCappedAtOriginal: true,
  rollCallVoteByMotion: true,
  inviteesMayMoveMotions: false,
  moderatedCaucusTieBreak: 'moreTurnsFirst' as 'moreTurnsFirst' | 'longerSpeakingTimeFirst',
  draftMinSponsors: 1,
  draftMinSignatories: 3,
  inviteesMaySponsor: false,
};
