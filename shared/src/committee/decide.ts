/**
 * `decide(state, command, ctx) → events | refusal`: Security Council procedure
 * as a pure decider. Order of checks: the command type is known, the actor's
 * role may issue it (forbidden), the payload is well formed (invalid), then the
 * rules of procedure. Never mutates `state`, never reads a clock or a die.
 */
import type { DecisionContext } from '../actor.ts';
import {
  acceptAmendment,
  declineAmendment,
  proposeAmendment,
  withdrawAmendment,
} from './drafts/amendments.ts';
import { closeRollCall, recordAttendance, startRollCall } from './attendance/attendance.ts';
import { pauseClock, resetClock, resumeClock } from './core/clocks.ts';
import { authorize, isRefusal, type Issuer } from './core/authorization.ts';
import { endCaucus, lowerPlacard, raisePlacard, recogniseInCaucus } from './caucus/caucus.ts';
import { commandSchema, commandTypes, type Command, type CommandType } from './core/commands.ts';
import { refuse, type Decision } from './core/decision.ts';
import { approveDraft, editDraft, submitDraft, withdrawDraft } from './drafts/draftCommands.ts';
import { unreachable } from './motions/motionKinds.ts';
import {
  moveMotion,
  putMotionToVote,
  ruleOnMotion,
  secondMotion,
  withdrawMotion,
} from './motions/motions.ts';
import { raisePoint, recognisePoint, resolvePoint, withdrawPoint } from './points/points.ts';
import { requestReply, ruleOnReply, startReply } from './speakers/rightOfReply.ts';
import { openSession, resumeSession } from './session/session.ts';
import {
  addSpeaker,
  moveSpeaker,
  nextSpeaker,
  openSpeakersList,
  removeSpeaker,
} from './speakers/speakersList.ts';
import { answerQuestion, endSpeech, recogniseComment, yieldSpeech } from './speakers/speeches.ts';
import { addSponsor, removeSponsor, signDraft, unsignDraft } from './drafts/sponsorship.ts';
import type { CommitteeState } from './core/state.ts';
import { expireTimer } from './core/timerExpiry.ts';
import {
  castVote,
  closeVote,
  endVotingProcedure,
  nextExplanation,
  openSubstantiveVote,
  waiveExplanation,
} from './votes/voting.ts';

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

const route = (
  state: CommitteeState,
  command: Command,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  switch (command.type) {
    case 'session.open':
      return openSession(state, ctx);
    case 'session.resume':
      return resumeSession(state, ctx);
    case 'attendance.startRollCall':
      return startRollCall(state, ctx);
    case 'attendance.record':
      return recordAttendance(state, command, ctx, issuer);
    case 'attendance.closeRollCall':
      return closeRollCall(state, ctx);
    case 'gsl.open':
      return openSpeakersList(state, ctx);
    case 'gsl.add':
      return addSpeaker(state, command, ctx, issuer);
    case 'gsl.remove':
      return removeSpeaker(state, command, ctx, issuer);
    case 'gsl.move':
      return moveSpeaker(state, command, ctx);
    case 'gsl.next':
      return nextSpeaker(state, ctx);
    case 'speech.yield':
      return yieldSpeech(state, command, ctx, issuer);
    case 'speech.end':
      return endSpeech(state, ctx);
    case 'speech.answer':
      return answerQuestion(state, ctx);
    case 'comment.recognise':
      return recogniseComment(state, command, ctx);
    case 'timer.pause':
      return pauseClock(state, command, ctx);
    case 'timer.resume':
      return resumeClock(state, command, ctx);
    case 'timer.reset':
      return resetClock(state, ctx);
    case 'timer.expire':
      return expireTimer(state, ctx);
    case 'motion.move':
      return moveMotion(state, command, ctx, issuer);
    case 'motion.second':
      return secondMotion(state, command, ctx, issuer);
    case 'motion.withdraw':
      return withdrawMotion(state, command, ctx, issuer);
    case 'motion.rule':
      return ruleOnMotion(state, command, ctx);
    case 'motion.putToVote':
      return putMotionToVote(state, ctx);
    case 'placard.raise':
      return raisePlacard(state, command, ctx, issuer);
    case 'placard.lower':
      return lowerPlacard(state, command, ctx, issuer);
    case 'caucus.recognise':
      return recogniseInCaucus(state, command, ctx);
    case 'caucus.end':
      return endCaucus(state, ctx);
    case 'point.raise':
      return raisePoint(state, command, ctx, issuer);
    case 'point.withdraw':
      return withdrawPoint(state, command, ctx, issuer);
    case 'point.recognise':
      return recognisePoint(state, command, ctx);
    case 'point.resolve':
      return resolvePoint(state, command, ctx);
    case 'reply.request':
      return requestReply(state, command, ctx, issuer);
    case 'reply.rule':
      return ruleOnReply(state, command, ctx);
    case 'reply.start':
      return startReply(state, command, ctx);
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
    case 'draft.submit':
      return submitDraft(state, command, ctx, issuer);
    case 'draft.edit':
      return editDraft(state, command, ctx, issuer);
    case 'draft.addSponsor':
      return addSponsor(state, command, ctx, issuer);
    case 'draft.removeSponsor':
      return removeSponsor(state, command, ctx, issuer);
    case 'draft.sign':
      return signDraft(state, command, ctx, issuer);
    case 'draft.unsign':
      return unsignDraft(state, command, ctx, issuer);
    case 'draft.withdraw':
      return withdrawDraft(state, command, ctx, issuer);
    case 'draft.approve':
      return approveDraft(state, command, ctx);
    case 'amendment.propose':
      return proposeAmendment(state, command, ctx, issuer);
    case 'amendment.accept':
      return acceptAmendment(state, command, ctx, issuer);
    case 'amendment.decline':
      return declineAmendment(state, command, ctx, issuer);
    case 'amendment.withdraw':
      return withdrawAmendment(state, command, ctx, issuer);
    default:
      return unreachable(command);
  }
};
