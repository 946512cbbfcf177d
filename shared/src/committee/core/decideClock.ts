/**
 * The commands of the speaker and caucus clocks: paused, resumed, reset, run out, each handed
 * to the rule that decides it.
 */
import type { PartDecider } from './decider.ts';
import { unreachable } from './unreachable.ts';
import { pauseClock, resetClock, resumeClock } from './clocks.ts';
import { expireTimer } from './timerExpiry.ts';

/** The commands of the speaker and caucus clocks. */
export type ClockCommandType = 'timer.pause' | 'timer.resume' | 'timer.reset' | 'timer.expire';

/** Decide a command of the speaker and caucus clocks. */
export const decideClock: PartDecider<ClockCommandType> = (state, command, ctx, _issuer) => {
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
