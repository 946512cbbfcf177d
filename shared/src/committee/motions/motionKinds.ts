/**
 * The motions of procedure.md §5: their parameters (schemas in motionSchemas.ts), their
 * precedence (most disruptive first), the debate they allow and the votes they
 * need. The table is data so the chair console and RULES.md read the same thing.
 */
import type { RulesProfile } from '../../rulesProfile.ts';

export { idSchema, motionSpecSchema, subjectSchema } from './motionSchemas.ts';
import { unreachable } from '../core/unreachable.ts';
import type { MotionSpec } from './motionSchemas.ts';
export type { MotionSpec, Subject } from './motionSchemas.ts';
// Kept here too for the record files, which still import it from the motions.
export { unreachable };
export type MotionKind = MotionSpec['kind'];

/** Where a motion is in order: the floors that accept it. */
export type MotionFloor = 'formalDebate' | 'moderatedCaucus' | 'votingProcedure';

/** Who decides a motion: a procedural vote at a threshold, or the chair. */
export type MotionDecider = 'adoptionVote' | 'closureVote' | 'chair' | 'rollCallProfile';

export interface MotionRule {
  readonly label: string;
  /** Speakers for and against before the vote (shown to the chair; not enforced). */
  readonly debate: string;
  readonly decider: MotionDecider;
  readonly floors: readonly MotionFloor[];
  /** Whether a topic must be under debate. */
  readonly needsTopic: boolean;
}

/**
 * Precedence, most disruptive first (procedure.md §5 table). Setting the agenda
 * (§3) is not in that table; it is placed after postponement because both
 * decide which topic is debated.
 */
export const motionPrecedence = [
  'adjourn',
  'suspend',
  'postpone',
  'setAgenda',
  'closeDebate',
  'extendCaucus',
  'unmoderatedCaucus',
  'moderatedCaucus',
  'introduceDraft',
  'introduceAmendment',
  'divideQuestion',
  'rollCallVote',
  'reorderDrafts',
  'setSpeakingTime',
  'speakersList',
  'appeal',
] as const satisfies readonly MotionKind[];

const F = 'formalDebate';
const M = 'moderatedCaucus';
const V = 'votingProcedure';

/** Every kind of motion with its label, debate, decider and where it is in order. */
export const motionCatalogue: Readonly<Record<MotionKind, MotionRule>> = {
  adjourn: {
    label: 'Adjourn the meeting',
    debate: 'none',
    decider: 'adoptionVote',
    floors: [F, M],
    needsTopic: false,
  },
  suspend: {
    label: 'Suspend the meeting',
    debate: 'none',
    decider: 'adoptionVote',
    floors: [F, M],
    needsTopic: false,
  },
  postpone: {
    label: 'Postpone debate on the topic',
    debate: '2 for, 2 against',
    decider: 'adoptionVote',
    floors: [F],
    needsTopic: true,
  },
  setAgenda: {
    label: 'Set the agenda',
    debate: '2 for, 2 against',
    decider: 'adoptionVote',
    floors: [F],
    needsTopic: false,
  },
  closeDebate: {
    label: 'Close debate',
    debate: '2 against',
    decider: 'closureVote',
    floors: [F],
    needsTopic: true,
  },
  extendCaucus: {
    label: 'Extend the caucus',
    debate: 'none',
    decider: 'adoptionVote',
    floors: [F, M],
    needsTopic: false,
  },
  unmoderatedCaucus: {
    label: 'Unmoderated caucus',
    debate: 'none',
    decider: 'adoptionVote',
    floors: [F],
    needsTopic: true,
  },
  moderatedCaucus: {
    label: 'Moderated caucus',
    debate: 'none',
    decider: 'adoptionVote',
    floors: [F],
    needsTopic: true,
  },
  introduceDraft: {
    label: 'Introduce a draft resolution',
    debate: 'none',
    decider: 'chair',
    floors: [F],
    needsTopic: true,
  },
  introduceAmendment: {
    label: 'Introduce an unfriendly amendment',
    debate: 'none',
    decider: 'chair',
    floors: [F],
    needsTopic: true,
  },
  divideQuestion: {
    label: 'Divide the question',
    debate: '2 for, 2 against',
    decider: 'adoptionVote',
    floors: [V],
    needsTopic: false,
  },
  rollCallVote: {
    label: 'Vote by roll call',
    debate: 'none',
    decider: 'rollCallProfile',
    floors: [V],
    needsTopic: false,
  },
  reorderDrafts: {
    label: 'Reorder draft resolutions',
    debate: 'none',
    decider: 'adoptionVote',
    floors: [F, V],
    needsTopic: true,
  },
  setSpeakingTime: {
    label: 'Set the speaking time',
    debate: 'none',
    decider: 'adoptionVote',
    floors: [F],
    needsTopic: false,
  },
  speakersList: {
    label: "Open, close or reopen the speakers' list",
    debate: 'none',
    decider: 'adoptionVote',
    floors: [F],
    needsTopic: true,
  },
  appeal: {
    label: 'Appeal the decision of the chair',
    debate: '1 for, 1 against',
    decider: 'adoptionVote',
    floors: [F, M, V],
    needsTopic: false,
  },
};

/** Rank of a kind in the precedence table (1 = most disruptive). */
export const precedenceOf = (kind: MotionKind): number => motionPrecedence.indexOf(kind) + 1;

/** Whether the chair decides the motion (no vote) under these rules. */
export const decidedByChair = (kind: MotionKind, rules: RulesProfile): boolean => {
  const decider = motionCatalogue[kind].decider;
  return decider === 'chair' || (decider === 'rollCallProfile' && !rules.rollCallVoteByMotion);
};

/** Affirmative votes a motion needs (closure: closureThreshold; otherwise adoptionThreshold). */
export const motionThreshold = (kind: MotionKind, rules: RulesProfile): number =>
  motionCatalogue[kind].decider === 'closureVote'
    ? rules.closureThreshold
    : rules.adoptionThreshold;

/** The length in seconds that orders motions of one kind (longest first), if the kind has one. */
export const motionLength = (spec: MotionSpec): number | null => {
  switch (spec.kind) {
    case 'suspend':
      return spec.durationSeconds;
    case 'extendCaucus':
      return spec.extraSeconds;
    case 'unmoderatedCaucus':
    case 'moderatedCaucus':
      return spec.totalSeconds;
    case 'adjourn':
    case 'postpone':
    case 'setAgenda':
    case 'closeDebate':
    case 'introduceDraft':
    case 'introduceAmendment':
    case 'divideQuestion':
    case 'rollCallVote':
    case 'reorderDrafts':
    case 'setSpeakingTime':
    case 'speakersList':
    case 'appeal':
      return null;
    default:
      return unreachable(spec);
  }
};
