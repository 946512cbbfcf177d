/**
 * `evolve(state, event) → state`: the only way a committee's state changes.
 * Pure: it returns new objects and never mutates its input, so a client, the
 * server and a replay from the first event all reach the same state.
 */
import { recordOf, withLatest } from '../record/project.ts';
import type { CommitteeTemplate } from '../template.ts';
import { applyAttendance } from './attendance/attendance.ts';
import { applyVote } from './votes/ballotBox.ts';
import { applyCaucus } from './caucus/caucus.ts';
import { applyEffect } from './motions/carryOut.ts';
import type { DomainEvent } from './core/events.ts';
import { applyDraftRecords } from './drafts/draftRecords.ts';
import { applyMotion } from './motions/motionRecords.ts';
import { unreachable } from './core/unreachable.ts';
import { applyPoint } from './points/points.ts';
import { applyReply } from './speakers/rightOfReply.ts';
import { applySession } from './session/session.ts';
import { applySpeakersList } from './speakers/speakersList.ts';
import { applySpeech } from './speakers/speechRecords.ts';
import { initialState, type CommitteeState } from './core/state.ts';

/** The state after one event. */
export const evolve = (state: CommitteeState, event: DomainEvent): CommitteeState => {
  const next = apply(state, event);
  const entry = recordOf(state, event);
  return entry === null ? next : { ...next, latest: withLatest(next.latest, entry) };
};

/** The state after a sequence of events from the template's initial state. */
export const replay = (
  template: CommitteeTemplate,
  events: readonly DomainEvent[],
): CommitteeState => events.reduce(evolve, initialState(template));

const apply = (state: CommitteeState, event: DomainEvent): CommitteeState => {
  switch (event.type) {
    case 'session.opened':
    case 'session.suspended':
    case 'session.resumed':
    case 'session.adjourned':
      return applySession(state, event);
    case 'attendance.rollCallStarted':
    case 'attendance.recorded':
    case 'attendance.rollCallClosed':
      return applyAttendance(state, event);
    case 'speakersList.opened':
    case 'speakersList.closed':
    case 'speakersList.added':
    case 'speakersList.removed':
    case 'speakersList.moved':
    case 'speakersList.speakingTimeSet':
      return applySpeakersList(state, event);
    case 'speech.started':
    case 'speech.yielded':
    case 'speech.answering':
    case 'speech.ended':
    case 'timer.paused':
    case 'timer.resumed':
    case 'timer.reset':
      return applySpeech(state, event);
    case 'motion.moved':
    case 'motion.seconded':
    case 'motion.withdrawn':
    case 'motion.ruledDilatory':
    case 'motion.passed':
    case 'motion.failed':
    case 'motion.lapsed':
      return applyMotion(state, event);
    case 'caucus.started':
    case 'caucus.extended':
    case 'caucus.timeUp':
    case 'caucus.ended':
    case 'placard.raised':
    case 'placard.lowered':
      return applyCaucus(state, event);
    case 'agenda.postponed':
    case 'agenda.takenUp':
    case 'votingProcedure.entered':
    case 'votingProcedure.ended':
    case 'vote.rollCallOrdered':
    case 'ruling.overturned':
    case 'ruling.upheld':
      return applyEffect(state, event);
    case 'point.raised':
    case 'point.withdrawn':
    case 'point.recognised':
    case 'point.resolved':
      return applyPoint(state, event);
    case 'reply.requested':
    case 'reply.ruled':
      return applyReply(state, event);
    case 'vote.opened':
    case 'vote.recorded':
    case 'rollCall.passed':
    case 'vote.closed':
    case 'explanation.waived':
      return applyVote(state, event);
    case 'draft.introduced':
    case 'amendment.introduced':
    case 'draft.divided':
    case 'drafts.reordered':
    case 'draft.submitted':
    case 'draft.edited':
    case 'draft.sponsorAdded':
    case 'draft.sponsorRemoved':
    case 'draft.signed':
    case 'draft.unsigned':
    case 'draft.withdrawn':
    case 'draft.approved':
    case 'draft.partVoted':
    case 'draft.adopted':
    case 'draft.failed':
    case 'draft.vetoed':
    case 'amendment.proposed':
    case 'amendment.accepted':
    case 'amendment.declined':
    case 'amendment.incorporated':
    case 'amendment.withdrawn':
    case 'amendment.voted':
    case 'amendments.lapsed':
      return applyDraftRecords(state, event);
    default:
      return unreachable(event);
  }
};
