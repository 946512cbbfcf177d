/**
 * `recordOf(state, event)`: the record entry an event writes, read from the
 * state before it, or null for routine events (timers, placards, the list's
 * paperwork, ballots: the board shows them live, the record of decisions does
 * not). Each part of the session projects the events it owns.
 */
import type { DomainEvent } from '../committee/core/events.ts';
import { unreachable } from '../committee/core/unreachable.ts';
import type { CommitteeState } from '../committee/core/state.ts';
import { projectAttendance } from './attendance.ts';
import { projectCaucus } from './caucus.ts';
import { projectDraft } from './drafts.ts';
import type { RecordEntry } from './entries.ts';
import { projectMotion } from './motions.ts';
import { projectPoint } from './points.ts';
import { projectSession } from './session.ts';
import { projectSpeakers } from './speakers.ts';
import { projectVote } from './votes.ts';

/** How many of the latest decisions the state keeps for the board and the chair. */
export const LATEST_DECISIONS = 20;

/** The record entry of an event, from the state before it; null for a routine event. */
export const recordOf = (state: CommitteeState, event: DomainEvent): RecordEntry | null => {
  switch (event.type) {
    case 'session.opened':
    case 'session.suspended':
    case 'session.resumed':
    case 'session.adjourned':
    case 'agenda.postponed':
    case 'agenda.takenUp':
    case 'votingProcedure.entered':
    case 'votingProcedure.ended':
      return projectSession(state, event);
    case 'attendance.rollCallClosed':
    case 'attendance.recorded':
      return projectAttendance(event);
    case 'speakersList.opened':
    case 'speakersList.closed':
    case 'speakersList.speakingTimeSet':
      return projectSpeakers(event);
    case 'motion.passed':
    case 'motion.failed':
    case 'motion.lapsed':
    case 'motion.ruledDilatory':
    case 'ruling.overturned':
    case 'ruling.upheld':
      return projectMotion(state, event);
    case 'caucus.started':
    case 'caucus.extended':
    case 'caucus.ended':
      return projectCaucus(event);
    case 'point.resolved':
    case 'reply.ruled':
      return projectPoint(event);
    case 'vote.closed':
    case 'vote.rollCallOrdered':
      return projectVote(state, event);
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
      return projectDraft(state, event);
    // Routine events, drafts' paperwork on phones, and results the vote's own entry gives.
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

/** The latest decisions after one more: the newest `LATEST_DECISIONS`, oldest first. */
export const withLatest = (
  latest: readonly RecordEntry[],
  entry: RecordEntry | null,
): readonly RecordEntry[] =>
  entry === null ? latest : [...latest, entry].slice(-LATEST_DECISIONS);
