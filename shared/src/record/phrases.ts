/**
 * The record's phrases in English: the minutes say them (shared/src/journal)
 * and the web's English catalog is this one. Another language is a catalog
 * with the same keys; `{name}` marks a parameter.
 */
export const recordPhrasesEn = {
  'record.none': 'none',
  'record.session.opened': 'Meeting {meeting} called to order',
  'record.session.suspended': 'Meeting suspended for {minutes} min',
  'record.session.resumed.timeUp': 'Meeting resumed (suspension over)',
  'record.session.resumed.chair': 'Meeting resumed by the chair',
  'record.session.adjourned': 'Meeting adjourned',
  'record.agenda.postponed': 'Debate postponed on topic {topic}',
  'record.agenda.takenUp': 'Topic {topic} taken up: {title}',
  'record.votingProcedure.entered': 'Debate closed: voting procedure',
  'record.votingProcedure.ended': 'Voting procedure ended',
  'record.attendance.rollCallClosed': 'Roll call closed; absent: {absent}',
  'record.attendance.lateArrival': '{delegation} arrived (late)',
  'record.speakersList.opened': "Speakers' list open",
  'record.speakersList.closed': "Speakers' list closed",
  'record.speakersList.speakingTimeSet': 'Speaking time set to {seconds} s',
  'record.motion.named': 'motion {id} ({motion})',
  'record.motion.bare': 'motion {id}',
  'record.motion.Named': 'Motion {id} ({motion})',
  'record.motion.Bare': 'Motion {id}',
  'record.motion.passed.byVote': '{motion} carried',
  'record.motion.passed.byChair': '{motion} granted by the chair',
  'record.motion.failed.byVote': '{motion} failed',
  'record.motion.failed.byChair': '{motion} refused by the chair',
  'record.motion.lapsed': 'Lapsed: {motions}',
  'record.motion.ruledDilatory': '{motion} ruled dilatory (ruling {rulingId})',
  'record.ruling.overturned': 'Ruling {rulingId} overturned on appeal',
  'record.ruling.upheld': 'Ruling {rulingId} upheld on appeal',
  'record.caucus.moderated':
    'Moderated caucus ({seconds} s, {speakingSeconds} s per speaker): {topic}',
  'record.caucus.unmoderated': 'Unmoderated caucus ({seconds} s): {purpose}',
  'record.caucus.extended': 'Caucus extended by {seconds} s',
  'record.caucus.ended.timeUp': 'Caucus time elapsed',
  'record.caucus.ended.chair': 'Caucus ended by the chair',
  'record.point.wellTaken': 'Point of order ruled well taken (ruling {rulingId})',
  'record.point.notWellTaken': 'Point of order ruled not well taken (ruling {rulingId})',
  'record.reply.granted': 'Right of reply {requestId} granted',
  'record.reply.refused': 'Right of reply {requestId} refused',
  'record.vote.rollCallOrdered': 'Next vote by roll call',
  'record.vote.closed': 'Vote {voteId} on {subject}: {yes}-{no}-{abstain}, {outcome}',
  'record.vote.closed.vetoed':
    'Vote {voteId} on {subject}: {yes}-{no}-{abstain}, {outcome} ({vetoedBy})',
  'record.outcome.adopted': 'adopted',
  'record.outcome.failed': 'failed',
  'record.outcome.vetoed': 'vetoed',
  'record.draft.approved':
    'Working paper {draftId} approved as draft resolution {symbol}: {title} (sponsors: {sponsors}; signatories: {signatories})',
  'record.draft.approved.bare': 'Draft resolution {symbol} approved',
  'record.draft.introduced': 'Draft resolution {draft} introduced: {title}',
  'record.amendment.named': 'Amendment {id} to {draft} ({change})',
  'record.amendment.bare': 'Amendment {id}',
  'record.amendment.ref': 'amendment {id}',
  'record.change.add': 'add a new operative clause {clause}',
  'record.change.strike': 'strike operative clause {clause}',
  'record.change.replace': 'replace operative clause {clause}',
  'record.amendment.introduced': '{amendment} introduced as unfriendly',
  'record.amendment.incorporated': '{amendment} accepted by the sponsors as friendly',
  'record.draft.divided': 'Question divided on {draft}: {parts}',
  'record.drafts.reordered': 'Drafts reordered: {drafts}',
  'record.draft.withdrawn.draft': 'Draft resolution {draft} withdrawn by {by}',
  'record.draft.withdrawn.paper': 'Working paper {draft} withdrawn by {by}',
  'record.draft.adopted': 'Draft resolution {draft} adopted as resolution {resolutionNumber}',
  'record.draft.failed': 'Draft resolution {draft} failed',
  'record.draft.failed.everyPart': 'Draft resolution {draft} failed: every operative part failed',
  'record.draft.vetoed': 'Draft resolution {draft} vetoed ({vetoedBy})',
  'record.amendments.lapsed': 'Lapsed ({reason}): {amendments}',
} as const;

/** A phrase of the record, as every catalog keys it. */
export type RecordPhrase = keyof typeof recordPhrasesEn;

/** Fills `{name}` in a phrase; a parameter not given stays as written. */
export const fillPhrase = (
  phrase: string,
  params: Readonly<Record<string, string | number>> = {},
): string =>
  phrase.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );

/** The entry's English, as the minutes say it. */
export const sayEnglish = (
  phrase: RecordPhrase,
  params?: Readonly<Record<string, string | number>>,
): string => fillPhrase(recordPhrasesEn[phrase], params);
