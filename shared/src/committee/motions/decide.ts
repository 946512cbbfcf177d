/**
 * The commands of motions moved, seconded, withdrawn, ruled on and put to the vote: each to the rule that decides it.
 */
import type { DecisionContext } from '../../actor.ts';
import type { Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import type { Decision } from '../core/decision.ts';
import type { CommitteeState } from '../core/state.ts';
import { unreachable } from '../core/unreachable.ts';
import {
  moveMotion,
  putMotionToVote,
  ruleOnMotion,
  secondMotion,
  withdrawMotion,
} from './motions.ts';

/** A command of motions moved, seconded, withdrawn, ruled on and put to the vote. */
export type MotionsCommand = CommandOf<
  'motion.move' | 'motion.second' | 'motion.withdraw' | 'motion.rule' | 'motion.putToVote'
>;

/** Decide a command of motions moved, seconded, withdrawn, ruled on and put to the vote. */
export const decideMotions = (
  state: CommitteeState,
  command: MotionsCommand,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
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
