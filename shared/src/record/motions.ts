/** The motions' part of the record: motions decided, lapsed, ruled dilatory; appeals. */
import type { EventOf } from '../committee/core/events.ts';
import { unreachable } from '../committee/core/unreachable.ts';
import type { CommitteeState } from '../committee/core/state.ts';
import type { MotionRef, RecordEntry } from './entries.ts';

/** The events this part records. */
export type MotionDecision = EventOf<
  | 'motion.passed'
  | 'motion.failed'
  | 'motion.lapsed'
  | 'motion.ruledDilatory'
  | 'ruling.overturned'
  | 'ruling.upheld'
>;

const motionRef = (state: CommitteeState, id: string): MotionRef => ({
  id,
  spec: state.motions.find((candidate) => candidate.id === id)?.spec ?? null,
});

/** The record entry of a motion's decision or of an appeal against a ruling. */
export const projectMotion = (state: CommitteeState, event: MotionDecision): RecordEntry => {
  const at = event.at;
  switch (event.type) {
    case 'motion.passed':
    case 'motion.failed':
      return {
        kind: event.type,
        at,
        motion: motionRef(state, event.motionId),
        byVote: Boolean(event.voteId),
      };
    case 'motion.lapsed':
      return { kind: event.type, at, motions: event.motionIds.map((id) => motionRef(state, id)) };
    case 'motion.ruledDilatory':
      return {
        kind: event.type,
        at,
        motion: motionRef(state, event.motionId),
        rulingId: event.rulingId,
      };
    case 'ruling.overturned':
    case 'ruling.upheld':
      return { kind: event.type, at, rulingId: event.rulingId };
    default:
      return unreachable(event);
  }
};
