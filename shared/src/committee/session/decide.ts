/**
 * The commands of the meeting called to order and resumed, each handed to the rule that
 * decides it.
 */
import type { PartDecider } from '../core/decider.ts';
import { unreachable } from '../core/unreachable.ts';
import { openSession, resumeSession } from './session.ts';

/** The commands of the meeting called to order and resumed. */
export type SessionCommandType = 'session.open' | 'session.resume';

/** Decide a command of the meeting called to order and resumed. */
export const decideSession: PartDecider<SessionCommandType> = (state, command, ctx, _issuer) => {
  switch (command.type) {
    case 'session.open':
      return openSession(state, ctx);
    case 'session.resume':
      return resumeSession(state, ctx);
    default:
      return unreachable(command);
  }
};
