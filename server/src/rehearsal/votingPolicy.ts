/**
 * How a simulated member votes: on motions by what they do for its line, on
 * drafts and amendments by its stance (judgement.ts), once, when a placard
 * vote opens or when it is called in a roll call. In a roll call it sometimes
 * passes, and sometimes votes "with rights" (it then explains its vote when
 * the chair gives it the floor).
 */
import {
  awaitingVote,
  calledMember,
  findAmendment,
  findDraft,
  inRecallRound,
  openVoteOf,
  topicUnderDebate,
  type Command,
  type Motion,
  type OpenVote,
  type VoteAnswer,
} from '@placard/shared';
import { chance } from './dice.ts';
import { allowed, delayFor, propose, stanceOf, type Intent, type PolicyInput } from './intent.ts';
import {
  amendmentScore,
  draftCallsForForce,
  draftScore,
  leaning,
  verdictFor,
  vetoes,
  type Verdict,
} from './judgement.ts';
import { callsForForeignForce } from './texts.ts';

/** What a member thinks of a motion: above 0 for, below against. */
export const motionScore = (input: PolicyInput, motion: Motion): number => {
  const { state, dice, seat } = input;
  if (motion.mover === seat) return 1;
  const stance = stanceOf(input);
  const spec = motion.spec;
  const favour = (p: number): number => (dice(`favour:${motion.id}`) < p ? 0.6 : -0.6);
  switch (spec.kind) {
    case 'moderatedCaucus':
    case 'unmoderatedCaucus':
    case 'extendCaucus':
      return favour(0.8);
    case 'closeDebate':
      return state.drafts.some(awaitingVote) ? favour(0.95) : -0.6;
    case 'rollCallVote':
      return favour(0.9);
    case 'adjourn':
      return topicUnderDebate(state) === null ? 0.9 : favour(0.15);
    case 'suspend':
      return favour(0.3);
    case 'introduceDraft': {
      const draft = findDraft(state, spec.draft.id);
      return draft ? draftScore(stance, draft) : 0;
    }
    case 'introduceAmendment': {
      const amendment = findAmendment(state, spec.amendment.id);
      const draft = amendment ? findDraft(state, amendment.draftId) : undefined;
      return amendment && draft ? amendmentScore(stance, draft, amendment.change) : 0;
    }
    case 'postpone':
    case 'setAgenda':
    case 'divideQuestion':
    case 'reorderDrafts':
    case 'setSpeakingTime':
    case 'speakersList':
    case 'appeal':
      return favour(0.5);
  }
};

/** What a member thinks of the question a vote decides, and whether it would veto it. */
const questionScore = (input: PolicyInput, vote: OpenVote): { score: number; veto: boolean } => {
  const { state, seat } = input;
  const stance = stanceOf(input);
  const motion = vote.motionId ? state.motions.find((m) => m.id === vote.motionId) : undefined;
  if (motion) return { score: motionScore(input, motion), veto: false };
  const question = vote.question;
  if (!question) return { score: 0.5, veto: false };
  const draft = findDraft(state, question.draftId);
  if (!draft) return { score: 0.5, veto: false };
  switch (question.kind) {
    case 'draft':
      return draft.sponsors.includes(seat)
        ? { score: 1, veto: false }
        : { score: draftScore(stance, draft), veto: vetoes(stance, draftCallsForForce(draft)) };
    case 'part': {
      const keys = draft.division?.[question.part]?.clauses ?? [];
      const operative = draft.operative.filter((clause) => keys.includes(clause.key));
      return {
        score: draftScore(stance, { operative }),
        veto: vetoes(stance, draftCallsForForce({ operative })),
      };
    }
    case 'amendment': {
      const amendment = findAmendment(state, question.amendmentId);
      if (!amendment) return { score: 0.5, veto: false };
      if (amendment.proposer === seat) return { score: 1, veto: false };
      const change = amendment.change;
      const addsForce =
        change.action !== 'strike' &&
        callsForForeignForce([change.text, ...change.subClauses].join(' '));
      return {
        score: amendmentScore(stance, draft, change),
        veto: vetoes(stance, addsForce),
      };
    }
  }
};

/** A placard vote's answer, falling back to the member's leaning where it may not abstain. */
const placardAnswer = (input: PolicyInput, vote: OpenVote): Command => {
  const { score, veto } = questionScore(input, vote);
  const verdict: Verdict = veto
    ? 'no'
    : verdictFor(score, input.dice(`noise:${vote.id}`) * 0.4 - 0.2);
  const cast = (choice: VoteAnswer): Command => ({
    type: 'vote.cast',
    payload: { voteId: vote.id, choice },
  });
  return verdict === 'abstain' && !allowed(input, cast('abstain'))
    ? cast(leaning(score))
    : cast(verdict);
};

/** The answer when called in a roll call: pass once now and then, "with rights" now and then. */
const rollCallAnswer = (input: PolicyInput, vote: OpenVote, recalled: boolean): Command => {
  const { dice, behaviour } = input;
  const plain = placardAnswer(input, vote);
  if (plain.type !== 'vote.cast') return plain;
  const choice = plain.payload.choice;
  const cast = (answer: VoteAnswer): Command => ({
    type: 'vote.cast',
    payload: { voteId: vote.id, choice: answer },
  });
  if (recalled) {
    if (choice === 'yes' || choice === 'no') return plain;
    return cast(leaning(questionScore(input, vote).score));
  }
  if (!stanceOf(input).p5 && chance(dice, `pass:${vote.id}`, behaviour.passInRollCall)) {
    return cast('pass');
  }
  if (chance(dice, `rights:${vote.id}`, behaviour.voteWithRights)) {
    if (choice === 'yes') return cast('yesWithRights');
    if (choice === 'no') return cast('noWithRights');
  }
  return plain;
};

/** Vote in the open vote, if this member takes part and has not voted (or is being called). */
export const voteIntent = (input: PolicyInput): Intent | null => {
  const vote = openVoteOf(input.state);
  if (!vote) return null;
  const member = vote.members.find((candidate) => candidate.code === input.seat);
  if (!member?.present) return null;
  if (vote.rollCall) {
    if (calledMember(vote.rollCall) !== input.seat) return null;
    const recalled = inRecallRound(vote.rollCall);
    const turn = `${vote.id}:${recalled ? 'recall' : 'first'}`;
    return propose(
      input,
      rollCallAnswer(input, vote, recalled),
      delayFor(input, 'answerWhenCalled', `called:${turn}`),
      'answers when called in the roll-call vote',
    );
  }
  if (vote.records.some((record) => record.delegation === input.seat)) return null;
  return propose(
    input,
    placardAnswer(input, vote),
    delayFor(input, 'castVote', `vote:${vote.id}`),
    'raises its placard in the vote',
  );
};
