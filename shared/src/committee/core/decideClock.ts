/**
 * The commands of the speaker and caucus clocks: paused, resumed, reset, run out: each to the rule that decides it.
 */
import type { DecisionContext } from '../../actor.ts';
import type { Issuer } from './authorization.ts';
import type { CommandOf } from './commands.ts';
import type { Decision } from './decision.ts';
import type { CommitteeState } from './state.ts';
import { unreachable } from './unreachable.ts';
import { pauseClock, resetClock, resumeClock } from './clocks.ts';
import { expireTimer } from './timerExpiry.ts';

/** A command of the speaker and caucus clocks. */
export type ClockCommand = CommandOf<
  'timer.pause' | 'timer.resume' | 'timer.reset' | 'timer.expire'
>;

/** Decide a command of the speaker and caucus clocks. */
export const decideClock = (
  state: CommitteeState,
  command: ClockCommand,
  ctx: DecisionContext,
  _issuer: Issuer,
): Decision => {
  switch (command.type) {
    case 'timer.pause':
      return pauseClock(state, command, ctx);
    case 'timer.resume':
      return resumeClock(state, command, ctx);
    case 'timer.reset':
      return resetClock(state, ctx);
    case 'timer.expire':
      return expireTimer(state, ctx);
    default:
      return unreachable(command);
  }
};
