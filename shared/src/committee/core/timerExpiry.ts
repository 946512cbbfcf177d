/**
 * Deadlines the server acts on. A GSL speaker's time running out is shown to
 * the chair ("time is up") but never moves the floor by itself; a caucus, a
 * suspension, or the last speech of a caucus whose time is up, do.
 */
import type { DecisionContext } from '../../actor.ts';
import { accept, refuse, type Decision } from './decision.ts';
import type { DomainEvent } from './events.ts';
import type { CommitteeState } from './state.ts';
import type { Timer } from './timers.ts';

const deadlineOf = (timer: Timer): number | null =>
  timer.status === 'running' ? timer.deadline : null;

/** The earliest absolute deadline (epoch ms) the server must act on with `timer.expire`, or null. */
export const nextDeadline = (state: CommitteeState): number | null => {
  const floor = state.floor;
  switch (floor.kind) {
    case 'unmoderatedCaucus':
    case 'suspended':
      return deadlineOf(floor.timer);
    case 'moderatedCaucus':
      if (!floor.timeUp) return deadlineOf(floor.timer);
      // The speaker allowed to finish ends the caucus when its own time runs out.
      return state.speech ? deadlineOf(state.speech.timer) : null;
    case 'adjourned':
    case 'formalDebate':
    case 'votingProcedure':
      return null;
    default:
      return unreachableFloor(floor);
  }
};

function unreachableFloor(floor: never): never {
  throw new Error(`unknown floor ${JSON.stringify(floor)}`);
}

/** timer.expire: the server reports a deadline has passed; refused when nothing is due, so it never applies twice. */
export const expireTimer = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const due = nextDeadline(state);
  if (due === null) return refuse('out_of_order', 'no timer is running');
  if (ctx.now < due) return refuse('out_of_order', `the next deadline is in ${due - ctx.now} ms`);
  const at = ctx.now;
  const floor = state.floor;
  const speech = state.speech;
  const ended: DomainEvent = { type: 'caucus.ended', at, reason: 'timeUp' };
  const speechEnded = (id: string): DomainEvent => ({
    type: 'speech.ended',
    at,
    speechId: id,
    comments: 0,
  });
  switch (floor.kind) {
    case 'suspended':
      return accept({ type: 'session.resumed', at, reason: 'timeUp' });
    case 'unmoderatedCaucus':
      return accept(ended);
    case 'moderatedCaucus':
      if (!speech) return accept(ended);
      if (!floor.timeUp && state.rules.caucusSpeakerMayFinish)
        return accept({ type: 'caucus.timeUp', at });
      return accept(speechEnded(speech.id), ended);
    case 'adjourned':
    case 'formalDebate':
    case 'votingProcedure':
      return refuse('out_of_order', 'no timer is running');
    default:
      return unreachableFloor(floor);
  }
};
