/**
 * The chair's controls of the clocks: pause, resume and reset the speaker's
 * clock, pause and resume a caucus clock. Times come from ctx.now only.
 */
import type { DecisionContext } from '../../actor.ts';
import type { CommandOf } from './commands.ts';
import { accept, refuse, type Decision } from './decision.ts';
import type { CommitteeState, Floor } from './state.ts';
import { remainingMs } from './timers.ts';

/** The caucus clock on the floor, if the floor has one the chair controls. */
const caucusClock = (floor: Floor) =>
  (floor.kind === 'moderatedCaucus' && !floor.timeUp) || floor.kind === 'unmoderatedCaucus'
    ? floor.timer
    : null;

/** timer.pause: the chair stops the speaker's or the caucus clock. */
export const pauseClock = (
  state: CommitteeState,
  command: CommandOf<'timer.pause'>,
  ctx: DecisionContext,
): Decision => {
  const name = command.payload.timer;
  const timer = name === 'speaker' ? state.speech?.timer : caucusClock(state.floor);
  if (!timer) return refuse('out_of_order', `there is no ${name} clock to pause`);
  if (timer.status === 'paused') return refuse('conflict', `the ${name} clock is already paused`);
  return accept({
    type: 'timer.paused',
    at: ctx.now,
    timer: name,
    remainingMs: remainingMs(timer, ctx.now),
  });
};

/** timer.resume: the chair restarts a paused clock from what it had left. */
export const resumeClock = (
  state: CommitteeState,
  command: CommandOf<'timer.resume'>,
  ctx: DecisionContext,
): Decision => {
  const name = command.payload.timer;
  const timer = name === 'speaker' ? state.speech?.timer : caucusClock(state.floor);
  if (!timer) return refuse('out_of_order', `there is no ${name} clock to resume`);
  if (timer.status === 'running') return refuse('conflict', `the ${name} clock is already running`);
  return accept({
    type: 'timer.resumed',
    at: ctx.now,
    timer: name,
    deadline: ctx.now + timer.remainingMs,
  });
};

/** timer.reset: the chair gives the speaker its full time again, stopped until resumed. */
export const resetClock = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const speech = state.speech;
  if (!speech) return refuse('out_of_order', 'no one has the floor');
  return accept({ type: 'timer.reset', at: ctx.now, durationMs: speech.timer.durationMs });
};
