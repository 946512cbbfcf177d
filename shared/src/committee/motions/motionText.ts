/**
 * Motions in words, for the journal, vote subjects and the chair console.
 */
import { motionCatalogue, type MotionSpec } from './motionKinds.ts';
import { unreachable } from '../core/unreachable.ts';

/** A short description of a motion for the journal and the chair console. */
export const describeMotion = (spec: MotionSpec): string => {
  const label = motionCatalogue[spec.kind].label;
  switch (spec.kind) {
    case 'suspend':
      return `${label} for ${minutes(spec.durationSeconds)}`;
    case 'extendCaucus':
      return `${label} by ${minutes(spec.extraSeconds)}`;
    case 'unmoderatedCaucus':
      return `${label} of ${minutes(spec.totalSeconds)}: ${spec.purpose}`;
    case 'moderatedCaucus':
      return `${label} of ${minutes(spec.totalSeconds)}, ${spec.speakingSeconds} s per speaker: ${spec.topic}`;
    case 'introduceDraft':
      return `${label}: ${spec.draft.title}`;
    case 'introduceAmendment':
      return `${label} to ${spec.draftId}: ${spec.amendment.title}`;
    case 'divideQuestion':
      return `${label} on ${spec.draftId} into ${spec.parts.length} parts`;
    case 'reorderDrafts':
      return `${label}: ${spec.order.join(', ')}`;
    case 'setSpeakingTime':
      return `${label} to ${spec.seconds} s`;
    case 'speakersList':
      return `${spec.action[0]?.toUpperCase() ?? ''}${spec.action.slice(1)} the speakers' list`;
    case 'setAgenda':
      return `${label}: topic ${spec.topicIndex + 1}`;
    case 'appeal':
      return `${label} (ruling ${spec.rulingId})`;
    case 'adjourn':
    case 'postpone':
    case 'closeDebate':
    case 'rollCallVote':
      return label;
    default:
      return unreachable(spec);
  }
};

const minutes = (seconds: number): string =>
  seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
