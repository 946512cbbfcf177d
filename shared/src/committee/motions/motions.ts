/**
 * Motions: moved by a member, seconded, possibly ruled dilatory, then put to a
 * procedural vote in precedence order (or granted by the chair where the table
 * says so). The first to pass is carried out and the rest lapse.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import { carryOut } from './carryOut.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, idSource, refuse, type Decision } from '../core/decision.ts';
import { requireFloor, requireQuietFloor } from '../core/guards.ts';
import { motionInOrder } from './inOrder.ts';
import {
  decidedByChair,
  motionCatalogue,
  motionThreshold,
  type MotionSpec,
} from './motionKinds.ts';
import { describeMotion } from './motionText.ts';
import { orderMotions } from './motionOrder.ts';
import { isPresent, memberOf, nameOf } from '../core/roster.ts';
import type { CommitteeState, Motion } from '../core/state.ts';
import { electorate } from '../votes/voting.ts';

const mayMove = (state: CommitteeState, delegation: string): boolean =>
  memberOf(state, delegation) !== undefined || state.rules.inviteesMayMoveMotions;

/** A caucus whose total is not a whole number of speeches gets a warning, not a refusal. */
const warningsFor = (spec: MotionSpec): string[] =>
  spec.kind === 'moderatedCaucus' && spec.totalSeconds % spec.speakingSeconds !== 0
    ? [
        `${spec.totalSeconds} s does not divide evenly into ${spec.speakingSeconds} s speeches: the last speaker gets less time`,
      ]
    : [];

/** motion.move: a present member (or the chair recording one) moves a motion that is in order. */
export const moveMotion = (
  state: CommitteeState,
  command: CommandOf<'motion.move'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const mover = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(mover)) return mover;
  if (!mayMove(state, mover)) {
    return refuse(
      'out_of_order',
      'an invited delegation participates without vote and does not move motions',
    );
  }
  if (!isPresent(state, mover))
    return refuse('out_of_order', `${nameOf(state, mover)} is not recorded present`);
  const spec = command.payload.motion;
  const notInOrder = motionInOrder(state, spec);
  if (notInOrder) return notInOrder;
  if (state.floor.kind === 'moderatedCaucus' && state.floor.timeUp) {
    return refuse('out_of_order', "the caucus's time is up");
  }
  const quiet = requireQuietFloor(state, 'A motion');
  if (quiet) return quiet;
  return accept({
    type: 'motion.moved',
    at: ctx.now,
    motion: { id: idSource(state.nextSerial)('M'), spec, mover },
    warnings: warningsFor(spec),
  });
};

const findMotion = (state: CommitteeState, id: string): Motion | undefined =>
  state.motions.find((motion) => motion.id === id);

/** motion.second: a present member other than the mover seconds a pending motion, once. */
export const secondMotion = (
  state: CommitteeState,
  command: CommandOf<'motion.second'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const seconder = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(seconder)) return seconder;
  const motion = findMotion(state, command.payload.motionId);
  if (!motion) return refuse('not_found', `there is no motion ${command.payload.motionId}`);
  if (motion.status.kind !== 'pending')
    return refuse('out_of_order', `motion ${motion.id} is no longer pending`);
  if (seconder === motion.mover)
    return refuse('out_of_order', 'a delegation cannot second its own motion');
  if (!mayMove(state, seconder)) {
    return refuse(
      'out_of_order',
      'an invited delegation participates without vote and does not second motions',
    );
  }
  if (!isPresent(state, seconder)) {
    return refuse('out_of_order', `${nameOf(state, seconder)} is not recorded present`);
  }
  if (motion.seconds.includes(seconder)) {
    return refuse(
      'conflict',
      `${nameOf(state, seconder)} has already seconded motion ${motion.id}`,
    );
  }
  return accept({
    type: 'motion.seconded',
    at: ctx.now,
    motionId: motion.id,
    delegation: seconder,
  });
};

/** motion.withdraw: the mover (or the chair for it) withdraws a motion before it is put to a vote. */
export const withdrawMotion = (
  state: CommitteeState,
  command: CommandOf<'motion.withdraw'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const motion = findMotion(state, command.payload.motionId);
  const named = command.payload.delegation;
  if (issuer.role !== 'chair') {
    const self = actingDelegation(state, issuer, named);
    if (isRefusal(self)) return self;
    if (motion && motion.mover !== self)
      return refuse('forbidden', 'only the mover may withdraw its motion');
  }
  if (!motion) return refuse('not_found', `there is no motion ${command.payload.motionId}`);
  if (named !== undefined && named !== motion.mover) {
    return refuse('out_of_order', `${named} did not move motion ${motion.id}`);
  }
  if (motion.status.kind !== 'pending')
    return refuse('out_of_order', `motion ${motion.id} is no longer pending`);
  return accept({ type: 'motion.withdrawn', at: ctx.now, motionId: motion.id });
};

/** The motion to decide next: the first seconded one in precedence order. */
export const nextMotion = (state: CommitteeState): Motion | null =>
  orderMotions(state.motions, state.rules).find((entry) => entry.seconded)?.motion ?? null;

const whyNotNext = (state: CommitteeState, motion: Motion): Decision | null => {
  if (motion.seconds.length < state.rules.secondsRequired) {
    return refuse(
      'out_of_order',
      `motion ${motion.id} needs ${state.rules.secondsRequired} second(s)`,
    );
  }
  const next = nextMotion(state);
  if (next && next.id !== motion.id) {
    return refuse('out_of_order', `motion ${next.id} (${describeMotion(next.spec)}) comes first`);
  }
  return null;
};

/** motion.rule: the chair rules a motion dilatory, or grants or refuses one that is the chair's to decide. */
export const ruleOnMotion = (
  state: CommitteeState,
  command: CommandOf<'motion.rule'>,
  ctx: DecisionContext,
): Decision => {
  const { motionId, ruling } = command.payload;
  const motion = findMotion(state, motionId);
  if (!motion) return refuse('not_found', `there is no motion ${motionId}`);
  if (motion.status.kind !== 'pending')
    return refuse('out_of_order', `motion ${motion.id} is no longer pending`);
  if (ruling === 'dilatory') {
    // Otherwise the chair could shield its own ruling from the committee.
    if (motion.spec.kind === 'appeal')
      return refuse('out_of_order', 'an appeal cannot be ruled dilatory');
    return accept({
      type: 'motion.ruledDilatory',
      at: ctx.now,
      motionId,
      rulingId: idSource(state.nextSerial)('D'),
    });
  }
  if (!decidedByChair(motion.spec.kind, state.rules)) {
    return refuse(
      'out_of_order',
      `a motion to ${motionCatalogue[motion.spec.kind].label.toLowerCase()} is decided by a vote`,
    );
  }
  const quiet = requireQuietFloor(state, 'A ruling on a motion');
  if (quiet) return quiet;
  const notNext = whyNotNext(state, motion);
  if (notNext) return notNext;
  if (ruling === 'refused')
    return accept({ type: 'motion.failed', at: ctx.now, motionId, voteId: null });
  const notInOrder = motionInOrder(state, motion.spec, motion.id);
  if (notInOrder) return notInOrder;
  return accept(...carryOut(state, motion, ctx.now, null));
};

/** motion.putToVote: the chair puts the next motion in precedence order to a procedural vote. */
export const putMotionToVote = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const floor = requireFloor(
    state,
    ['formalDebate', 'moderatedCaucus', 'votingProcedure'],
    'A vote on a motion',
  );
  if (floor) return floor;
  const quiet = requireQuietFloor(state, 'A vote on a motion');
  if (quiet) return quiet;
  const ordered = orderMotions(state.motions, state.rules);
  const motion = ordered.find((entry) => entry.seconded)?.motion;
  if (!motion) {
    return refuse(
      'out_of_order',
      ordered.length === 0 ? 'no motion is pending' : 'no pending motion has been seconded',
    );
  }
  if (decidedByChair(motion.spec.kind, state.rules)) {
    return refuse(
      'out_of_order',
      `motion ${motion.id} comes first and is the chair's to grant or refuse`,
    );
  }
  const notInOrder = motionInOrder(state, motion.spec, motion.id);
  if (notInOrder) {
    return refuse(
      'out_of_order',
      `motion ${motion.id} is no longer in order (${notInOrder.error.message}): rule it out of order`,
    );
  }
  return accept({
    type: 'vote.opened',
    at: ctx.now,
    vote: {
      id: idSource(state.nextSerial)('V'),
      kind: 'procedural',
      subject: { id: motion.id, title: describeMotion(motion.spec) },
      motionId: motion.id,
      question: null,
      method: 'placard',
      threshold: motionThreshold(motion.spec.kind, state.rules),
      members: electorate(state),
      rollCall: null,
    },
  });
};
