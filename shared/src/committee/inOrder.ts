/**
 * Whether a motion is in order now: the floors that accept its kind
 * (procedure.md §5, §8), a topic under debate where it needs one, and what
 * each kind's parameters must refer to.
 */
import { refuse, type Refusal } from './decision.ts';
import { floorName } from './guards.ts';
import { motionCatalogue, unreachable, type MotionFloor, type MotionSpec } from './motionKinds.ts';
import { topicUnderDebate } from './roster.ts';
import type { CommitteeState, EndedCaucus } from './state.ts';
import { caucusOnFloor } from './caucus.ts';

const isMotionFloor = (kind: string): kind is MotionFloor =>
  kind === 'formalDebate' || kind === 'moderatedCaucus' || kind === 'votingProcedure';

/** Null when the motion is in order now, else why it is not (`self`: the motion itself, once moved). */
export const motionInOrder = (
  state: CommitteeState,
  spec: MotionSpec,
  self: string | null = null,
): Refusal | null => {
  const rule = motionCatalogue[spec.kind];
  const floor = state.floor.kind;
  if (!isMotionFloor(floor) || !rule.floors.includes(floor)) {
    return refuse(
      'out_of_order',
      `a motion to ${rule.label.toLowerCase()} is not in order ${floorName(floor)}`,
    );
  }
  if (rule.needsTopic && topicUnderDebate(state) === null) {
    return refuse('out_of_order', 'no topic is under debate');
  }
  return kindInOrder(state, spec, self);
};

const kindInOrder = (
  state: CommitteeState,
  spec: MotionSpec,
  self: string | null,
): Refusal | null => {
  switch (spec.kind) {
    case 'extendCaucus':
      return extensionInOrder(state, spec.extraSeconds);
    case 'setAgenda': {
      const topic = state.agenda[spec.topicIndex];
      if (!topic)
        return refuse('not_found', `there is no topic ${spec.topicIndex + 1} on the agenda`);
      if (topic.status === 'concluded' || topic.status === 'underDebate') {
        return refuse(
          'out_of_order',
          `topic ${spec.topicIndex + 1} is ${topic.status === 'concluded' ? 'concluded' : 'already under debate'}`,
        );
      }
      // The agenda is set before debate: once the list is opened on a topic, postpone it first.
      if (topicUnderDebate(state) !== null && state.speakersList.status !== 'notOpened') {
        return refuse('out_of_order', 'debate on the current topic has begun: postpone it first');
      }
      return null;
    }
    case 'introduceDraft':
      return state.drafts.some((draft) => draft.id === spec.draft.id)
        ? refuse('conflict', `${spec.draft.id} is already introduced`)
        : null;
    case 'introduceAmendment': {
      if (state.drafts.some((draft) => draft.id === spec.amendment.id)) {
        return refuse('conflict', `${spec.amendment.id} is already introduced`);
      }
      return state.drafts.some((draft) => draft.id === spec.draftId && draft.kind === 'draft')
        ? null
        : refuse('not_found', `no draft resolution ${spec.draftId} has been introduced`);
    }
    case 'divideQuestion':
      return state.drafts.some((draft) => draft.id === spec.draftId)
        ? null
        : refuse('not_found', `no draft ${spec.draftId} has been introduced`);
    case 'reorderDrafts': {
      const drafts = state.drafts
        .filter((draft) => draft.kind === 'draft')
        .map((draft) => draft.id);
      const same =
        spec.order.length === drafts.length &&
        new Set(spec.order).size === drafts.length &&
        spec.order.every((id) => drafts.includes(id));
      return same
        ? null
        : refuse('out_of_order', 'the new order must list every introduced draft once');
    }
    case 'rollCallVote':
      return state.floor.kind === 'votingProcedure' && state.floor.rollCallNext
        ? refuse('conflict', 'the next vote is already by roll call')
        : null;
    case 'speakersList': {
      const status = state.speakersList.status;
      const fits =
        (spec.action === 'open' && status === 'notOpened') ||
        (spec.action === 'close' && status === 'open') ||
        (spec.action === 'reopen' && status === 'closed');
      return fits
        ? null
        : refuse(
            'out_of_order',
            `the speakers' list cannot ${spec.action}: it is ${status === 'notOpened' ? 'not opened' : status}`,
          );
    }
    case 'appeal': {
      const ruling = state.rulings.find((candidate) => candidate.id === spec.rulingId);
      if (!ruling) return refuse('not_found', `there is no ruling ${spec.rulingId}`);
      if (ruling.status !== 'standing')
        return refuse('out_of_order', `ruling ${ruling.id} was already ${ruling.status} on appeal`);
      const appealed = state.motions.some(
        (motion) =>
          motion.id !== self &&
          motion.spec.kind === 'appeal' &&
          motion.spec.rulingId === ruling.id &&
          (motion.status.kind === 'pending' || motion.status.kind === 'voting'),
      );
      return appealed ? refuse('conflict', `ruling ${ruling.id} is already under appeal`) : null;
    }
    case 'adjourn':
    case 'suspend':
    case 'postpone':
    case 'closeDebate':
    case 'unmoderatedCaucus':
    case 'moderatedCaucus':
    case 'setSpeakingTime':
      return null;
    default:
      return unreachable(spec);
  }
};

/** The caucus an extension would extend: the one on the floor, or the one that just ended. */
export const caucusToExtend = (state: CommitteeState): EndedCaucus | null =>
  caucusOnFloor(state.floor) ??
  (state.floor.kind === 'formalDebate' ? state.floor.lastCaucus : null);

const extensionInOrder = (state: CommitteeState, extraSeconds: number): Refusal | null => {
  const caucus = caucusToExtend(state);
  if (!caucus) return refuse('out_of_order', 'there is no caucus to extend');
  if (
    state.rules.caucusExtensionCappedAtOriginal &&
    caucus.extendedSeconds + extraSeconds > caucus.originalSeconds
  ) {
    return refuse(
      'out_of_order',
      `extensions may not exceed the caucus's original ${caucus.originalSeconds} s (${caucus.extendedSeconds} s used)`,
    );
  }
  return null;
};
