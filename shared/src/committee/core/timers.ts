/**
 * Timers as data: a running timer is an absolute deadline (epoch ms), a paused
 * one is a remainder. Nothing ticks inside the domain; clients and the server
 * compute what is left from their own (offset-corrected) clock.
 */
export type Timer =
  | { readonly status: 'running'; readonly durationMs: number; readonly deadline: number }
  | { readonly status: 'paused'; readonly durationMs: number; readonly remainingMs: number };

/** A timer of `durationMs` started at `now`. */
export const startTimer = (durationMs: number, now: number): Timer => ({
  status: 'running',
  durationMs,
  deadline: now + durationMs,
});

/** A timer of `durationMs` that waits for the chair (or a rule) to start it. */
export const pausedTimer = (durationMs: number, remaining = durationMs): Timer => ({
  status: 'paused',
  durationMs,
  remainingMs: Math.max(0, remaining),
});

/** Milliseconds left on a timer at `now` (never negative). */
export const remainingMs = (timer: Timer, now: number): number =>
  timer.status === 'running' ? Math.max(0, timer.deadline - now) : timer.remainingMs;

/** The timer stopped at `now`, keeping what was left. */
export const pauseTimer = (timer: Timer, now: number): Timer =>
  pausedTimer(timer.durationMs, remainingMs(timer, now));

/** The timer running again from `now` with what it had left. */
export const resumeTimer = (timer: Timer, now: number): Timer =>
  timer.status === 'running'
    ? timer
    : { status: 'running', durationMs: timer.durationMs, deadline: now + timer.remainingMs };

/** The timer given `extraMs` more, whether it is running or paused. */
export const extendTimer = (timer: Timer, extraMs: number): Timer =>
  timer.status === 'running'
    ? { ...timer, durationMs: timer.durationMs + extraMs, deadline: timer.deadline + extraMs }
    : {
        ...timer,
        durationMs: timer.durationMs + extraMs,
        remainingMs: timer.remainingMs + extraMs,
      };
