/** The points' part of the record: points of order ruled, rights of reply ruled. */
import type { EventOf } from '../committee/core/events.ts';
import type { RecordEntry } from './entries.ts';

/** The events this part records. */
export type PointDecision = EventOf<'point.resolved' | 'reply.ruled'>;

/** The record entry of a ruling on a point or a right of reply; null for a point only answered. */
export const projectPoint = (event: PointDecision): RecordEntry | null => {
  if (event.type === 'reply.ruled') {
    return { kind: event.type, at: event.at, requestId: event.requestId, granted: event.granted };
  }
  return event.ruling === null
    ? null
    : {
        kind: 'point.ruled',
        at: event.at,
        wellTaken: event.ruling === 'wellTaken',
        rulingId: event.rulingId ?? '',
      };
};
