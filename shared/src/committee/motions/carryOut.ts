/**
 * Carrying out a motion that passed: what it changes on the floor. The first
 * motion to pass is carried out and every other pending motion lapses.
 */
import { findAmendment, findDraft } from '../drafts/drafts.ts';
import { divisionParts } from '../drafts/draftVoting.ts';
import type { DomainEvent, EventOf } from '../core/events.ts';
import { caucusToExtend } from './inOrder.ts';
import { unreachable } from '../core/unreachable.ts';
import { topicUnderDebate } from '../core/roster.ts';
import { freshSpeakersList } from '../speakers/speakersList.ts';
import type { AgendaTopic, CommitteeState, Motion } from '../core/state.ts';

/** The events of a motion passing (by vote or by the chair's grant): passed, the rest lapse, its effect. */
export const carryOut = (
  state: CommitteeState,
  motion: Motion,
  at: number,
  voteId: string | null,
): DomainEvent[] => {
  const lapsing = state.motions
    .filter((other) => other.id !== motion.id && other.status.kind === 'pending')
    .map((other) => other.id);
  return [
    { type: 'motion.passed', at, motionId: motion.id, voteId },
    ...(lapsing.length > 0 ? [{ type: 'motion.lapsed', at, motionIds: lapsing } as const] : []),
    ...effectsOf(state, motion, at),
  ];
};

const effectsOf = (state: CommitteeState, motion: Motion, at: number): DomainEvent[] => {
  const spec = motion.spec;
  switch (spec.kind) {
    case 'adjourn':
      return [{ type: 'session.adjourned', at }];
    case 'suspend':
      return [{ type: 'session.suspended', at, durationMs: spec.durationSeconds * 1000 }];
    case 'postpone': {
      const topicIndex = topicUnderDebate(state);
      return topicIndex === null ? [] : [{ type: 'agenda.postponed', at, topicIndex }];
    }
    case 'setAgenda':
      return [{ type: 'agenda.takenUp', at, topicIndex: spec.topicIndex }];
    case 'closeDebate':
      return [{ type: 'votingProcedure.entered', at }];
    case 'extendCaucus': {
      if (state.floor.kind === 'moderatedCaucus' || state.floor.kind === 'unmoderatedCaucus') {
        return [{ type: 'caucus.extended', at, extraSeconds: spec.extraSeconds }];
      }
      // The caucus has just ended: it starts again for the extra time.
      const ended = caucusToExtend(state);
      if (!ended) return [];
      return [
        {
          type: 'caucus.started',
          at,
          motionId: motion.id,
          caucus: { ...ended, extendedSeconds: ended.extendedSeconds + spec.extraSeconds },
          durationMs: spec.extraSeconds * 1000,
        },
      ];
    }
    case 'unmoderatedCaucus':
      return [
        {
          type: 'caucus.started',
          at,
          motionId: motion.id,
          caucus: {
            kind: 'unmoderated',
            purpose: spec.purpose,
            originalSeconds: spec.totalSeconds,
            extendedSeconds: 0,
          },
          durationMs: spec.totalSeconds * 1000,
        },
      ];
    case 'moderatedCaucus':
      return [
        {
          type: 'caucus.started',
          at,
          motionId: motion.id,
          caucus: {
            kind: 'moderated',
            topic: spec.topic,
            speakingSeconds: spec.speakingSeconds,
            originalSeconds: spec.totalSeconds,
            extendedSeconds: 0,
          },
          durationMs: spec.totalSeconds * 1000,
        },
      ];
    case 'introduceDraft': {
      const draft = findDraft(state, spec.draft.id);
      return draft ? [{ type: 'draft.introduced', at, draftId: draft.id, by: motion.mover }] : [];
    }
    case 'introduceAmendment': {
      const amendment = findAmendment(state, spec.amendment.id);
      return amendment
        ? [{ type: 'amendment.introduced', at, amendmentId: amendment.id, by: motion.mover }]
        : [];
    }
    case 'divideQuestion': {
      const draft = findDraft(state, spec.draftId);
      const parts = draft ? divisionParts(draft, spec.parts) : null;
      return draft && parts?.ok
        ? [{ type: 'draft.divided', at, draftId: draft.id, parts: parts.value }]
        : [];
    }
    case 'rollCallVote':
      return [{ type: 'vote.rollCallOrdered', at }];
    case 'reorderDrafts':
      return [
        {
          type: 'drafts.reordered',
          at,
          order: spec.order.map((ref) => findDraft(state, ref)?.id ?? ref),
        },
      ];
    case 'setSpeakingTime':
      return [{ type: 'speakersList.speakingTimeSet', at, seconds: spec.seconds }];
    case 'speakersList':
      return [
        { type: spec.action === 'close' ? 'speakersList.closed' : 'speakersList.opened', at },
      ];
    case 'appeal': {
      const ruling = state.rulings.find((candidate) => candidate.id === spec.rulingId);
      return [
        {
          type: 'ruling.overturned',
          at,
          rulingId: spec.rulingId,
          reinstatedMotionId: ruling?.kind === 'dilatory' ? ruling.motionId : null,
        },
      ];
    }
    default:
      return unreachable(spec);
  }
};

type Effect = EventOf<
  | 'agenda.postponed'
  | 'agenda.takenUp'
  | 'votingProcedure.entered'
  | 'votingProcedure.ended'
  | 'vote.rollCallOrdered'
  | 'ruling.overturned'
  | 'ruling.upheld'
>;

const withTopic = (
  agenda: readonly AgendaTopic[],
  index: number,
  status: AgendaTopic['status'],
): readonly AgendaTopic[] =>
  agenda.map((topic, at) =>
    at === index
      ? { ...topic, status }
      : topic.status === 'underDebate' && status === 'underDebate'
        ? { ...topic, status: 'pending' }
        : topic,
  );

/** A topic changes: formal debate on it starts afresh with a new speakers' list. */
const newDebate = (
  state: CommitteeState,
  agenda: readonly AgendaTopic[],
  at: number,
): CommitteeState => ({
  ...state,
  agenda,
  floor: { kind: 'formalDebate', since: at, lastCaucus: null, comments: null },
  speakersList: freshSpeakersList(state),
});

/** Apply the effect of a motion carried out (other than caucuses, the meeting itself and drafts). */
export const applyEffect = (state: CommitteeState, event: Effect): CommitteeState => {
  switch (event.type) {
    case 'agenda.postponed':
      return newDebate(state, withTopic(state.agenda, event.topicIndex, 'tabled'), event.at);
    case 'agenda.takenUp':
      return newDebate(state, withTopic(state.agenda, event.topicIndex, 'underDebate'), event.at);
    case 'votingProcedure.entered':
      return { ...state, floor: { kind: 'votingProcedure', since: event.at, rollCallNext: false } };
    case 'votingProcedure.ended':
      return newDebate(
        state,
        event.topicIndex === null
          ? state.agenda
          : withTopic(state.agenda, event.topicIndex, 'concluded'),
        event.at,
      );
    case 'vote.rollCallOrdered':
      return state.floor.kind === 'votingProcedure'
        ? { ...state, floor: { ...state.floor, rollCallNext: true } }
        : state;
    case 'ruling.overturned':
      return {
        ...state,
        rulings: state.rulings.map((ruling) =>
          ruling.id === event.rulingId ? { ...ruling, status: 'overturned' } : ruling,
        ),
        motions: state.motions.map((motion) =>
          motion.id === event.reinstatedMotionId
            ? { ...motion, status: { kind: 'pending' } }
            : motion,
        ),
      };
    case 'ruling.upheld':
      return {
        ...state,
        rulings: state.rulings.map((ruling) =>
          ruling.id === event.rulingId ? { ...ruling, status: 'upheld' } : ruling,
        ),
      };
    default:
      return unreachable(event);
  }
};
