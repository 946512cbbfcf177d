/**
 * How a record entry is said: which phrase, with which parameters. The words
 * themselves come from a catalog the caller passes as `say` (the journal's
 * English for the minutes, each screen's i18n catalog), so the same entry reads
 * the same on the board and in the minutes.
 */
import { unreachable } from '../committee/core/unreachable.ts';
import { describeMotion } from '../committee/motions/motionText.ts';
import { nameOf } from '../committee/core/roster.ts';
import type { CommitteeState } from '../committee/core/state.ts';
import type { AmendmentRef, MotionRef, RecordEntry } from './entries.ts';
import type { RecordPhrase } from './phrases.ts';

/** Says a phrase of the catalog with its parameters filled in. */
export type Say = (
  phrase: RecordPhrase,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** How a delegation is called, by its code. */
export type NameOf = (code: string) => string;

const motion = (say: Say, ref: MotionRef, capital: boolean): string =>
  ref.spec === null
    ? say(capital ? 'record.motion.Bare' : 'record.motion.bare', { id: ref.id })
    : say(capital ? 'record.motion.Named' : 'record.motion.named', {
        id: ref.id,
        motion: describeMotion(ref.spec),
      });

const amendment = (say: Say, ref: AmendmentRef): string =>
  ref.change === null
    ? say('record.amendment.bare', { id: ref.id })
    : say('record.amendment.named', {
        id: ref.id,
        draft: ref.change.draft,
        change: say(`record.change.${ref.change.action}`, { clause: ref.change.clause }),
      });

/** The entry in words, from the catalog `say` speaks. */
export const recordWords = (entry: RecordEntry, nameOf: NameOf, say: Say): string => {
  const names = (codes: readonly string[]): string =>
    codes.length === 0 ? say('record.none') : codes.map(nameOf).join(', ');
  switch (entry.kind) {
    case 'session.opened':
      return say('record.session.opened', { meeting: entry.meeting });
    case 'session.suspended':
      return say('record.session.suspended', { minutes: entry.minutes });
    case 'session.resumed':
      return say(`record.session.resumed.${entry.reason}`);
    case 'attendance.rollCallClosed':
      return say('record.attendance.rollCallClosed', { absent: names(entry.absent) });
    case 'attendance.lateArrival':
      return say('record.attendance.lateArrival', { delegation: nameOf(entry.delegation) });
    case 'speakersList.speakingTimeSet':
      return say('record.speakersList.speakingTimeSet', { seconds: entry.seconds });
    case 'motion.passed':
    case 'motion.failed':
      return say(`record.${entry.kind}.${entry.byVote ? 'byVote' : 'byChair'}`, {
        motion: motion(say, entry.motion, true),
      });
    case 'motion.lapsed':
      return say('record.motion.lapsed', {
        motions: entry.motions.map((ref) => motion(say, ref, false)).join('; '),
      });
    case 'motion.ruledDilatory':
      return say('record.motion.ruledDilatory', {
        motion: motion(say, entry.motion, true),
        rulingId: entry.rulingId,
      });
    case 'agenda.postponed':
      return say('record.agenda.postponed', { topic: entry.topic });
    case 'agenda.takenUp':
      return say('record.agenda.takenUp', { topic: entry.topic, title: entry.title });
    case 'caucus.moderated':
      return say('record.caucus.moderated', entry);
    case 'caucus.unmoderated':
      return say('record.caucus.unmoderated', entry);
    case 'caucus.extended':
      return say('record.caucus.extended', { seconds: entry.seconds });
    case 'caucus.ended':
      return say(`record.caucus.ended.${entry.reason}`);
    case 'ruling.overturned':
    case 'ruling.upheld':
      return say(`record.${entry.kind}`, { rulingId: entry.rulingId });
    case 'point.ruled':
      return say(`record.point.${entry.wellTaken ? 'wellTaken' : 'notWellTaken'}`, {
        rulingId: entry.rulingId,
      });
    case 'reply.ruled':
      return say(`record.reply.${entry.granted ? 'granted' : 'refused'}`, {
        requestId: entry.requestId,
      });
    case 'vote.closed':
      return say(entry.vetoedBy.length > 0 ? 'record.vote.closed.vetoed' : 'record.vote.closed', {
        voteId: entry.voteId,
        subject: entry.subject,
        yes: entry.tally.yes,
        no: entry.tally.no,
        abstain: entry.tally.abstain,
        outcome: say(`record.outcome.${entry.outcome}`),
        vetoedBy: names(entry.vetoedBy),
      });
    case 'draft.approved':
      return entry.paper === null
        ? say('record.draft.approved.bare', { symbol: entry.symbol })
        : say('record.draft.approved', {
            draftId: entry.draftId,
            symbol: entry.symbol,
            title: entry.paper.title,
            sponsors: names(entry.paper.sponsors),
            signatories: names(entry.paper.signatories),
          });
    case 'draft.introduced':
      return say('record.draft.introduced', { draft: entry.draft, title: entry.title });
    case 'amendment.introduced':
    case 'amendment.incorporated':
      return say(`record.${entry.kind}`, { amendment: amendment(say, entry.amendment) });
    case 'draft.divided':
      return say('record.draft.divided', { draft: entry.draft, parts: entry.parts.join(' / ') });
    case 'drafts.reordered':
      return say('record.drafts.reordered', { drafts: entry.drafts.join(', ') });
    case 'draft.withdrawn':
      return say(`record.draft.withdrawn.${entry.approved ? 'draft' : 'paper'}`, {
        draft: entry.draft,
        by: nameOf(entry.by),
      });
    case 'draft.adopted':
      return say('record.draft.adopted', {
        draft: entry.draft,
        resolutionNumber: entry.resolutionNumber,
      });
    case 'draft.failed':
      return say(entry.everyPartFailed ? 'record.draft.failed.everyPart' : 'record.draft.failed', {
        draft: entry.draft,
      });
    case 'draft.vetoed':
      return say('record.draft.vetoed', { draft: entry.draft, vetoedBy: names(entry.vetoedBy) });
    case 'amendments.lapsed':
      return say('record.amendments.lapsed', {
        reason: entry.reason,
        amendments: entry.amendments.map((id) => say('record.amendment.ref', { id })).join(', '),
      });
    case 'session.adjourned':
    case 'votingProcedure.entered':
    case 'votingProcedure.ended':
    case 'speakersList.opened':
    case 'speakersList.closed':
    case 'vote.rollCallOrdered':
      return say(`record.${entry.kind}`);
    default:
      return unreachable(entry);
  }
};

/** The entry in words, naming delegations as the committee's state names them. */
export const sayRecord = (entry: RecordEntry, state: CommitteeState, say: Say): string =>
  recordWords(entry, (code) => nameOf(state, code), say);
