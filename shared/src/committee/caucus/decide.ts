/**
 * The commands of caucuses: placards raised and lowered, members recognised, the caucus ended: each to the rule that decides it.
 */
import type { DecisionContext } from '../../actor.ts';
import type { Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import type { Decision } from '../core/decision.ts';
import type { CommitteeState } from '../core/state.ts';
import { unreachable } from '../core/unreachable.ts';
import { endCaucus, lowerPlacard, raisePlacard, recogniseInCaucus } from './caucus.ts';

/** A command of caucuses. */
export type CaucusCommand = CommandOf<
  'placard.raise' | 'placard.lower' | 'caucus.recognise' | 'caucus.end'
>;

/** Decide a command of caucuses. */
export const decideCaucus = (
  state: CommitteeState,
  command: CaucusCommand,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  switch (command.type) {
    case 'placard.raise':
      return raisePlacard(state, command, ctx, issuer);
    case 'placard.lower':
      return lowerPlacard(state, command, ctx, issuer);
    case 'caucus.recognise':
      return recogniseInCaucus(state, command, ctx);
    case 'caucus.end':
      return endCaucus(state, ctx);
    default:
      return unreachable(command);
  }
};
