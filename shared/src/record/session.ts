/** The session's part of the record: meetings, the agenda and voting procedure. */
import type { EventOf } from '../committee/core/events.ts';
import { unreachable } from '../committee/core/unreachable.ts';
import type { CommitteeState } from '../committee/core/state.ts';
import type { RecordEntry } from './entries.ts';

/** The events this part records. */
export type SessionDecision = EventOf<
  | 'session.opened'
  | 'session.suspended'
  | 'session.resumed'
  | 'session.adjourned'
  | 'agenda.postponed'
  | 'agenda.takenUp'
  | 'votingProcedure.entered'
  | 'votingProcedure.ended'
>;

/** The record entry of a decision on the meeting, the agenda or voting procedure. */
export const projectSession = (state: CommitteeState, event: SessionDecision): RecordEntry => {
  const at = event.at;
  switch (event.type) {
    case 'session.opened':
      return { kind: event.type, at, meeting: event.meeting };
    case 'session.suspended':
      return { kind: event.type, at, minutes: Math.round(event.durationMs / 60_000) };
    case 'session.resumed':
      return { kind: event.type, at, reason: event.reason };
    case 'agenda.postponed':
      return { kind: event.type, at, topic: event.topicIndex + 1 };
    case 'agenda.takenUp':
      return {
        kind: event.type,
        at,
        topic: event.topicIndex + 1,
        title: state.agenda[event.topicIndex]?.title ?? '',
      };
    case 'session.adjourned':
    case 'votingProcedure.entered':
    case 'votingProcedure.ended':
      return { kind: event.type, at };
    default:
      return unreachable(event);
  }
};
