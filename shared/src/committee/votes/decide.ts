/**
 * The commands of votes opened, cast and closed, explanations of vote, the end of voting procedure: each to the rule that decides it.
 */
import type { DecisionContext } from '../../actor.ts';
import type { Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import type { Decision } from '../core/decision.ts';
import type { CommitteeState } from '../core/state.ts';
import { unreachable } from '../core/unreachable.ts';
import {
  castVote,
  closeVote,
  endVotingProcedure,
  nextExplanation,
  openSubstantiveVote,
  waiveExplanation,
} from './voting.ts';

/** A command of votes opened, cast and closed, explanations of vote, the end of voting procedure. */
export type VotesCommand = CommandOf<
  | 'vote.open'
  | 'vote.cast'
  | 'vote.close'
  | 'explanation.next'
  | 'explanation.waive'
  | 'votingProcedure.end'
>;

/** Decide a command of votes opened, cast and closed, explanations of vote, the end of voting procedure. */
export const decideVotes = (
  state: CommitteeState,
  command: VotesCommand,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  switch (command.type) {
    case 'vote.open':
      return openSubstantiveVote(state, command, ctx);
    case 'vote.cast':
      return castVote(state, command, ctx, issuer);
    case 'vote.close':
      return closeVote(state, command, ctx);
    case 'explanation.next':
      return nextExplanation(state, ctx);
    case 'explanation.waive':
      return waiveExplanation(state, command, ctx, issuer);
    case 'votingProcedure.end':
      return endVotingProcedure(state, ctx);
    default:
      return unreachable(command);
  }
};
