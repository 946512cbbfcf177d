/**
 * The commands of motions moved, seconded, withdrawn, ruled on and put to the vote, each
 * handed to the rule that decides it.
 */
import type { PartDecider } from '../core/decider.ts';
import { unreachable } from '../core/unreachable.ts';
import {
  moveMotion,
  putMotionToVote,
  ruleOnMotion,
  secondMotion,
  withdrawMotion,
} from './motions.ts';

/** The commands of motions moved, seconded, withdrawn, ruled on and put to the vote. */
export type MotionsCommandType =
  'motion.move' | 'motion.second' | 'motion.withdraw' | 'motion.rule' | 'motion.putToVote';

/** Decide a command of motions moved, seconded, withdrawn, ruled on and put to the vote. */
export const decideMotions: PartDecider<MotionsCommandType> = (state, command, ctx, issuer) => {
  switch (command.type) {
    case 'motion.move':
      return moveMotion(state, command, ctx, issuer);
    case 'motion.second':
      return secondMotion(state, command, ctx, issuer);
    case 'motion.withdraw':
      return withdrawMotion(state, command, ctx, issuer);
    case 'motion.rule':
      return ruleOnMotion(state, command, ctx);
    case 'motion.putToVote':
      return putMotionToVote(state, ctx);
    default:
      return unreachable(command);
  }
};
