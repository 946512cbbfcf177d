/**
 * The commands of points raised, withdrawn, recognised and resolved, each handed to the rule
 * that decides it.
 */
import type { PartDecider } from '../core/decider.ts';
import { unreachable } from '../core/unreachable.ts';
import { raisePoint, recognisePoint, resolvePoint, withdrawPoint } from './points.ts';

/** The commands of points raised, withdrawn, recognised and resolved. */
export type PointsCommandType =
  'point.raise' | 'point.withdraw' | 'point.recognise' | 'point.resolve';

/** Decide a command of points raised, withdrawn, recognised and resolved. */
export const decidePoints: PartDecider<PointsCommandType> = (state, command, ctx, issuer) => {
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
