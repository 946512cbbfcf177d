/**
 * A simulated delegation's policy, pure: given the committee state it holds,
 * its seat, its stance, the cast, its dice and the server's time, the one
 * command it sends next (and after how long), or nothing. It reads only the
 * state, so it reacts to what the chair does instead of following a script:
 * the same state and dice always give the same answer, and every command it
 * proposes has been checked by the rules engine (`decideParsed`) first.
 *
 * The rules are tried in order of urgency: the roll call, the speech it is
 * giving, a vote, the sponsors' answers to amendments, seconds, questions and
 * replies, the draft's paperwork, the speakers' list and placards, motions,
 * and last an occasional point.
 */
import {
  answerAmendmentIntent,
  introduceAmendmentIntent,
  introduceDraftIntent,
  proposeAmendmentIntent,
  signIntent,
  submitIntent,
} from './draftingPolicy.ts';
import {
  placardIntent,
  pointIntent,
  questionIntent,
  replyIntent,
  rollCallIntent,
  speakerIntent,
  speakersListIntent,
} from './floorPolicy.ts';
import { firstOf, present, type Intent, type PolicyInput } from './intent.ts';
import { motionIntent, secondIntent } from './motionPolicy.ts';
import { voteIntent } from './votingPolicy.ts';

export type { Intent, PolicyInput } from './intent.ts';

/** What this delegation does next, if anything. */
export const nextIntent = (input: PolicyInput): Intent | null => {
  const { state, seat } = input;
  const rollCall = rollCallIntent(input);
  if (rollCall) return rollCall;
  if (state.floor.kind === 'adjourned' || !present(input)) return null;
  // Holding the floor, a delegation does nothing else.
  if (state.speech?.delegation === seat) return speakerIntent(input);
  return firstOf(input, [
    voteIntent,
    answerAmendmentIntent,
    secondIntent,
    questionIntent,
    replyIntent,
    submitIntent,
    signIntent,
    proposeAmendmentIntent,
    introduceDraftIntent,
    introduceAmendmentIntent,
    speakersListIntent,
    placardIntent,
    motionIntent,
    pointIntent,
  ]);
};
