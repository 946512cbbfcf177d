/**
 * The commands of votes opened, cast and closed, explanations of vote, the end of voting
 * procedure, each handed to the rule that decides it.
 */
import type { PartDecider } from '../core/decider.ts';
import { unreachable } from '../core/unreachable.ts';
import {
  castVote,
  closeVote,
  endVotingProcedure,
  nextExplanation,
  openSubstantiveVote,
  waiveExplanation,
} from './voting.ts';

/** The commands of votes opened, cast and closed, explanations of vote, the end of voting procedure. */
export type VotesCommandType =
  | 'vote.open'
  | 'vote.cast'
  | 'vote.close'
  | 'explanation.next'
  | 'explanation.waive'
  | 'votingProcedure.end';

/** Decide a command of votes opened, cast and closed, explanations of vote, the end of voting procedure. */
export const decideVotes: PartDecider<VotesCommandType> = (state, command, ctx, issuer) => {
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
