/**
 * Attendance: the roll call at the start of a meeting (present, present and
 * voting, absent), late arrivals recorded afterwards, and the quorum it yields.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, refuse, type Decision } from '../core/decision.ts';
import type { AttendanceEvent, DomainEvent } from '../core/events.ts';
import { inSession } from '../core/guards.ts';
import { unreachable } from '../core/unreachable.ts';
import { inviteeOf, isPresent } from '../core/roster.ts';
import type { AttendanceEntry, CommitteeState } from '../core/state.ts';

/** attendance.startRollCall: the chair calls the roll (every delegation answers afresh). */
export const startRollCall = (state: CommitteeState, ctx: DecisionContext): Decision => {
  if (!inSession(state)) return refuse('out_of_order', 'call the meeting to order first');
  if (state.attendance.rollCallOpen) return refuse('conflict', 'the roll call is already open');
  return accept({ type: 'attendance.rollCallStarted', at: ctx.now });
};

/** attendance.record: a delegation answers the roll call, or the chair records it (late arrivals too). */
export const recordAttendance = (
  state: CommitteeState,
  command: CommandOf<'attendance.record'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  const { status } = command.payload;
  const { rollCallOpen, answered } = state.attendance;
  if (state.floor.kind === 'adjourned') return refuse('out_of_order', 'the meeting is adjourned');
  if (issuer.role !== 'chair') {
    // A seat answers the roll call; arrivals and departures later go through the chair.
    if (!rollCallOpen) return refuse('out_of_order', 'the roll call is not open: tell the chair');
    if (status === 'absent') return refuse('forbidden', 'only the chair marks a delegation absent');
  }
  if (status === 'presentAndVoting' && inviteeOf(state, delegation)) {
    return refuse('out_of_order', 'an invited delegation participates without vote');
  }
  const current = state.attendance.delegations[delegation]?.status;
  if (current === status && (!rollCallOpen || answered.includes(delegation))) {
    return refuse('conflict', `${delegation} is already recorded ${status}`);
  }
  const late = !rollCallOpen && status !== 'absent' && !isPresent(state, delegation);
  const by = issuer.role === 'chair' ? 'chair' : 'seat';
  return accept(
    { type: 'attendance.recorded', at: ctx.now, delegation, status, late, by },
    ...(status === 'absent' ? whenGone(state, [delegation], ctx.now) : []),
  );
};

/** attendance.closeRollCall: whoever did not answer is absent. */
export const closeRollCall = (state: CommitteeState, ctx: DecisionContext): Decision => {
  if (!state.attendance.rollCallOpen) return refuse('out_of_order', 'no roll call is open');
  const absent = Object.keys(state.attendance.delegations).filter(
    (code) => !state.attendance.answered.includes(code),
  );
  return accept(
    { type: 'attendance.rollCallClosed', at: ctx.now, absent },
    ...whenGone(state, absent, ctx.now),
  );
};

/** An absent delegation leaves the speakers' list and lowers its placard (only present ones may be on them). */
export const whenGone = (
  state: CommitteeState,
  delegations: readonly string[],
  at: number,
): DomainEvent[] => {
  const events: DomainEvent[] = [];
  for (const delegation of delegations) {
    if (state.speakersList.entries.includes(delegation)) {
      events.push({ type: 'speakersList.removed', at, delegation });
    }
    if (state.floor.kind === 'moderatedCaucus' && state.floor.placards.includes(delegation)) {
      events.push({ type: 'placard.lowered', at, delegation });
    }
  }
  return events;
};

/** Apply an attendance event. */
export const applyAttendance = (state: CommitteeState, event: AttendanceEvent): CommitteeState => {
  const attendance = state.attendance;
  switch (event.type) {
    case 'attendance.rollCallStarted':
      return { ...state, attendance: { ...attendance, rollCallOpen: true, answered: [] } };
    case 'attendance.recorded': {
      const entry: AttendanceEntry = { status: event.status, late: event.late, at: event.at };
      return {
        ...state,
        attendance: {
          ...attendance,
          answered:
            attendance.rollCallOpen && !attendance.answered.includes(event.delegation)
              ? [...attendance.answered, event.delegation]
              : attendance.answered,
          delegations: { ...attendance.delegations, [event.delegation]: entry },
        },
      };
    }
    case 'attendance.rollCallClosed': {
      const delegations = { ...attendance.delegations };
      for (const code of event.absent) {
        delegations[code] = { status: 'absent', late: false, at: event.at };
      }
      return { ...state, attendance: { ...attendance, rollCallOpen: false, delegations } };
    }
    default:
      return unreachable(event);
  }
};
