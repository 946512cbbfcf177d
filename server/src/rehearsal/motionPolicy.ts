/**
 * Motions from the floor. When the chair lets the floor go quiet in formal
 * debate (no speaker called, no vote), members take it as the floor being
 * open for motions: a caucus on a subtopic, closure once a draft is on the
 * floor and its amendments settled, adjournment once the topic is concluded.
 * In voting procedure a member may ask for the draft to be voted by roll
 * call. Members second the motions they favour.
 */
import {
  nextQuestion,
  openVoteOf,
  topicUnderDebate,
  type CommitteeState,
  type MotionSpec,
} from '@placard/shared';
import { pace } from './behaviour.ts';
import { between, chance, pick } from './dice.ts';
import {
  delayFor,
  present,
  propose,
  votingMember,
  type Intent,
  type PolicyInput,
} from './intent.ts';
import { caucusTopics, unmoderatedPurposes } from './texts.ts';
import { motionScore } from './votingPolicy.ts';

/** When the floor last changed hands: the latest speech end, vote close, motion or floor change. */
export const quietSince = (state: CommitteeState): number => {
  const times = [
    state.floor.since ?? 0,
    ...state.speeches.map((speech) => speech.endedAt ?? speech.startedAt),
    ...state.votes.map((vote) => (vote.status === 'closed' ? vote.closedAt : vote.openedAt)),
    ...state.motions.map((motion) => ('at' in motion.status ? motion.status.at : motion.movedAt)),
  ];
  return Math.max(...times);
};

/** How long the floor has been quiet, in ms of the rehearsal's pace (0 while it is not quiet). */
const quietFor = (input: PolicyInput): number => {
  const { state, now } = input;
  if (state.speech || openVoteOf(state)) return 0;
  return now - quietSince(state);
};

const pendingMotions = (state: CommitteeState) =>
  state.motions.filter((motion) => motion.status.kind === 'pending');

/** Second a pending motion this member favours (introductions also out of courtesy). */
export const secondIntent = (input: PolicyInput): Intent | null => {
  const { state, seat, dice, behaviour } = input;
  if (!votingMember(input) || !present(input)) return null;
  const motion = pendingMotions(state).find(
    (candidate) =>
      candidate.mover !== seat && candidate.seconds.length < state.rules.secondsRequired,
  );
  if (!motion) return null;
  const key = `second:${motion.id}`;
  const courtesy =
    motion.spec.kind === 'introduceDraft' || motion.spec.kind === 'introduceAmendment';
  const willing =
    (motionScore(input, motion) > 0 && chance(dice, key, behaviour.secondMotion)) ||
    (courtesy && chance(dice, `${key}:courtesy`, 0.4));
  if (!willing) return null;
  return propose(
    input,
    { type: 'motion.second', payload: { motionId: motion.id } },
    delayFor(input, 'second', key),
    `seconds motion ${motion.id}`,
  );
};

/** Whether the drafts on the floor are ready for closure: introduced, debated, amendments settled. */
const readyForClosure = (input: PolicyInput, patient: boolean): boolean => {
  const { state, plan } = input;
  const onFloor = state.drafts.filter(
    (draft) => draft.status.kind === 'draft' && draft.introduced !== null,
  );
  if (onFloor.length === 0) return false;
  if (patient) return true;
  // Debate first: at least one caucus on the topic before anyone asks to close it.
  const caucused = state.motions.some(
    (motion) =>
      (motion.spec.kind === 'moderatedCaucus' || motion.spec.kind === 'unmoderatedCaucus') &&
      motion.status.kind === 'passed',
  );
  if (!caucused) return false;
  const settled = (proposer: string | undefined): boolean =>
    proposer === undefined ||
    state.amendments.some(
      (amendment) =>
        amendment.proposer === proposer &&
        onFloor.some((draft) => draft.id === amendment.draftId) &&
        amendment.status.kind !== 'proposed',
    );
  return settled(plan.unfriendly?.proposer) && settled(plan.friendly?.proposer);
};

/** A caucus on a subtopic: moderated most often, unmoderated while a paper needs writing. */
const caucusMotion = (input: PolicyInput, key: string): MotionSpec => {
  const { state, dice } = input;
  const drafting = state.drafts.every((draft) => draft.status.kind === 'workingPaper');
  if (dice(`${key}:kind`) < (drafting ? 0.45 : 0.25)) {
    return {
      kind: 'unmoderatedCaucus',
      totalSeconds: 300 * between(dice, `${key}:minutes`, 1, 3),
      purpose: pick(dice, `${key}:purpose`, unmoderatedPurposes) ?? unmoderatedPurposes[0],
    };
  }
  const speakingSeconds = pick(dice, `${key}:speaking`, [30, 45, 60, 90]) ?? 60;
  return {
    kind: 'moderatedCaucus',
    totalSeconds: speakingSeconds * 10 * between(dice, `${key}:turns`, 1, 2),
    speakingSeconds,
    topic: pick(dice, `${key}:topic`, caucusTopics) ?? caucusTopics[0],
  };
};

/** Move a motion when the floor has been quiet long enough, now and then. */
export const motionIntent = (input: PolicyInput): Intent | null => {
  const { state, seat, dice, behaviour } = input;
  if (!votingMember(input) || !present(input)) return null;
  const pending = pendingMotions(state);
  if (pending.length >= 2 || pending.some((motion) => motion.mover === seat)) return null;
  const patience = pace.motionPatience[0] / behaviour.speed;
  const quiet = quietFor(input);
  if (state.floor.kind === 'votingProcedure') return rollCallMotionIntent(input, quiet, patience);
  if (state.floor.kind !== 'formalDebate') return null;
  // A chair still working through the speakers' list is given longer before motions come.
  const waitFor = state.speakersList.entries.length > 0 ? 2 * patience : patience;
  if (quiet < waitFor) return null;
  const key = `motion:${quietSince(state)}`;
  let spec: MotionSpec;
  if (topicUnderDebate(state) === null) {
    if (!chance(dice, key, behaviour.moveMotion * 2)) return null;
    spec = { kind: 'adjourn' };
  } else if (readyForClosure(input, quiet > 6 * patience)) {
    if (!chance(dice, key, behaviour.moveMotion * 1.5)) return null;
    spec = { kind: 'closeDebate' };
  } else {
    if (!chance(dice, key, behaviour.moveMotion)) return null;
    spec = caucusMotion(input, key);
  }
  return propose(
    input,
    { type: 'motion.move', payload: { motion: spec } },
    delayFor(input, 'moveMotion', key),
    `moves a motion (${spec.kind})`,
  );
};

/** In voting procedure, before the vote on a draft itself, a member may ask for a roll call. */
const rollCallMotionIntent = (
  input: PolicyInput,
  quiet: number,
  patience: number,
): Intent | null => {
  const { state, dice, behaviour } = input;
  const floor = state.floor;
  if (floor.kind !== 'votingProcedure' || floor.rollCallNext || state.explanations) return null;
  if (quiet < patience / 2) return null;
  const next = nextQuestion(state);
  if (next?.question.kind !== 'draft') return null;
  // A new occasion after each such motion, so a failed one is not moved again at once.
  const moved = state.motions.filter((motion) => motion.spec.kind === 'rollCallVote').length;
  const key = `rollcall:${next.subject.id}:${moved}`;
  if (!chance(dice, key, behaviour.moveMotion * 2)) return null;
  return propose(
    input,
    { type: 'motion.move', payload: { motion: { kind: 'rollCallVote' } } },
    delayFor(input, 'moveMotion', key),
    'moves that the draft be voted by roll call',
  );
};
