/**
 * The General Speakers' List: one entry per delegation at a time, present
 * delegations only, self-add while the list is open, the chair adds, removes,
 * moves and gives the floor to the next speaker.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, idSource, refuse, type Decision } from '../core/decision.ts';
import type { SpeakersListEvent } from '../core/events.ts';
import { inSession, requireFloor, requireQuietFloor } from '../core/guards.ts';
import { unreachable } from '../core/unreachable.ts';
import { isPresent, nameOf, onRoster, topicUnderDebate } from '../core/roster.ts';
import type { CommitteeState, SpeakersList } from '../core/state.ts';

/** gsl.open: the chair opens the list at the start; afterwards opening and closing is by motion. */
export const openSpeakersList = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const floor = requireFloor(state, ['formalDebate'], "Opening the speakers' list");
  if (floor) return floor;
  if (topicUnderDebate(state) === null) return refuse('out_of_order', 'no topic is under debate');
  if (state.speakersList.status !== 'notOpened') {
    return refuse(
      'out_of_order',
      "the speakers' list was opened already: close or reopen it by motion",
    );
  }
  return accept({ type: 'speakersList.opened', at: ctx.now });
};

/** gsl.add: a present delegation joins the end of the open list, once. */
export const addSpeaker = (
  state: CommitteeState,
  command: CommandOf<'gsl.add'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  if (!inSession(state)) return refuse('out_of_order', 'the meeting is not sitting');
  const { status, entries } = state.speakersList;
  if (status === 'notOpened') return refuse('out_of_order', "the speakers' list is not open");
  if (status === 'closed') return refuse('out_of_order', "the speakers' list is closed");
  if (!isPresent(state, delegation)) {
    return refuse('out_of_order', `${nameOf(state, delegation)} is not recorded present`);
  }
  if (entries.includes(delegation)) {
    return refuse('conflict', `${nameOf(state, delegation)} is already on the speakers' list`);
  }
  return accept({ type: 'speakersList.added', at: ctx.now, delegation });
};

/** gsl.remove: the chair takes a delegation off the list, or a delegation withdraws its name. */
export const removeSpeaker = (
  state: CommitteeState,
  command: CommandOf<'gsl.remove'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  if (!state.speakersList.entries.includes(delegation)) {
    return refuse('not_found', `${nameOf(state, delegation)} is not on the speakers' list`);
  }
  return accept({ type: 'speakersList.removed', at: ctx.now, delegation });
};

/** gsl.move: the chair moves an entry to another place (0 = next). */
export const moveSpeaker = (
  state: CommitteeState,
  command: CommandOf<'gsl.move'>,
  ctx: DecisionContext,
): Decision => {
  const { delegation } = command.payload;
  const entries = state.speakersList.entries;
  const from = entries.indexOf(delegation);
  if (!onRoster(state, delegation))
    return refuse('not_found', `${delegation} is not on the roster`);
  if (from === -1) {
    return refuse('not_found', `${nameOf(state, delegation)} is not on the speakers' list`);
  }
  const position = Math.min(command.payload.position, entries.length - 1);
  if (position === from) return refuse('conflict', `${delegation} is already at place ${from + 1}`);
  return accept({ type: 'speakersList.moved', at: ctx.now, delegation, position });
};

/** gsl.next: the delegation at the head of the list takes the floor for the speaking time. */
export const nextSpeaker = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const floor = requireFloor(state, ['formalDebate'], 'A speech from the speakers list');
  if (floor) return floor;
  if (topicUnderDebate(state) === null) return refuse('out_of_order', 'no topic is under debate');
  const quiet = requireQuietFloor(state, 'The next speaker');
  if (quiet) return quiet;
  const [next] = state.speakersList.entries;
  if (next === undefined) return refuse('out_of_order', "the speakers' list is empty");
  return accept({
    type: 'speech.started',
    at: ctx.now,
    speechId: idSource(state.nextSerial)('S'),
    delegation: next,
    kind: 'gsl',
    durationMs: state.speakersList.speakingTimeSeconds * 1000,
    replyTo: null,
    requestId: null,
  });
};

/** A fresh list for a new topic: not opened, empty, the profile's speaking time. */
export const freshSpeakersList = (state: CommitteeState): SpeakersList => ({
  status: 'notOpened',
  entries: [],
  speakingTimeSeconds: state.rules.speakingTimeSeconds,
});

/** Apply a speakers' list event. */
export const applySpeakersList = (
  state: CommitteeState,
  event: SpeakersListEvent,
): CommitteeState => {
  const list = state.speakersList;
  const entries = list.entries;
  switch (event.type) {
    case 'speakersList.opened':
      return { ...state, speakersList: { ...list, status: 'open' } };
    case 'speakersList.closed':
      return { ...state, speakersList: { ...list, status: 'closed' } };
    case 'speakersList.added':
      return { ...state, speakersList: { ...list, entries: [...entries, event.delegation] } };
    case 'speakersList.removed':
      return {
        ...state,
        speakersList: { ...list, entries: entries.filter((code) => code !== event.delegation) },
      };
    case 'speakersList.moved': {
      const rest = entries.filter((code) => code !== event.delegation);
      const moved = [
        ...rest.slice(0, event.position),
        event.delegation,
        ...rest.slice(event.position),
      ];
      return { ...state, speakersList: { ...list, entries: moved } };
    }
    case 'speakersList.speakingTimeSet':
      return { ...state, speakersList: { ...list, speakingTimeSeconds: event.seconds } };
    default:
      return unreachable(event);
  }
};
