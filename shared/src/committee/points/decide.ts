/**
 * The commands of points raised, withdrawn, recognised and resolved: each to the rule that decides it.
 */
import type { DecisionContext } from '../../actor.ts';
import type { Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import type { Decision } from '../core/decision.ts';
import type { CommitteeState } from '../core/state.ts';
import { unreachable } from '../core/unreachable.ts';
import { raisePoint, recognisePoint, resolvePoint, withdrawPoint } from './points.ts';

/** A command of points raised, withdrawn, recognised and resolved. */
export type PointsCommand = CommandOf<
  'point.raise' | 'point.withdraw' | 'point.recognise' | 'point.resolve'
>;

/** Decide a command of points raised, withdrawn, recognised and resolved. */
export const decidePoints = (
  state: CommitteeState,
  command: PointsCommand,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  switch (command.type) {
    case 'point.raise':
      return raisePoint(state, command, ctx, issuer);
    case 'point.withdraw':
      return withdrawPoint(state, command, ctx, issuer);
    case 'point.recognise':
      return recognisePoint(state, command, ctx);
    case 'point.resolve':
      return resolvePoint(state, command, ctx);
    default:
      return unreachable(command);
  }
};
