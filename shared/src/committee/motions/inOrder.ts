/**
 * Whether a motion is in order now: the floors that accept its kind
 * (procedure.md §5, §8), a topic under debate where it needs one, and what
 * each kind's parameters must refer to.
 */
import { refuse, type Refusal } from '../core/decision.ts';
import { floorName } from '../core/guards.ts';
import { motionCatalogue, type MotionFloor, type MotionSpec } from './motionKinds.ts';
import { unreachable } from '../core/unreachable.ts';
import { topicUnderDebate } from '../core/roster.ts';
import type { CommitteeState, EndedCaucus } from '../core/state.ts';
import { caucusOnFloor } from '../caucus/caucus.ts';
import { awaitingVote, draftLabel, findAmendment, findDraft } from '../drafts/drafts.ts';
import { amendmentsToVote, divisionParts } from '../drafts/draftVoting.ts';

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
      return draftMayBeIntroduced(state, spec.draft.id);
    case 'introduceAmendment':
      return amendmentMayBeIntroduced(state, spec.amendment.id, spec.draftId);
    case 'divideQuestion':
      return divisionInOrder(state, spec.draftId, spec.parts);
    case 'reorderDrafts': {
      const onFloor = state.drafts.filter(awaitingVote);
      const order = spec.order.map((ref) => findDraft(state, ref)?.id ?? ref);
      const same =
        order.length === onFloor.length &&
        new Set(order).size === onFloor.length &&
        onFloor.every((draft) => order.includes(draft.id));
      return same
        ? null
        : refuse(
            'out_of_order',
            `the new order must list every draft awaiting a vote once: ${onFloor.map(draftLabel).join(', ') || 'none is'}`,
          );
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

/** A draft is introduced once the chair has approved it, and only once. */
const draftMayBeIntroduced = (state: CommitteeState, ref: string): Refusal | null => {
  const draft = findDraft(state, ref);
  if (!draft) return refuse('not_found', `there is no draft resolution ${ref}`);
  if (draft.status.kind === 'workingPaper') {
    return refuse('out_of_order', `${draft.id} is a working paper: the chair approves it first`);
  }
  if (draft.status.kind !== 'draft') {
    return refuse('out_of_order', `${draftLabel(draft)} is ${draft.status.kind}`);
  }
  return draft.introduced ? refuse('conflict', `${draftLabel(draft)} is already introduced`) : null;
};

/** An unfriendly amendment: proposed to this draft, which is on the floor, and not yet introduced. */
const amendmentMayBeIntroduced = (
  state: CommitteeState,
  amendmentId: string,
  draftRef: string,
): Refusal | null => {
  const draft = findDraft(state, draftRef);
  if (!draft?.introduced || draft.status.kind !== 'draft') {
    return refuse('not_found', `no draft resolution ${draftRef} has been introduced`);
  }
  const amendment = findAmendment(state, amendmentId);
  if (!amendment) return refuse('not_found', `there is no amendment ${amendmentId}`);
  if (amendment.draftId !== draft.id) {
    return refuse('out_of_order', `${amendment.id} amends another draft`);
  }
  if (amendment.status.kind === 'introduced') {
    return refuse('conflict', `${amendment.id} is already introduced`);
  }
  return amendment.status.kind === 'proposed'
    ? null
    : refuse('out_of_order', `${amendment.id} is ${amendment.status.kind}`);
};

/** Division: of a draft on the floor whose amendments are voted, before voting on it begins. */
const divisionInOrder = (
  state: CommitteeState,
  ref: string,
  parts: readonly string[],
): Refusal | null => {
  const draft = findDraft(state, ref);
  if (!draft?.introduced || draft.status.kind !== 'draft') {
    return refuse('not_found', `no draft ${ref} has been introduced`);
  }
  if (draft.division) return refuse('conflict', `${draftLabel(draft)} is already divided`);
  if (amendmentsToVote(state, draft).length > 0) {
    return refuse('out_of_order', `the amendments to ${draftLabel(draft)} are voted first`);
  }
  // Once a part or the draft has been put (or an amendment is being voted), it is too late.
  const begun = state.votes.some(
    (vote) =>
      vote.question?.draftId === draft.id &&
      (vote.question.kind !== 'amendment' || vote.status === 'open'),
  );
  if (begun) return refuse('out_of_order', `voting on ${draftLabel(draft)} has begun`);
  const divided = divisionParts(draft, parts);
  return divided.ok ? null : refuse('invalid', divided.error);
};
