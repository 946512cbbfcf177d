/**
 * The commands of the general speakers' list, speeches, yields, comments and rights of reply,
 * each handed to the rule that decides it.
 */
import type { PartDecider } from '../core/decider.ts';
import { unreachable } from '../core/unreachable.ts';
import { requestReply, ruleOnReply, startReply } from './rightOfReply.ts';
import {
  addSpeaker,
  moveSpeaker,
  nextSpeaker,
  openSpeakersList,
  removeSpeaker,
} from './speakersList.ts';
import { answerQuestion, endSpeech, recogniseComment, yieldSpeech } from './speeches.ts';

/** The commands of the general speakers' list, speeches, yields, comments and rights of reply. */
export type SpeakersCommandType =
  | 'gsl.open'
  | 'gsl.add'
  | 'gsl.remove'
  | 'gsl.move'
  | 'gsl.next'
  | 'speech.yield'
  | 'speech.end'
  | 'speech.answer'
  | 'comment.recognise'
  | 'reply.request'
  | 'reply.rule'
  | 'reply.start';

/** Decide a command of the general speakers' list, speeches, yields, comments and rights of reply. */
export const decideSpeakers: PartDecider<SpeakersCommandType> = (state, command, ctx, issuer) => {
  switch (command.type) {
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
    case 'reply.request':
      return requestReply(state, command, ctx, issuer);
    case 'reply.rule':
      return ruleOnReply(state, command, ctx);
    case 'reply.start':
      return startReply(state, command, ctx);
    default:
      return unreachable(command);
  }
};
