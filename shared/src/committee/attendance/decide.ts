/**
 * The commands of the roll call of attendance: each to the rule that decides it.
 */
import type { DecisionContext } from '../../actor.ts';
import type { Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import type { Decision } from '../core/decision.ts';
import type { CommitteeState } from '../core/state.ts';
import { unreachable } from '../core/unreachable.ts';
import { closeRollCall, recordAttendance, startRollCall } from './attendance.ts';

/** A command of the roll call of attendance. */
export type AttendanceCommand = CommandOf<
  'attendance.startRollCall' | 'attendance.record' | 'attendance.closeRollCall'
>;

/** Decide a command of the roll call of attendance. */
export const decideAttendance = (
  state: CommitteeState,
  command: AttendanceCommand,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  switch (command.type) {
    case 'attendance.startRollCall':
      return startRollCall(state, ctx);
    case 'attendance.record':
      return recordAttendance(state, command, ctx, issuer);
    case 'attendance.closeRollCall':
      return closeRollCall(state, ctx);
    default:
      return unreachable(command);
  }
};
