/**
 * Points: personal privilege, order, parliamentary inquiry and information.
 * Which may interrupt a speaker, the order the chair takes them in, and points
 * of information as the questions put to a speaker who yielded to them.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, actsFor, isRefusal, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, idSource, refuse, serialOf, type Decision } from '../core/decision.ts';
import type { EventOf } from '../core/events.ts';
import { requireFloor } from '../core/guards.ts';
import { unreachable } from '../core/unreachable.ts';
import { isPresent, nameOf } from '../core/roster.ts';
import type { CommitteeState, Point, PointKind } from '../core/state.ts';
import { pauseTimer } from '../core/timers.ts';

/** Precedence among pending points (procedure.md §7): personal privilege, order, inquiry. */
export const pointPrecedence: readonly PointKind[] = [
  'personalPrivilege',
  'order',
  'parliamentaryInquiry',
  'information',
];

/** Pending points in the order the chair takes them: by precedence, then as raised. */
export const orderPoints = (points: readonly Point[]): readonly Point[] =>
  [...points].sort(
    (a, b) =>
      pointPrecedence.indexOf(a.kind) - pointPrecedence.indexOf(b.kind) ||
      a.raisedAt - b.raisedAt ||
      serialOf(a.id) - serialOf(b.id),
  );

/** Whether a point of this kind may interrupt a speaker under these rules. */
export const mayInterrupt = (kind: PointKind, pointOfOrderInterrupts: boolean): boolean => {
  switch (kind) {
    case 'personalPrivilege':
      return true;
    case 'order':
      return pointOfOrderInterrupts;
    case 'parliamentaryInquiry':
      return false;
    case 'information':
      // Questions are put only while a speaker has yielded to them (checked separately).
      return true;
    default:
      return unreachable(kind);
  }
};

const pointNames: Readonly<Record<PointKind, string>> = {
  personalPrivilege: 'a point of personal privilege',
  order: 'a point of order',
  parliamentaryInquiry: 'a point of parliamentary inquiry',
  information: 'a point of information',
};

/** point.raise: a present delegation raises a point, if it may be raised now. */
export const raisePoint = (
  state: CommitteeState,
  command: CommandOf<'point.raise'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  const { kind } = command.payload;
  const floor = requireFloor(
    state,
    ['formalDebate', 'moderatedCaucus', 'votingProcedure'],
    'Raising a point',
  );
  if (floor) return floor;
  if (!isPresent(state, delegation)) {
    return refuse('out_of_order', `${nameOf(state, delegation)} is not recorded present`);
  }
  const speech = state.speech;
  if (kind === 'information') {
    if (!speech?.questions) {
      return refuse(
        'out_of_order',
        'points of information are put only to a speaker who yielded to questions',
      );
    }
    if (speech.delegation === delegation)
      return refuse('out_of_order', 'a speaker does not question itself');
  } else if (speech && !mayInterrupt(kind, state.rules.pointOfOrderInterrupts)) {
    return refuse('out_of_order', `${pointNames[kind]} may not interrupt a speaker`);
  }
  if (state.points.some((point) => point.delegation === delegation && point.kind === kind)) {
    return refuse(
      'conflict',
      `${nameOf(state, delegation)} already has ${pointNames[kind]} pending`,
    );
  }
  return accept({
    type: 'point.raised',
    at: ctx.now,
    point: {
      id: idSource(state.nextSerial)('P'),
      delegation,
      kind,
      text: command.payload.text ?? '',
    },
  });
};

/** point.withdraw: the delegation that raised a point (or the chair) withdraws it. */
export const withdrawPoint = (
  state: CommitteeState,
  command: CommandOf<'point.withdraw'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  if (issuer.role !== 'chair') {
    const self = actingDelegation(state, issuer, command.payload.delegation);
    if (isRefusal(self)) return self;
  }
  const point = state.points.find((candidate) => candidate.id === command.payload.pointId);
  if (!point) return refuse('not_found', `there is no pending point ${command.payload.pointId}`);
  if (!actsFor(issuer, point.delegation))
    return refuse('forbidden', 'only its delegation may withdraw a point');
  return accept({ type: 'point.withdrawn', at: ctx.now, pointId: point.id });
};

/** point.recognise: the chair picks a questioner among the points of information. */
export const recognisePoint = (
  state: CommitteeState,
  command: CommandOf<'point.recognise'>,
  ctx: DecisionContext,
): Decision => {
  const point = state.points.find((candidate) => candidate.id === command.payload.pointId);
  if (!point) return refuse('not_found', `there is no pending point ${command.payload.pointId}`);
  if (point.kind !== 'information') {
    return refuse('out_of_order', `the chair rules on ${pointNames[point.kind]} (point.resolve)`);
  }
  const phase = state.speech?.questions?.phase;
  if (phase === undefined)
    return refuse('out_of_order', 'the speaker has not yielded to questions');
  if (phase === 'question')
    return refuse('out_of_order', 'the speaker has a question to answer first');
  return accept({
    type: 'point.recognised',
    at: ctx.now,
    pointId: point.id,
    questioner: point.delegation,
    pauseClock: state.rules.questionsClockAnswersOnly,
  });
};

/** point.resolve: the chair deals with the first point in precedence; a point of order gets a ruling. */
export const resolvePoint = (
  state: CommitteeState,
  command: CommandOf<'point.resolve'>,
  ctx: DecisionContext,
): Decision => {
  const { pointId, ruling } = command.payload;
  const point = state.points.find((candidate) => candidate.id === pointId);
  if (!point) return refuse('not_found', `there is no pending point ${pointId}`);
  if (point.kind === 'information')
    return refuse('out_of_order', 'a point of information is recognised, not resolved');
  const first = orderPoints(
    state.points.filter((candidate) => candidate.kind !== 'information'),
  )[0];
  if (first && first.id !== point.id) {
    return refuse(
      'out_of_order',
      `${pointNames[first.kind]} by ${nameOf(state, first.delegation)} comes first`,
    );
  }
  if (point.kind === 'order' && ruling === undefined) {
    return refuse('invalid', 'rule the point of order well taken or not well taken');
  }
  if (point.kind !== 'order' && ruling !== undefined) {
    return refuse('invalid', `${pointNames[point.kind]} is answered, not ruled on`);
  }
  return accept({
    type: 'point.resolved',
    at: ctx.now,
    pointId,
    ruling: ruling ?? null,
    rulingId: ruling === undefined ? null : idSource(state.nextSerial)('D'),
  });
};

type PointEvent = EventOf<
  'point.raised' | 'point.withdrawn' | 'point.recognised' | 'point.resolved'
>;

/** Apply a point event. */
export const applyPoint = (state: CommitteeState, event: PointEvent): CommitteeState => {
  const without = (id: string) => state.points.filter((point) => point.id !== id);
  switch (event.type) {
    case 'point.raised':
      return {
        ...state,
        points: [...state.points, { ...event.point, raisedAt: event.at }],
        nextSerial: Math.max(state.nextSerial, serialOf(event.point.id) + 1),
      };
    case 'point.withdrawn':
      return { ...state, points: without(event.pointId) };
    case 'point.recognised': {
      const speech = state.speech;
      if (!speech) return { ...state, points: without(event.pointId) };
      return {
        ...state,
        points: without(event.pointId),
        speech: {
          ...speech,
          questions: { phase: 'question', questioner: event.questioner },
          timer: event.pauseClock ? pauseTimer(speech.timer, event.at) : speech.timer,
        },
      };
    }
    case 'point.resolved': {
      const point = state.points.find((candidate) => candidate.id === event.pointId);
      const rulings =
        event.rulingId !== null && point
          ? [
              ...state.rulings,
              {
                id: event.rulingId,
                kind: 'pointOfOrder' as const,
                motionId: null,
                pointId: point.id,
                text: `Point of order by ${nameOf(state, point.delegation)} ruled ${event.ruling === 'wellTaken' ? 'well taken' : 'not well taken'}`,
                at: event.at,
                status: 'standing' as const,
              },
            ]
          : state.rulings;
      return {
        ...state,
        points: without(event.pointId),
        rulings,
        nextSerial:
          event.rulingId === null
            ? state.nextSerial
            : Math.max(state.nextSerial, serialOf(event.rulingId) + 1),
      };
    }
    default:
      return unreachable(event);
  }
};
