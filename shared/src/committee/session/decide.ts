/**
 * The commands of the meeting called to order and resumed: each to the rule that decides it.
 */
import type { DecisionContext } from '../../actor.ts';
import type { Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import type { Decision } from '../core/decision.ts';
import type { CommitteeState } from '../core/state.ts';
import { unreachable } from '../core/unreachable.ts';
import { openSession, resumeSession } from './session.ts';

/** A command of the meeting called to order and resumed. */
export type SessionCommand = CommandOf<'session.open' | 'session.resume'>;

/** Decide a command of the meeting called to order and resumed. */
export const decideSession = (
  state: CommitteeState,
  command: SessionCommand,
  ctx: DecisionContext,
  _issuer: Issuer,
): Decision => {
  switch (command.type) {
    case 'session.open':
      return openSession(state, ctx);
    case 'session.resume':
      return resumeSession(state, ctx);
    default:
      return unreachable(command);
  }
};
