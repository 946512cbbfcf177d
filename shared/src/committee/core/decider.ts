/**
 * The shape every part of the session decides its own commands in, so the
 * top-level `decide` can hand each command to its part.
 */
import type { DecisionContext } from '../../actor.ts';
import type { Issuer } from './authorization.ts';
import type { CommandOf, CommandType } from './commands.ts';
import type { Decision } from './decision.ts';
import type { CommitteeState } from './state.ts';

/** Decides the commands of one part of the session: its events, or why it is refused. */
export type PartDecider<T extends CommandType> = (
  state: CommitteeState,
  command: CommandOf<T>,
  ctx: DecisionContext,
  issuer: Issuer,
) => Decision;
