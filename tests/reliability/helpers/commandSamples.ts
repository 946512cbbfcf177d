/** Well-formed payloads for every command type, shared by the matrix and the fuzzer. */

/** `delegation` when the command is about one (a seat omits its own). */
const d = (who: string | undefined) => (who === undefined ? {} : { delegation: who });

/** A payload for a command; `who` is the delegation it concerns (omitted: a seat's own). */
export type Sample = (who?: string) => Record<string, unknown>;

/**
 * A well-formed payload for every command type. Keyed by string on purpose: a command
 * type without a sample fails the matrix at run time, naming it (see `sampleFor`).
 */
const samples: Readonly<Record<string, Sample>> = {
  'session.open': () => ({}),
  'session.resume': () => ({}),
  'attendance.startRollCall': () => ({}),
  'attendance.record': (who) => ({ ...d(who), status: 'present' }),
  'attendance.closeRollCall': () => ({}),
  'gsl.open': () => ({}),
  'gsl.add': (who) => d(who),
  'gsl.remove': (who) => d(who),
  'gsl.move': (who) => ({ delegation: who ?? 'FRA', position: 0 }),
  'gsl.next': () => ({}),
  'speech.yield': () => ({ to: 'chair' }),
  'speech.end': () => ({}),
  'speech.answer': () => ({}),
  'comment.recognise': (who) => ({ delegation: who ?? 'FRA' }),
  'timer.pause': () => ({ timer: 'speaker' }),
  'timer.resume': () => ({ timer: 'speaker' }),
  'timer.reset': () => ({}),
  'timer.expire': () => ({}),
  'motion.move': (who) => ({ ...d(who), motion: { kind: 'setSpeakingTime', seconds: 60 } }),
  'motion.second': (who) => ({ ...d(who), motionId: 'M999' }),
  'motion.withdraw': (who) => ({ ...d(who), motionId: 'M999' }),
  'motion.rule': () => ({ motionId: 'M999', ruling: 'refused' }),
  'motion.putToVote': () => ({}),
  'placard.raise': (who) => d(who),
  'placard.lower': (who) => d(who),
  'caucus.recognise': (who) => ({ delegation: who ?? 'FRA' }),
  'caucus.end': () => ({}),
  'point.raise': (who) => ({ ...d(who), kind: 'parliamentaryInquiry', text: 'A question' }),
  'point.withdraw': (who) => ({ ...d(who), pointId: 'P999' }),
  'point.recognise': () => ({ pointId: 'P999' }),
  'point.resolve': () => ({ pointId: 'P999' }),
  'reply.request': (who) => ({ ...d(who), speechId: 'S999' }),
  'reply.rule': () => ({ requestId: 'R999', ruling: 'refused' }),
  'reply.start': () => ({ requestId: 'R999' }),
  'vote.open': () => ({ subject: { id: 'DR/1', title: 'Draft resolution' } }),
  'vote.cast': (who) => ({ ...d(who), voteId: 'V999', choice: 'yes' }),
  'vote.close': () => ({ voteId: 'V999' }),
  'explanation.next': () => ({}),
  'explanation.waive': (who) => d(who),
  'votingProcedure.end': () => ({}),
  'draft.submit': (who) => ({
    ...d(who),
    title: 'Draft resolution on precursor chemicals',
    content: { operative: [{ text: 'Decides to remain actively seized of the matter.' }] },
  }),
  'draft.edit': (who) => ({ ...d(who), draftId: 'D999', title: 'A new title' }),
  'draft.addSponsor': (who) => ({ ...d(who), draftId: 'D999', sponsor: 'GBR' }),
  'draft.removeSponsor': (who) => ({ ...d(who), draftId: 'D999', sponsor: 'GBR' }),
  'draft.sign': (who) => ({ ...d(who), draftId: 'D999' }),
  'draft.unsign': (who) => ({ ...d(who), draftId: 'D999' }),
  'draft.withdraw': (who) => ({ ...d(who), draftId: 'D999' }),
  'draft.approve': () => ({ draftId: 'D999' }),
  'amendment.propose': (who) => ({
    ...d(who),
    draftId: 'D999',
    change: { action: 'strike', clause: 1 },
  }),
  'amendment.accept': (who) => ({ ...d(who), amendmentId: 'A999' }),
  'amendment.decline': (who) => ({ ...d(who), amendmentId: 'A999' }),
  'amendment.withdraw': (who) => ({ ...d(who), amendmentId: 'A999' }),
};

/** The sample payload of a command type; throws naming a type that has none yet. */
export function sampleFor(type: string): Sample {
  const sample = samples[type];
  if (!sample)
    throw new Error(`no sample payload for the command ${type}: add one to commandSamples.ts`);
  return sample;
}
