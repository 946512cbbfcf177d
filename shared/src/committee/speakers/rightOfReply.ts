/**
 * Right of reply: a delegation whose national integrity a speech impugned asks
 * for a reply naming that speech; the chair grants or refuses; a granted reply
 * is a short timed speech; a reply is never answered by another reply.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, idSource, refuse, serialOf, type Decision } from '../core/decision.ts';
import type { EventOf } from '../core/events.ts';
import { requireFloor, requireQuietFloor } from '../core/guards.ts';
import { unreachable } from '../core/unreachable.ts';
import { isPresent, nameOf } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';

/** reply.request: a present delegation asks for a right of reply to a speech by another. */
export const requestReply = (
  state: CommitteeState,
  command: CommandOf<'reply.request'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  if (state.floor.kind === 'adjourned') return refuse('out_of_order', 'the meeting is adjourned');
  const speech = state.speeches.find((candidate) => candidate.id === command.payload.speechId);
  if (!speech) return refuse('not_found', `there is no speech ${command.payload.speechId}`);
  if (speech.kind === 'rightOfReply') return refuse('out_of_order', 'there is no reply to a reply');
  if (speech.delegation === delegation)
    return refuse('out_of_order', 'a delegation does not reply to itself');
  if (!isPresent(state, delegation)) {
    return refuse('out_of_order', `${nameOf(state, delegation)} is not recorded present`);
  }
  if (
    state.replies.some(
      (request) => request.delegation === delegation && request.speechId === speech.id,
    )
  ) {
    return refuse(
      'conflict',
      `${nameOf(state, delegation)} already asked to reply to speech ${speech.id}`,
    );
  }
  return accept({
    type: 'reply.requested',
    at: ctx.now,
    request: { id: idSource(state.nextSerial)('R'), delegation, speechId: speech.id },
  });
};

/** reply.rule: the chair grants or refuses a request, once. */
export const ruleOnReply = (
  state: CommitteeState,
  command: CommandOf<'reply.rule'>,
  ctx: DecisionContext,
): Decision => {
  const request = state.replies.find((candidate) => candidate.id === command.payload.requestId);
  if (!request) return refuse('not_found', `there is no request ${command.payload.requestId}`);
  if (request.status !== 'requested')
    return refuse('conflict', `request ${request.id} was already ${request.status}`);
  return accept({
    type: 'reply.ruled',
    at: ctx.now,
    requestId: request.id,
    granted: command.payload.ruling === 'granted',
  });
};

/** reply.start: the chair gives a granted reply the floor for the reply time. */
export const startReply = (
  state: CommitteeState,
  command: CommandOf<'reply.start'>,
  ctx: DecisionContext,
): Decision => {
  const request = state.replies.find((candidate) => candidate.id === command.payload.requestId);
  if (!request) return refuse('not_found', `there is no request ${command.payload.requestId}`);
  if (request.status !== 'granted') {
    return refuse('out_of_order', `request ${request.id} is ${request.status}, not granted`);
  }
  const floor = requireFloor(state, ['formalDebate', 'moderatedCaucus'], 'A right of reply');
  if (floor) return floor;
  if (state.floor.kind === 'moderatedCaucus' && state.floor.timeUp) {
    return refuse('out_of_order', "the caucus's time is up");
  }
  const quiet = requireQuietFloor(state, 'A right of reply');
  if (quiet) return quiet;
  if (!isPresent(state, request.delegation)) {
    return refuse('out_of_order', `${nameOf(state, request.delegation)} is not recorded present`);
  }
  return accept({
    type: 'speech.started',
    at: ctx.now,
    speechId: idSource(state.nextSerial)('S'),
    delegation: request.delegation,
    kind: 'rightOfReply',
    durationMs: state.rules.rightOfReplySeconds * 1000,
    replyTo: request.speechId,
    requestId: request.id,
  });
};

type ReplyEvent = EventOf<'reply.requested' | 'reply.ruled'>;

/** Apply a right-of-reply event. */
export const applyReply = (state: CommitteeState, event: ReplyEvent): CommitteeState => {
  switch (event.type) {
    case 'reply.requested':
      return {
        ...state,
        replies: [
          ...state.replies,
          { ...event.request, requestedAt: event.at, status: 'requested' },
        ],
        nextSerial: Math.max(state.nextSerial, serialOf(event.request.id) + 1),
      };
    case 'reply.ruled':
      return {
        ...state,
        replies: state.replies.map((request) =>
          request.id === event.requestId
            ? { ...request, status: event.granted ? 'granted' : 'refused' }
            : request,
        ),
      };
    default:
      return unreachable(event);
  }
};
