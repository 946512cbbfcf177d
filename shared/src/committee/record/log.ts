/**
 * The journal: one line per decision (meetings, roll calls, motions, votes,
 * rulings, caucuses), in the committee's own words, for minutes and the board.
 */
import { describeDraftDecision } from './draftLog.ts';
import type { DomainEvent } from '../core/events.ts';
import { unreachable } from '../motions/motionKinds.ts';
import { describeMotion } from '../motions/motionText.ts';
import { nameOf } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';

const motionText = (state: CommitteeState, id: string): string => {
  const motion = state.motions.find((candidate) => candidate.id === id);
  return motion ? `motion ${id} (${describeMotion(motion.spec)})` : `motion ${id}`;
};

const names = (state: CommitteeState, codes: readonly string[]): string =>
  codes.map((code) => nameOf(state, code)).join(', ');

/** The journal line for an event that records a decision, or null for routine events. */
export const describeDecision = (state: CommitteeState, event: DomainEvent): string | null => {
  switch (event.type) {
    case 'session.opened':
      return `Meeting ${event.meeting} called to order`;
    case 'session.suspended':
      return `Meeting suspended for ${Math.round(event.durationMs / 60_000)} min`;
    case 'session.resumed':
      return event.reason === 'timeUp'
        ? 'Meeting resumed (suspension over)'
        : 'Meeting resumed by the chair';
    case 'session.adjourned':
      return 'Meeting adjourned';
    case 'attendance.rollCallClosed':
      return `Roll call closed; absent: ${event.absent.length === 0 ? 'none' : names(state, event.absent)}`;
    case 'speakersList.opened':
      return "Speakers' list open";
    case 'speakersList.closed':
      return "Speakers' list closed";
    case 'speakersList.speakingTimeSet':
      return `Speaking time set to ${event.seconds} s`;
    case 'motion.passed':
      return `${capital(motionText(state, event.motionId))} ${event.voteId ? 'carried' : 'granted by the chair'}`;
    case 'motion.failed':
      return `${capital(motionText(state, event.motionId))} ${event.voteId ? 'failed' : 'refused by the chair'}`;
    case 'motion.lapsed':
      return `Lapsed: ${event.motionIds.map((id) => motionText(state, id)).join('; ')}`;
    case 'motion.ruledDilatory':
      return `${capital(motionText(state, event.motionId))} ruled dilatory (ruling ${event.rulingId})`;
    case 'agenda.postponed':
      return `Debate postponed on topic ${event.topicIndex + 1}`;
    case 'agenda.takenUp':
      return `Topic ${event.topicIndex + 1} taken up: ${state.agenda[event.topicIndex]?.title ?? ''}`;
    case 'votingProcedure.entered':
      return 'Debate closed: voting procedure';
    case 'votingProcedure.ended':
      return 'Voting procedure ended';
    case 'caucus.started':
      return event.caucus.kind === 'moderated'
        ? `Moderated caucus (${event.durationMs / 1000} s, ${event.caucus.speakingSeconds} s per speaker): ${event.caucus.topic}`
        : `Unmoderated caucus (${event.durationMs / 1000} s): ${event.caucus.purpose}`;
    case 'caucus.extended':
      return `Caucus extended by ${event.extraSeconds} s`;
    case 'caucus.ended':
      return event.reason === 'timeUp' ? 'Caucus time elapsed' : 'Caucus ended by the chair';
    case 'draft.introduced':
    case 'amendment.introduced':
    case 'draft.divided':
    case 'drafts.reordered':
    case 'draft.withdrawn':
    case 'draft.approved':
    case 'draft.adopted':
    case 'draft.failed':
    case 'draft.vetoed':
    case 'amendment.incorporated':
    case 'amendments.lapsed':
      return describeDraftDecision(state, event);
    case 'vote.rollCallOrdered':
      return 'Next vote by roll call';
    case 'ruling.overturned':
      return `Ruling ${event.rulingId} overturned on appeal`;
    case 'ruling.upheld':
      return `Ruling ${event.rulingId} upheld on appeal`;
    case 'point.resolved':
      return event.ruling === null
        ? null
        : `Point of order ruled ${event.ruling === 'wellTaken' ? 'well taken' : 'not well taken'} (ruling ${event.rulingId ?? ''})`;
    case 'reply.ruled':
      return `Right of reply ${event.requestId} ${event.granted ? 'granted' : 'refused'}`;
    case 'vote.closed': {
      const vote = state.votes.find((candidate) => candidate.id === event.voteId);
      const { yes, no, abstain } = event.result.tally;
      const vetoed =
        event.result.vetoedBy.length > 0 ? ` (${names(state, event.result.vetoedBy)})` : '';
      return `Vote ${event.voteId} on ${vote?.subject.title ?? ''}: ${yes}-${no}-${abstain}, ${event.result.outcome}${vetoed}`;
    }
    case 'attendance.recorded':
      return event.late ? `${nameOf(state, event.delegation)} arrived (late)` : null;
    // Routine events: the board shows them, the journal of decisions does not (drafts'
    // paperwork on phones, and results the vote's own line already gives, included).
    case 'attendance.rollCallStarted':
    case 'speakersList.added':
    case 'speakersList.removed':
    case 'speakersList.moved':
    case 'speech.started':
    case 'speech.yielded':
    case 'speech.answering':
    case 'speech.ended':
    case 'timer.paused':
    case 'timer.resumed':
    case 'timer.reset':
    case 'motion.moved':
    case 'motion.seconded':
    case 'motion.withdrawn':
    case 'caucus.timeUp':
    case 'placard.raised':
    case 'placard.lowered':
    case 'point.raised':
    case 'point.withdrawn':
    case 'point.recognised':
    case 'reply.requested':
    case 'vote.opened':
    case 'vote.recorded':
    case 'rollCall.passed':
    case 'explanation.waived':
    case 'draft.submitted':
    case 'draft.edited':
    case 'draft.sponsorAdded':
    case 'draft.sponsorRemoved':
    case 'draft.signed':
    case 'draft.unsigned':
    case 'draft.partVoted':
    case 'amendment.proposed':
    case 'amendment.accepted':
    case 'amendment.declined':
    case 'amendment.withdrawn':
    case 'amendment.voted':
      return null;
    default:
      return unreachable(event);
  }
};

const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
