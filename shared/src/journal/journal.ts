/**
 * The journal: a committee's stored events, replayed from its template, read
 * out as minutes in order with their times. Pure: it reads no clock and does no
 * I/O, so the server, a client or a test turn the same log into the same minutes.
 *
 * Each event is evolved with the engine (so the minutes see the committee as it
 * stood before and after) and written into the book by the part it belongs to.
 * Decisions the minutes do not model get the record's line (shared/src/record);
 * events this version cannot replay at all are kept as notes rather than lost.
 */
import type { DomainEvent } from '../committee/core/events.ts';
import { evolve } from '../committee/evolve.ts';
import { initialState, type CommitteeState } from '../committee/core/state.ts';
import { Book, recordLine, type Step } from './book.ts';
import { draftEntry, isDraftEvent } from './draftEvents.ts';
import { draftSummaries } from './drafts.ts';
import { recordFloor } from './floor.ts';
import { recordQuestion } from './questions.ts';
import { committeeStatistics } from './statistics.ts';
import type { Minutes, MinutesInput } from './types.ts';
import { isDomainEvent, upcast } from '../upcast.ts';

/** Write what one event means into the book. */
const record = (book: Book, step: Step): void => {
  if (recordFloor(book, step) || recordQuestion(book, step)) return;
  const { seq, at, event, after } = step;
  if (isDraftEvent(event.type)) {
    const entry = draftEntry(seq, at, event, after, recordLine(step));
    if (entry) book.add(entry);
    return;
  }
  // Agenda, closure, the speakers' list, appeals upheld, roll-call orders…: the
  // record's line says it; routine events (timers, placards, the list) have none.
  const line = recordLine(step);
  if (line !== null) book.add({ kind: 'decision', seq, at, event: event.type, text: line });
};

/** The state after an event, or null when this version cannot apply it. */
const replayed = (state: CommitteeState, event: DomainEvent): CommitteeState | null => {
  try {
    return evolve(state, event);
  } catch {
    return null;
  }
};

/** The time of a stored event: its own `at` when it has one, else the append time. */
const timeOf = (logged: MinutesInput['events'][number]): number => {
  const own = (logged.event as { readonly at?: unknown }).at;
  return typeof own === 'number' && Number.isFinite(own) ? own : logged.at;
};

/** The minutes of a committee from its template and its stored events. */
export const buildMinutes = (input: MinutesInput): Minutes => {
  const { id, template } = input.committee;
  const book = new Book();
  const events = [...input.events].sort((a, b) => a.seq - b.seq);
  let state = initialState(template);
  for (const logged of events) {
    const at = timeOf(logged);
    const event = upcast(logged.event);
    const after = isDomainEvent(event) ? replayed(state, event) : null;
    if (!isDomainEvent(event) || after === null) {
      book.add({
        kind: 'other',
        seq: logged.seq,
        at,
        event: logged.event.type,
        text: `Event ${logged.event.type} (not known to this version of Placard)`,
      });
      continue;
    }
    record(book, { seq: logged.seq, at, event, before: state, after });
    state = after;
  }
  const entries = book.entries;
  const first = events[0];
  const last = events.at(-1);
  return {
    committee: {
      id,
      name: template.name,
      topic: template.briefing?.topic ?? template.agenda[0] ?? '',
      agenda: template.agenda,
    },
    roster: [
      ...template.members.map(({ code, name, shortName, p5 }) => ({
        code,
        name,
        shortName,
        member: true,
        p5,
      })),
      ...template.invitees.map(({ code, name, shortName }) => ({
        code,
        name,
        shortName,
        member: false,
        p5: false,
      })),
    ],
    headSeq: last?.seq ?? 0,
    firstAt: first ? timeOf(first) : null,
    lastAt: last ? timeOf(last) : null,
    meetings: state.meeting,
    entries,
    speeches: entries.filter((entry) => entry.kind === 'speech'),
    motions: entries.filter((entry) => entry.kind === 'motion'),
    votes: entries.filter((entry) => entry.kind === 'vote'),
    drafts: draftSummaries(state),
    statistics: committeeStatistics(state),
  };
};
