/**
 * The order pending motions are voted in: most disruptive kind first; within a
 * kind the longest first; equal moderated caucuses by the profile's tie-break;
 * then the one moved first.
 */
import type { RulesProfile } from '../../rulesProfile.ts';
import { motionCatalogue, motionLength, precedenceOf } from './motionKinds.ts';
import { serialOf } from '../core/decision.ts';
import type { Motion } from '../core/state.ts';

export interface OrderedMotion {
  readonly motion: Motion;
  /** Whether it has the seconds it needs to be put to a vote. */
  readonly seconded: boolean;
  /** Why it stands where it does (relative to the motion before it). */
  readonly reason: string;
}

/** Pending motions in the order they are voted on, each with the reason for its place. */
export const orderMotions = (
  motions: readonly Motion[],
  rules: RulesProfile,
): readonly OrderedMotion[] => {
  const pending = motions
    .filter((motion) => motion.status.kind === 'pending')
    .sort((a, b) => compareMotions(a, b, rules));
  return pending.map((motion, index) => ({
    motion,
    seconded: motion.seconds.length >= rules.secondsRequired,
    reason: reasonFor(motion, pending[index - 1], rules),
  }));
};

/** Negative when `a` is voted before `b`. */
export const compareMotions = (a: Motion, b: Motion, rules: RulesProfile): number =>
  precedenceOf(a.spec.kind) - precedenceOf(b.spec.kind) ||
  (motionLength(b.spec) ?? 0) - (motionLength(a.spec) ?? 0) ||
  speakingTurns(a, b, rules) ||
  a.movedAt - b.movedAt ||
  serialOf(a.id) - serialOf(b.id);

// Equal-length moderated caucuses: more turns (shorter speeches) first, or the reverse.
const speakingTurns = (a: Motion, b: Motion, rules: RulesProfile): number => {
  if (a.spec.kind !== 'moderatedCaucus' || b.spec.kind !== 'moderatedCaucus') return 0;
  const shorterFirst = a.spec.speakingSeconds - b.spec.speakingSeconds;
  return rules.moderatedCaucusTieBreak === 'moreTurnsFirst' ? shorterFirst : -shorterFirst;
};

const reasonFor = (motion: Motion, before: Motion | undefined, rules: RulesProfile): string => {
  const label = motionCatalogue[motion.spec.kind].label.toLowerCase();
  if (!before) return `first: the most disruptive pending motion (${label})`;
  if (before.spec.kind !== motion.spec.kind) {
    return `${label} is less disruptive than ${motionCatalogue[before.spec.kind].label.toLowerCase()}`;
  }
  const mine = motionLength(motion.spec);
  const theirs = motionLength(before.spec);
  if (mine !== null && theirs !== null && mine !== theirs) {
    return `same kind, shorter (${mine} s after ${theirs} s): the longest goes first`;
  }
  if (speakingTurns(before, motion, rules) !== 0) {
    return rules.moderatedCaucusTieBreak === 'moreTurnsFirst'
      ? 'same length, longer speaking time: more speaking turns go first'
      : 'same length, shorter speaking time: longer speaking time goes first';
  }
  return 'same kind and length, moved later';
};
