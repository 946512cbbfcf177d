/** Attendance's part of the record: the roll call closed, late arrivals. */
import type { EventOf } from '../committee/core/events.ts';
import type { RecordEntry } from './entries.ts';

/** The events this part records. */
export type AttendanceDecision = EventOf<'attendance.rollCallClosed' | 'attendance.recorded'>;

/** The record entry of the roll call's close or a late arrival; null for an answer on time. */
export const projectAttendance = (event: AttendanceDecision): RecordEntry | null => {
  if (event.type === 'attendance.rollCallClosed') {
    return { kind: event.type, at: event.at, absent: event.absent };
  }
  return event.late
    ? { kind: 'attendance.lateArrival', at: event.at, delegation: event.delegation }
    : null;
};
