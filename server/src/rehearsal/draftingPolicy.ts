/**
 * The life of the working paper, as the cast plays it: once debate has begun
 * the drafter submits it, members who like it sign it, and once the chair has
 * approved it the drafter moves to introduce it. The planned amendments are
 * proposed; the sponsors accept the one they like (friendly, incorporated)
 * and decline the other, whose proposer then moves to introduce it.
 */
import {
  describeChange,
  draftLabel,
  maySponsor,
  openVoteOf,
  topicUnderDebate,
  type DraftResolution,
} from '@placard/shared';
import { chance } from './dice.ts';
import { delayFor, propose, stanceOf, type Intent, type PolicyInput } from './intent.ts';
import { amendmentScore, clausesOf, draftScore } from './judgement.ts';
import type { PlannedAmendment } from './plan.ts';
import { workingPaper } from './texts.ts';

/** The cast's working paper, once submitted. */
const plannedDraft = (input: PolicyInput): DraftResolution | undefined =>
  input.state.drafts.find((draft) => draft.sponsors[0] === input.plan.drafter);

/** Whether debate has begun: speeches from the list, or a caucus under way or carried. */
const debateBegun = (input: PolicyInput): boolean => {
  const { state } = input;
  const floor = state.floor.kind;
  return (
    floor === 'moderatedCaucus' ||
    floor === 'unmoderatedCaucus' ||
    state.speeches.filter((speech) => speech.kind === 'gsl').length >= 2 ||
    (state.floor.kind === 'formalDebate' && state.floor.lastCaucus !== null)
  );
};

/** The drafter submits the working paper once debate has begun. */
export const submitIntent = (input: PolicyInput): Intent | null => {
  const { state, seat, plan } = input;
  if (plan.drafter !== seat || plannedDraft(input) || topicUnderDebate(state) === null) return null;
  if (state.floor.kind === 'votingProcedure' || !debateBegun(input)) return null;
  const { title, text } = workingPaper(plan.line);
  return propose(
    input,
    { type: 'draft.submit', payload: { title, content: { text } } },
    delayFor(input, 'submitDraft', 'submit'),
    'submits a working paper',
  );
};

/**
 * Sign a working paper so that it can be debated: readily when the member supports it, now
 * and then when it is not against it (each new speech is a new occasion), never when it
 * opposes it; only while signatures are still wanted.
 */
export const signIntent = (input: PolicyInput): Intent | null => {
  const { state, seat, dice, behaviour } = input;
  if (!maySponsor(state, seat)) return null;
  const wanted = state.rules.draftMinSignatories + 2;
  const draft = state.drafts.find(
    (candidate) =>
      candidate.status.kind === 'workingPaper' &&
      !candidate.sponsors.includes(seat) &&
      !candidate.signatories.includes(seat) &&
      candidate.signatories.length < wanted,
  );
  if (!draft) return null;
  const score = draftScore(stanceOf(input), draft);
  const rate = score > 0.2 ? behaviour.signDraft : score > -0.3 ? behaviour.signDraft / 3 : 0;
  const key = `sign:${draft.id}:${state.speeches.length}`;
  if (!chance(dice, key, rate)) return null;
  return propose(
    input,
    { type: 'draft.sign', payload: { draftId: draft.id } },
    delayFor(input, 'signDraft', key),
    `signs ${draft.id}`,
  );
};

/** A sponsor answers an amendment to its draft: accepted if it likes it, else declined. */
export const answerAmendmentIntent = (input: PolicyInput): Intent | null => {
  const { state, seat } = input;
  for (const amendment of state.amendments) {
    if (amendment.status.kind !== 'proposed') continue;
    if (amendment.acceptedBy.includes(seat) || amendment.declinedBy.includes(seat)) continue;
    const draft = state.drafts.find((candidate) => candidate.id === amendment.draftId);
    if (!draft?.sponsors.includes(seat)) continue;
    const accepts = amendmentScore(stanceOf(input), draft, amendment.change) >= 0;
    const intent = propose(
      input,
      accepts
        ? { type: 'amendment.accept', payload: { amendmentId: amendment.id } }
        : { type: 'amendment.decline', payload: { amendmentId: amendment.id } },
      delayFor(input, 'answerAmendment', `answer:${amendment.id}`),
      `${accepts ? 'accepts' : 'declines'} amendment ${amendment.id}`,
    );
    if (intent) return intent;
  }
  return null;
};

/** Propose the amendment the cast gives this member, once the draft is approved. */
export const proposeAmendmentIntent = (input: PolicyInput): Intent | null => {
  const { state, seat, plan } = input;
  const planned = [plan.unfriendly, plan.friendly].find(
    (candidate): candidate is PlannedAmendment => candidate?.proposer === seat,
  );
  const draft = plannedDraft(input);
  if (!planned || draft?.status.kind !== 'draft' || state.floor.kind === 'votingProcedure') {
    return null;
  }
  if (state.amendments.some((a) => a.draftId === draft.id && a.proposer === seat)) return null;
  const change = planned.change(clausesOf(draft));
  if (!change) return null;
  return propose(
    input,
    { type: 'amendment.propose', payload: { draftId: draft.id, change } },
    delayFor(input, 'proposeAmendment', `propose:${draft.id}`),
    `proposes an amendment to ${draftLabel(draft)}`,
  );
};

/** Whether the floor is free for a motion: formal debate, nobody speaking, no vote open. */
const quietFormalDebate = (input: PolicyInput): boolean =>
  input.state.floor.kind === 'formalDebate' && !input.state.speech && !openVoteOf(input.state);

/** Whether this member already has a motion waiting. */
const hasPendingMotion = (input: PolicyInput): boolean =>
  input.state.motions.some(
    (motion) => motion.mover === input.seat && motion.status.kind === 'pending',
  );

/** The first sponsor moves to introduce its approved draft. */
export const introduceDraftIntent = (input: PolicyInput): Intent | null => {
  const { state, seat } = input;
  if (!quietFormalDebate(input) || hasPendingMotion(input)) return null;
  const draft = state.drafts.find(
    (candidate) =>
      candidate.sponsors[0] === seat &&
      candidate.status.kind === 'draft' &&
      candidate.symbol !== null &&
      candidate.introduced === null,
  );
  if (!draft?.symbol) return null;
  return propose(
    input,
    {
      type: 'motion.move',
      payload: {
        motion: { kind: 'introduceDraft', draft: { id: draft.symbol, title: draft.title } },
      },
    },
    delayFor(input, 'moveIntroduction', `introduce:${draft.id}`),
    `moves to introduce ${draft.symbol}`,
  );
};

/** The proposer of a declined amendment moves to introduce it as unfriendly. */
export const introduceAmendmentIntent = (input: PolicyInput): Intent | null => {
  const { state, seat } = input;
  if (!quietFormalDebate(input) || hasPendingMotion(input)) return null;
  for (const amendment of state.amendments) {
    if (amendment.proposer !== seat || amendment.status.kind !== 'proposed') continue;
    if (amendment.declinedBy.length === 0) continue;
    const draft = state.drafts.find((candidate) => candidate.id === amendment.draftId);
    if (!draft?.introduced) continue;
    const intent = propose(
      input,
      {
        type: 'motion.move',
        payload: {
          motion: {
            kind: 'introduceAmendment',
            amendment: {
              id: amendment.id,
              title: `Amendment ${amendment.id} to ${draftLabel(draft)}: ${describeChange(draft, amendment.change)}`,
            },
            draftId: draft.id,
          },
        },
      },
      delayFor(input, 'moveIntroduction', `introduce:${amendment.id}`),
      `moves to introduce amendment ${amendment.id}`,
    );
    if (intent) return intent;
  }
  return null;
};
