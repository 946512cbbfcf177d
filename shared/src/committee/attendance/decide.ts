/**
 * The commands of the roll call of attendance, each handed to the rule that decides it.
 */
import type { PartDecider } from '../core/decider.ts';
import { unreachable } from '../core/unreachable.ts';
import { closeRollCall, recordAttendance, startRollCall } from './attendance.ts';

/** The commands of the roll call of attendance. */
export type AttendanceCommandType =
  'attendance.startRollCall' | 'attendance.record' | 'attendance.closeRollCall';

/** Decide a command of the roll call of attendance. */
export const decideAttendance: PartDecider<AttendanceCommandType> = (
  state,
  command,
  ctx,
  issuer,
) => {
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
