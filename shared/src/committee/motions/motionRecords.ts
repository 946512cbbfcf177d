/**
 * Applying motion events: a motion joins the list when moved, gathers seconds,
 * and ends passed, failed, lapsed, withdrawn or ruled dilatory (with a ruling
 * that may be appealed).
 */
import { serialOf } from '../core/decision.ts';
import type { MotionEvent } from '../core/events.ts';
import { describeMotion } from './motionText.ts';
import { unreachable } from '../core/unreachable.ts';
import type { CommitteeState, Motion } from '../core/state.ts';

const findMotion = (state: CommitteeState, id: string): Motion | undefined =>
  state.motions.find((motion) => motion.id === id);

const withStatus = (
  state: CommitteeState,
  id: string,
  status: Motion['status'],
): CommitteeState => ({
  ...state,
  motions: state.motions.map((motion) => (motion.id === id ? { ...motion, status } : motion)),
});

/** Apply a motion event. */
export const applyMotion = (state: CommitteeState, event: MotionEvent): CommitteeState => {
  switch (event.type) {
    case 'motion.moved':
      return {
        ...state,
        motions: [
          ...state.motions,
          { ...event.motion, movedAt: event.at, seconds: [], status: { kind: 'pending' } },
        ],
        nextSerial: Math.max(state.nextSerial, serialOf(event.motion.id) + 1),
      };
    case 'motion.seconded':
      return {
        ...state,
        motions: state.motions.map((motion) =>
          motion.id === event.motionId
            ? { ...motion, seconds: [...motion.seconds, event.delegation] }
            : motion,
        ),
      };
    case 'motion.withdrawn':
      return withStatus(state, event.motionId, { kind: 'withdrawn', at: event.at });
    case 'motion.ruledDilatory': {
      const motion = findMotion(state, event.motionId);
      const ruled = withStatus(state, event.motionId, {
        kind: 'ruledDilatory',
        rulingId: event.rulingId,
        at: event.at,
      });
      return {
        ...ruled,
        rulings: [
          ...state.rulings,
          {
            id: event.rulingId,
            kind: 'dilatory',
            motionId: event.motionId,
            pointId: null,
            text: `Motion ${event.motionId} (${motion ? describeMotion(motion.spec) : 'unknown'}) ruled dilatory`,
            at: event.at,
            status: 'standing',
          },
        ],
        nextSerial: Math.max(state.nextSerial, serialOf(event.rulingId) + 1),
      };
    }
    case 'motion.passed': {
      const passed = withStatus(state, event.motionId, {
        kind: 'passed',
        voteId: event.voteId,
        at: event.at,
      });
      // Debate has moved on: an earlier caucus can no longer be extended, comments are over.
      return passed.floor.kind === 'formalDebate'
        ? { ...passed, floor: { ...passed.floor, lastCaucus: null, comments: null } }
        : passed;
    }
    case 'motion.failed':
      return withStatus(state, event.motionId, {
        kind: 'failed',
        voteId: event.voteId,
        at: event.at,
      });
    case 'motion.lapsed':
      return {
        ...state,
        motions: state.motions.map((motion) =>
          event.motionIds.includes(motion.id)
            ? { ...motion, status: { kind: 'lapsed', at: event.at } }
            : motion,
        ),
      };
    default:
      return unreachable(event);
  }
};
