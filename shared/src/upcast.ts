/**
 * Stored data of older shapes, brought to today's once when read: events by
 * their type (no event has changed shape yet, so the table is empty), and
 * snapshots' states, which until the record was typed carried `log`, a list of
 * English sentences that grew with every decision.
 */
import type { DomainEvent } from './committee/core/events.ts';

/** An event as the store gives it back: a JSON object with a `type`. */
export interface StoredEventShape {
  readonly type: string;
  readonly [key: string]: unknown;
}

type Upcaster = (event: StoredEventShape) => StoredEventShape;

// One entry per event type whose shape changed, turning the old shape into the new.
const upcasters: Readonly<Partial<Record<string, Upcaster>>> = {};

/** A stored event in today's shape. Pure: the same stored event always gives the same. */
export const upcast = <E extends StoredEventShape>(event: E): E | StoredEventShape => {
  const upcaster = upcasters[event.type];
  return upcaster ? upcaster(event) : event;
};

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A snapshot's state in today's shape: `log` dropped, `latest` started empty if missing. */
export const upcastState = (state: unknown): unknown => {
  if (!isObject(state) || !('log' in state)) return state;
  const { log: _sentences, ...rest } = state;
  return 'latest' in rest ? rest : { ...rest, latest: [] };
};

// Every event type this engine knows; the compiler keeps the list complete and exact.
const domainEventTypes: Readonly<Record<DomainEvent['type'], true>> = {
  'agenda.postponed': true,
  'agenda.takenUp': true,
  'amendment.accepted': true,
  'amendment.declined': true,
  'amendment.incorporated': true,
  'amendment.introduced': true,
  'amendment.proposed': true,
  'amendment.voted': true,
  'amendment.withdrawn': true,
  'amendments.lapsed': true,
  'attendance.recorded': true,
  'attendance.rollCallClosed': true,
  'attendance.rollCallStarted': true,
  'caucus.ended': true,
  'caucus.extended': true,
  'caucus.started': true,
  'caucus.timeUp': true,
  'draft.adopted': true,
  'draft.approved': true,
  'draft.divided': true,
  'draft.edited': true,
  'draft.failed': true,
  'draft.introduced': true,
  'draft.partVoted': true,
  'draft.signed': true,
  'draft.sponsorAdded': true,
  'draft.sponsorRemoved': true,
  'draft.submitted': true,
  'draft.unsigned': true,
  'draft.vetoed': true,
  'draft.withdrawn': true,
  'drafts.reordered': true,
  'explanation.waived': true,
  'motion.failed': true,
  'motion.lapsed': true,
  'motion.moved': true,
  'motion.passed': true,
  'motion.ruledDilatory': true,
  'motion.seconded': true,
  'motion.withdrawn': true,
  'placard.lowered': true,
  'placard.raised': true,
  'point.raised': true,
  'point.recognised': true,
  'point.resolved': true,
  'point.withdrawn': true,
  'reply.requested': true,
  'reply.ruled': true,
  'rollCall.passed': true,
  'ruling.overturned': true,
  'ruling.upheld': true,
  'session.adjourned': true,
  'session.opened': true,
  'session.resumed': true,
  'session.suspended': true,
  'speakersList.added': true,
  'speakersList.closed': true,
  'speakersList.moved': true,
  'speakersList.opened': true,
  'speakersList.removed': true,
  'speakersList.speakingTimeSet': true,
  'speech.answering': true,
  'speech.ended': true,
  'speech.started': true,
  'speech.yielded': true,
  'timer.paused': true,
  'timer.reset': true,
  'timer.resumed': true,
  'vote.closed': true,
  'vote.opened': true,
  'vote.recorded': true,
  'vote.rollCallOrdered': true,
  'votingProcedure.ended': true,
  'votingProcedure.entered': true,
};

/**
 * Whether a stored event (in today's shape) is one this engine knows. Its body was
 * checked when it was appended, or is checked by replaying it (an import).
 */
export const isDomainEvent = (event: StoredEventShape): event is StoredEventShape & DomainEvent =>
  Object.hasOwn(domainEventTypes, event.type);
