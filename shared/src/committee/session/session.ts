/**
 * The meeting itself: called to order, suspended for a time, resumed,
 * adjourned. A committee starts "adjourned" (never yet called to order).
 */
import type { DecisionContext } from '../../actor.ts';
import { accept, refuse, type Decision } from '../core/decision.ts';
import type { SessionEvent } from '../core/events.ts';
import { floorName } from '../core/guards.ts';
import { unreachable } from '../core/unreachable.ts';
import type { CommitteeState } from '../core/state.ts';
import { startTimer } from '../core/timers.ts';

/** session.open: the chair calls a meeting to order; formal debate begins. */
export const openSession = (state: CommitteeState, ctx: DecisionContext): Decision =>
  state.floor.kind === 'adjourned'
    ? accept({ type: 'session.opened', at: ctx.now, meeting: state.meeting + 1 })
    : refuse('conflict', `the meeting is already called to order (${floorName(state.floor.kind)})`);

/** session.resume: the chair resumes a suspended meeting before its time is up. */
export const resumeSession = (state: CommitteeState, ctx: DecisionContext): Decision =>
  state.floor.kind === 'suspended'
    ? accept({ type: 'session.resumed', at: ctx.now, reason: 'chair' })
    : refuse('out_of_order', 'the meeting is not suspended');

const formalDebate = (at: number): CommitteeState['floor'] => ({
  kind: 'formalDebate',
  since: at,
  lastCaucus: null,
  comments: null,
});

/** Apply a session event. */
export const applySession = (state: CommitteeState, event: SessionEvent): CommitteeState => {
  switch (event.type) {
    case 'session.opened':
      return { ...state, meeting: event.meeting, floor: formalDebate(event.at) };
    case 'session.resumed':
      return { ...state, floor: formalDebate(event.at) };
    case 'session.suspended':
      return leaveTheRoom(state, {
        kind: 'suspended',
        since: event.at,
        timer: startTimer(event.durationMs, event.at),
      });
    case 'session.adjourned':
      return leaveTheRoom(
        { ...state, attendance: { ...state.attendance, rollCallOpen: false } },
        { kind: 'adjourned', since: event.at },
      );
    default:
      return unreachable(event);
  }
};

// Points raised before a break are moot once the room empties.
const leaveTheRoom = (state: CommitteeState, floor: CommitteeState['floor']): CommitteeState => ({
  ...state,
  floor,
  speech: null,
  points: [],
});
