/**
 * The commands of caucuses: placards raised and lowered, members recognised, the caucus ended,
 * each handed to the rule that decides it.
 */
import type { PartDecider } from '../core/decider.ts';
import { unreachable } from '../core/unreachable.ts';
import { endCaucus, lowerPlacard, raisePlacard, recogniseInCaucus } from './caucus.ts';

/** The commands of caucuses. */
export type CaucusCommandType =
  'placard.raise' | 'placard.lower' | 'caucus.recognise' | 'caucus.end';

/** Decide a command of caucuses. */
export const decideCaucus: PartDecider<CaucusCommandType> = (state, command, ctx, issuer) => {
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
