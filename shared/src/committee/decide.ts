/**
 * `decide(state, command, ctx) → events | refusal`: Security Council procedure
 * as a pure decider. Order of checks: the command type is known, the actor's
 * role may issue it (forbidden), the payload is well formed (invalid), then the
 * rules of procedure. Never mutates `state`, never reads a clock or a die.
 */
import type { DecisionContext } from '../actor.ts';
import { decideAttendance } from './attendance/decide.ts';
import { decideCaucus } from './caucus/decide.ts';
import { authorize, isRefusal, type Issuer } from './core/authorization.ts';
import { commandSchema, commandTypes, type Command, type CommandType } from './core/commands.ts';
import { decideClock } from './core/decideClock.ts';
import { refuse, type Decision } from './core/decision.ts';
import type { CommitteeState } from './core/state.ts';
import { decideDrafts } from './drafts/decide.ts';
import { decideMotions } from './motions/decide.ts';
import { unreachable } from './core/unreachable.ts';
import { decidePoints } from './points/decide.ts';
import { decideSession } from './session/decide.ts';
import { decideSpeakers } from './speakers/decide.ts';
import { decideVotes } from './votes/decide.ts';

const isCommandType = (value: unknown): value is CommandType =>
  typeof value === 'string' && (commandTypes as readonly string[]).includes(value);

/** Decide what a command does to the committee: the events to append, or why it is refused. */
export const decide = (state: CommitteeState, command: Command, ctx: DecisionContext): Decision => {
  // The server parses at the edge; parsing again here keeps decide total for any caller.
  const type: unknown = typeof command === 'object' && command !== null ? command.type : undefined;
  if (!isCommandType(type)) return refuse('invalid', `unknown command ${String(type)}`);
  const issuer = authorize(state, type, ctx.actor);
  if (isRefusal(issuer)) return issuer;
  const parsed = commandSchema.safeParse(command);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      'invalid',
      `${type}: ${issue ? `${issue.path.join('.') || 'payload'}: ${issue.message}` : 'malformed'}`,
    );
  }
  return route(state, parsed.data, ctx, issuer);
};

/**
 * `decide` for a command already typed by its builder (the web app asking
 * "would this be allowed?"): the same authorization and rules, without
 * re-parsing the payload, so a client need not load the schemas.
 */
export const decideParsed = (
  state: CommitteeState,
  command: Command,
  ctx: DecisionContext,
): Decision => {
  const issuer = authorize(state, command.type, ctx.actor);
  if (isRefusal(issuer)) return issuer;
  return route(state, command, ctx, issuer);
};

/** Each command to the part of the session whose rules decide it. */
const route = (
  state: CommitteeState,
  command: Command,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  switch (command.type) {
    case 'session.open':
    case 'session.resume':
      return decideSession(state, command, ctx, issuer);
    case 'attendance.startRollCall':
    case 'attendance.record':
    case 'attendance.closeRollCall':
      return decideAttendance(state, command, ctx, issuer);
    case 'gsl.open':
    case 'gsl.add':
    case 'gsl.remove':
    case 'gsl.move':
    case 'gsl.next':
    case 'speech.yield':
    case 'speech.end':
    case 'speech.answer':
    case 'comment.recognise':
    case 'reply.request':
    case 'reply.rule':
    case 'reply.start':
      return decideSpeakers(state, command, ctx, issuer);
    case 'timer.pause':
    case 'timer.resume':
    case 'timer.reset':
    case 'timer.expire':
      return decideClock(state, command, ctx, issuer);
    case 'motion.move':
    case 'motion.second':
    case 'motion.withdraw':
    case 'motion.rule':
    case 'motion.putToVote':
      return decideMotions(state, command, ctx, issuer);
    case 'placard.raise':
    case 'placard.lower':
    case 'caucus.recognise':
    case 'caucus.end':
      return decideCaucus(state, command, ctx, issuer);
    case 'point.raise':
    case 'point.withdraw':
    case 'point.recognise':
    case 'point.resolve':
      return decidePoints(state, command, ctx, issuer);
    case 'vote.open':
    case 'vote.cast':
    case 'vote.close':
    case 'explanation.next':
    case 'explanation.waive':
    case 'votingProcedure.end':
      return decideVotes(state, command, ctx, issuer);
    case 'draft.submit':
    case 'draft.edit':
    case 'draft.addSponsor':
    case 'draft.removeSponsor':
    case 'draft.sign':
    case 'draft.unsign':
    case 'draft.withdraw':
    case 'draft.approve':
    case 'amendment.propose':
    case 'amendment.accept':
    case 'amendment.decline':
    case 'amendment.withdraw':
      return decideDrafts(state, command, ctx, issuer);
    default:
      return unreachable(command);
  }
};
