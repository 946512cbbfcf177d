/**
 * Caucuses. Moderated: delegations raise placards and the chair recognises
 * whom it chooses (not first come), each for the caucus's speaking time,
 * within a total. Unmoderated: one countdown, then formal debate resumes.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, idSource, refuse, type Decision } from '../core/decision.ts';
import type { DomainEvent, EventOf } from '../core/events.ts';
import { floorName, requireFloor, requireQuietFloor } from '../core/guards.ts';
import { unreachable } from '../core/unreachable.ts';
import { isPresent, nameOf, onRoster } from '../core/roster.ts';
import type { CommitteeState, EndedCaucus, Floor } from '../core/state.ts';
import { extendTimer, startTimer } from '../core/timers.ts';
import { speechEnds } from '../speakers/speeches.ts';

/** placard.raise: a present delegation asks for the floor in a moderated caucus. */
export const raisePlacard = (
  state: CommitteeState,
  command: CommandOf<'placard.raise'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  const floor = state.floor;
  if (floor.kind !== 'moderatedCaucus') {
    return refuse('out_of_order', 'placards are raised in a moderated caucus');
  }
  if (floor.timeUp) return refuse('out_of_order', "the caucus's time is up");
  if (!isPresent(state, delegation)) {
    return refuse('out_of_order', `${nameOf(state, delegation)} is not recorded present`);
  }
  if (floor.placards.includes(delegation)) {
    return refuse('conflict', `${nameOf(state, delegation)} has already raised its placard`);
  }
  return accept({ type: 'placard.raised', at: ctx.now, delegation });
};

/** placard.lower: a delegation (or the chair) lowers its placard. */
export const lowerPlacard = (
  state: CommitteeState,
  command: CommandOf<'placard.lower'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  const floor = state.floor;
  if (floor.kind !== 'moderatedCaucus' || !floor.placards.includes(delegation)) {
    return refuse('not_found', `${nameOf(state, delegation)} has no placard raised`);
  }
  return accept({ type: 'placard.lowered', at: ctx.now, delegation });
};

/** caucus.recognise: the chair gives the floor to a present delegation of its choice. */
export const recogniseInCaucus = (
  state: CommitteeState,
  command: CommandOf<'caucus.recognise'>,
  ctx: DecisionContext,
): Decision => {
  const floor = state.floor;
  if (floor.kind !== 'moderatedCaucus') {
    return refuse('out_of_order', `there is no moderated caucus ${floorName(floor.kind)}`);
  }
  if (floor.timeUp) return refuse('out_of_order', "the caucus's time is up");
  const quiet = requireQuietFloor(state, 'The next caucus speaker');
  if (quiet) return quiet;
  const { delegation } = command.payload;
  if (!onRoster(state, delegation))
    return refuse('not_found', `${delegation} is not on the roster`);
  if (!isPresent(state, delegation)) {
    return refuse('out_of_order', `${nameOf(state, delegation)} is not recorded present`);
  }
  return accept({
    type: 'speech.started',
    at: ctx.now,
    speechId: idSource(state.nextSerial)('S'),
    delegation,
    kind: 'caucus',
    durationMs: floor.speakingSeconds * 1000,
    replyTo: null,
    requestId: null,
  });
};

/** caucus.end: the chair ends the caucus early; formal debate resumes. */
export const endCaucus = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const floor = requireFloor(state, ['moderatedCaucus', 'unmoderatedCaucus'], 'Ending a caucus');
  if (floor) return floor;
  const events: DomainEvent[] = state.speech ? speechEnds(state, state.speech, ctx.now) : [];
  if (!events.some((event) => event.type === 'caucus.ended')) {
    events.push({ type: 'caucus.ended', at: ctx.now, reason: 'chair' });
  }
  return accept(...events);
};

/** The caucus on the floor, as it would be remembered once ended. */
export const caucusOnFloor = (floor: Floor): EndedCaucus | null => {
  switch (floor.kind) {
    case 'moderatedCaucus':
      return {
        kind: 'moderated',
        topic: floor.topic,
        speakingSeconds: floor.speakingSeconds,
        originalSeconds: floor.originalSeconds,
        extendedSeconds: floor.extendedSeconds,
      };
    case 'unmoderatedCaucus':
      return {
        kind: 'unmoderated',
        purpose: floor.purpose,
        originalSeconds: floor.originalSeconds,
        extendedSeconds: floor.extendedSeconds,
      };
    default:
      return null;
  }
};

type CaucusEvent = EventOf<
  | 'caucus.started'
  | 'caucus.extended'
  | 'caucus.timeUp'
  | 'caucus.ended'
  | 'placard.raised'
  | 'placard.lowered'
>;

/** Apply a caucus or placard event. */
export const applyCaucus = (state: CommitteeState, event: CaucusEvent): CommitteeState => {
  const floor = state.floor;
  switch (event.type) {
    case 'caucus.started': {
      const timer = startTimer(event.durationMs, event.at);
      const common = {
        since: event.at,
        motionId: event.motionId,
        originalSeconds: event.caucus.originalSeconds,
        extendedSeconds: event.caucus.extendedSeconds,
        timer,
      };
      const next: Floor =
        event.caucus.kind === 'moderated'
          ? {
              kind: 'moderatedCaucus',
              ...common,
              topic: event.caucus.topic,
              speakingSeconds: event.caucus.speakingSeconds,
              timeUp: false,
              placards: [],
            }
          : { kind: 'unmoderatedCaucus', ...common, purpose: event.caucus.purpose };
      return { ...state, floor: next };
    }
    case 'caucus.extended':
      if (floor.kind !== 'moderatedCaucus' && floor.kind !== 'unmoderatedCaucus') return state;
      return {
        ...state,
        floor: {
          ...floor,
          timer: extendTimer(floor.timer, event.extraSeconds * 1000),
          extendedSeconds: floor.extendedSeconds + event.extraSeconds,
        },
      };
    case 'caucus.timeUp':
      return floor.kind === 'moderatedCaucus'
        ? { ...state, floor: { ...floor, timeUp: true, placards: [] } }
        : state;
    case 'caucus.ended':
      return {
        ...state,
        floor: {
          kind: 'formalDebate',
          since: event.at,
          lastCaucus: caucusOnFloor(floor),
          comments: null,
        },
      };
    case 'placard.raised':
      return floor.kind === 'moderatedCaucus'
        ? { ...state, floor: { ...floor, placards: [...floor.placards, event.delegation] } }
        : state;
    case 'placard.lowered':
      return floor.kind === 'moderatedCaucus'
        ? {
            ...state,
            floor: {
              ...floor,
              placards: floor.placards.filter((code) => code !== event.delegation),
            },
          }
        : state;
    default:
      return unreachable(event);
  }
};
