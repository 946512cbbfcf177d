/**
 * The journal: a committee's stored events, replayed from its template, read
 * out as minutes in order with their times. Pure: it reads no clock and does no
 * I/O, so the server, a client or a test turn the same log into the same minutes.
 *
 * Each event is evolved with the engine (so the minutes see the committee as it
 * stood before and after) and recorded by `record`. Events the engine writes a
 * journal line for but the minutes do not model get that line as a decision;
 * events this version cannot replay at all are kept as notes rather than lost.
 */
import type { DomainEvent } from '../committee/core/events.ts';
import { evolve } from '../committee/evolve.ts';
import { describeMotion } from '../committee/motions/motionText.ts';
import { initialState, type CommitteeState, type Motion } from '../committee/core/state.ts';
import { draftEntry, draftSummaries, isDraftEvent } from './drafts.ts';
import { committeeStatistics } from './statistics.ts';
import type {
  CaucusEntry,
  JournalEntry,
  Minutes,
  MinutesInput,
  MotionEntry,
  MotionOutcome,
  PointEntry,
  ReplyEntry,
  RollCallEntry,
  SpeechEntry,
  VoteEntry,
  VoteLine,
} from './types.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The entries being written, with the open ones indexed by id. */
class Book {
  readonly entries: JournalEntry[] = [];
  readonly speeches = new Map<string, Mutable<SpeechEntry>>();
  readonly motions = new Map<string, Mutable<MotionEntry>>();
  readonly votes = new Map<string, Mutable<VoteEntry>>();
  readonly points = new Map<string, Mutable<PointEntry>>();
  readonly replies = new Map<string, Mutable<ReplyEntry>>();
  rollCall: Mutable<RollCallEntry> | null = null;
  caucus: Mutable<CaucusEntry> | null = null;

  add<T extends JournalEntry>(entry: T): T {
    this.entries.push(entry);
    return entry;
  }
}

interface Step {
  readonly seq: number;
  readonly at: number;
  readonly before: CommitteeState;
  readonly after: CommitteeState;
}

const sessionActions = {
  'session.opened': 'opened',
  'session.suspended': 'suspended',
  'session.resumed': 'resumed',
  'session.adjourned': 'adjourned',
} as const;

const seconds = (ms: number): number => Math.round(ms / 1000);

/** The journal line the engine wrote for this event, if it wrote one. */
const logLine = ({ before, after }: Step): string | null =>
  after.log.length > before.log.length ? (after.log.at(-1)?.text ?? null) : null;

const motionOutcome = (motion: Motion): MotionOutcome => {
  const status = motion.status;
  switch (status.kind) {
    case 'pending':
      return 'pending';
    case 'voting':
      return 'voting';
    case 'passed':
      return status.voteId === null ? 'granted' : 'carried';
    case 'failed':
      return status.voteId === null ? 'refused' : 'failed';
    case 'lapsed':
      return 'lapsed';
    case 'ruledDilatory':
      return 'ruledDilatory';
    case 'withdrawn':
      return 'withdrawn';
  }
};

/** Bring a motion's entry in line with the motion as the state now has it. */
const syncMotion = (book: Book, id: string, after: CommitteeState): void => {
  const entry = book.motions.get(id);
  const motion = after.motions.find((candidate) => candidate.id === id);
  if (!entry || !motion) return;
  entry.seconds = motion.seconds;
  entry.outcome = motionOutcome(motion);
  const status = motion.status;
  if ('voteId' in status) entry.voteId = status.voteId ?? entry.voteId;
  if (status.kind === 'ruledDilatory') entry.rulingId = status.rulingId;
  entry.decidedAt = 'at' in status ? status.at : null;
};

/** Bring a vote's entry in line with the vote as the state now has it. */
const syncVote = (book: Book, id: string, after: CommitteeState): void => {
  const entry = book.votes.get(id);
  const vote = after.votes.find((candidate) => candidate.id === id);
  if (!entry || !vote) return;
  entry.records = vote.members.map((member): VoteLine => {
    const record = vote.records.find((candidate) => candidate.delegation === member.code);
    return {
      delegation: member.code,
      p5: member.p5,
      choice: record?.choice ?? null,
      withRights: record?.withRights ?? false,
      passed: record?.passed ?? false,
      by: record?.by ?? null,
      at: record?.at ?? null,
    };
  });
  entry.tally = vote.tally;
  if (vote.status === 'closed') {
    entry.closedAt = vote.closedAt;
    entry.tally = vote.result.tally;
    entry.outcome = vote.result.outcome;
    entry.vetoedBy = vote.result.vetoedBy;
    entry.p5Against = vote.result.p5Against;
  }
};

const endSpeech = (book: Book, id: string, at: number): void => {
  const entry = book.speeches.get(id);
  if (!entry || entry.endedAt !== null) return;
  entry.endedAt = at;
  entry.durationSeconds = seconds(at - entry.startedAt);
};

const speechFloor = (state: CommitteeState): SpeechEntry['floor'] => {
  const kind = state.floor.kind;
  return kind === 'formalDebate' || kind === 'moderatedCaucus' || kind === 'votingProcedure'
    ? kind
    : 'other';
};

/** Write what one event means into the book. */
const record = (book: Book, event: DomainEvent, step: Step): void => {
  const { seq, at, before, after } = step;
  switch (event.type) {
    case 'session.opened':
    case 'session.suspended':
    case 'session.resumed':
    case 'session.adjourned':
      book.add({
        kind: 'session',
        seq,
        at,
        action: sessionActions[event.type],
        meeting: after.meeting,
        text: logLine(step) ?? event.type,
      });
      return;

    case 'attendance.rollCallStarted':
      book.rollCall = book.add({
        kind: 'rollCall',
        seq,
        at,
        meeting: after.meeting,
        closedAt: null,
        answers: [],
        absent: [],
      });
      return;
    case 'attendance.recorded': {
      const rollCall = book.rollCall;
      if (before.attendance.rollCallOpen && rollCall) {
        const answer = {
          delegation: event.delegation,
          status: event.status,
          at,
          by: event.by,
        };
        rollCall.answers = [
          ...rollCall.answers.filter((other) => other.delegation !== event.delegation),
          answer,
        ];
        return;
      }
      book.add({
        kind: 'attendance',
        seq,
        at,
        delegation: event.delegation,
        status: event.status,
        late: event.late,
        by: event.by,
      });
      return;
    }
    case 'attendance.rollCallClosed':
      if (book.rollCall) {
        book.rollCall.closedAt = at;
        book.rollCall.absent = event.absent;
        book.rollCall = null;
      }
      return;

    case 'speech.started': {
      const answered = event.replyTo
        ? before.speeches.find((speech) => speech.id === event.replyTo)
        : undefined;
      const entry = book.add<SpeechEntry>({
        kind: 'speech',
        seq,
        at,
        speechId: event.speechId,
        delegation: event.delegation,
        speechKind: event.kind,
        allottedSeconds: seconds(event.durationMs),
        startedAt: at,
        endedAt: null,
        durationSeconds: null,
        yielded: null,
        replyTo: event.replyTo
          ? { speechId: event.replyTo, delegation: answered?.delegation ?? null }
          : null,
        questions: [],
        floor: speechFloor(before),
      });
      book.speeches.set(event.speechId, entry);
      const reply = event.requestId ? book.replies.get(event.requestId) : undefined;
      if (reply) {
        reply.status = 'given';
        reply.givenSpeechId = event.speechId;
      }
      return;
    }
    case 'speech.yielded': {
      const entry = book.speeches.get(event.speechId);
      if (entry) {
        entry.yielded = {
          to: event.to,
          recipient: event.recipient,
          remainingSeconds: seconds(event.remainingMs),
        };
      }
      if (event.to !== 'questions') endSpeech(book, event.speechId, at);
      return;
    }
    case 'speech.ended':
      endSpeech(book, event.speechId, at);
      return;

    case 'motion.moved': {
      const entry = book.add<MotionEntry>({
        kind: 'motion',
        seq,
        at,
        motionId: event.motion.id,
        motionKind: event.motion.spec.kind,
        description: describeMotion(event.motion.spec),
        mover: event.motion.mover,
        seconds: [],
        warnings: event.warnings,
        outcome: 'pending',
        voteId: null,
        decidedAt: null,
        rulingId: null,
        reinstated: false,
      });
      book.motions.set(entry.motionId, entry);
      return;
    }
    case 'motion.seconded':
    case 'motion.withdrawn':
    case 'motion.ruledDilatory':
    case 'motion.passed':
    case 'motion.failed':
      syncMotion(book, event.motionId, after);
      return;
    case 'motion.lapsed':
      for (const id of event.motionIds) syncMotion(book, id, after);
      return;

    case 'vote.opened': {
      const vote = event.vote;
      const entry = book.add<VoteEntry>({
        kind: 'vote',
        seq,
        at,
        voteId: vote.id,
        voteKind: vote.kind,
        method: vote.method,
        subject: vote.subject,
        motionId: vote.motionId,
        threshold: vote.threshold,
        openedAt: at,
        closedAt: null,
        rollCallStart: vote.rollCall?.start ?? null,
        records: [],
        tally: { yes: 0, no: 0, abstain: 0, absent: 0 },
        outcome: null,
        vetoedBy: [],
        p5Against: [],
      });
      book.votes.set(vote.id, entry);
      syncVote(book, vote.id, after);
      if (vote.motionId !== null) syncMotion(book, vote.motionId, after);
      return;
    }
    case 'vote.recorded':
    case 'rollCall.passed':
    case 'vote.closed':
      syncVote(book, event.voteId, after);
      return;

    case 'point.raised': {
      const entry = book.add<PointEntry>({
        kind: 'point',
        seq,
        at,
        pointId: event.point.id,
        delegation: event.point.delegation,
        pointKind: event.point.kind,
        text: event.point.text,
        outcome: 'pending',
        rulingId: null,
        settledAt: null,
      });
      book.points.set(entry.pointId, entry);
      return;
    }
    case 'point.withdrawn':
    case 'point.recognised':
    case 'point.resolved': {
      const entry = book.points.get(event.pointId);
      if (entry) {
        entry.settledAt = at;
        if (event.type === 'point.withdrawn') entry.outcome = 'withdrawn';
        else if (event.type === 'point.recognised') entry.outcome = 'recognised';
        else {
          entry.outcome = event.ruling ?? 'answered';
          entry.rulingId = event.rulingId;
        }
      }
      const speech = before.speech ? book.speeches.get(before.speech.id) : undefined;
      if (event.type === 'point.recognised' && speech) {
        speech.questions = [...speech.questions, event.questioner];
      }
      return;
    }

    case 'reply.requested': {
      const impugning = before.speeches.find((speech) => speech.id === event.request.speechId);
      const entry = book.add<ReplyEntry>({
        kind: 'reply',
        seq,
        at,
        requestId: event.request.id,
        delegation: event.request.delegation,
        speechId: event.request.speechId,
        against: impugning?.delegation ?? null,
        status: 'requested',
        ruledAt: null,
        givenSpeechId: null,
      });
      book.replies.set(entry.requestId, entry);
      return;
    }
    case 'reply.ruled': {
      const entry = book.replies.get(event.requestId);
      if (entry) {
        entry.status = event.granted ? 'granted' : 'refused';
        entry.ruledAt = at;
      }
      return;
    }

    case 'caucus.started': {
      const caucus = event.caucus;
      book.caucus = book.add<CaucusEntry>({
        kind: 'caucus',
        seq,
        at,
        caucusKind: caucus.kind,
        motionId: event.motionId,
        subject: caucus.kind === 'moderated' ? caucus.topic : caucus.purpose,
        speakingSeconds: caucus.kind === 'moderated' ? caucus.speakingSeconds : null,
        plannedSeconds: seconds(event.durationMs),
        continuation: caucus.extendedSeconds > 0,
        extensions: [],
        endedAt: null,
        durationSeconds: null,
        endReason: null,
      });
      return;
    }
    case 'caucus.extended':
      if (book.caucus) {
        book.caucus.extensions = [...book.caucus.extensions, event.extraSeconds];
        book.caucus.plannedSeconds += event.extraSeconds;
      }
      return;
    case 'caucus.ended':
      if (book.caucus) {
        book.caucus.endedAt = at;
        book.caucus.durationSeconds = seconds(at - book.caucus.at);
        book.caucus.endReason = event.reason;
        book.caucus = null;
      }
      return;

    case 'ruling.overturned': {
      const line = logLine(step);
      if (line !== null) book.add({ kind: 'decision', seq, at, event: event.type, text: line });
      const reinstated = event.reinstatedMotionId;
      const entry = reinstated === null ? undefined : book.motions.get(reinstated);
      if (entry && reinstated !== null) {
        syncMotion(book, reinstated, after);
        entry.reinstated = true;
      }
      return;
    }

    default: {
      const raw = event as unknown as { readonly type: string; readonly [key: string]: unknown };
      if (isDraftEvent(raw.type)) {
        const entry = draftEntry(seq, at, raw, after, logLine(step));
        if (entry) book.add(entry);
        return;
      }
      // Agenda, closure, the speakers' list, appeals upheld, roll-call orders…: the
      // engine's line says it; routine events (timers, placards, the list) have none.
      const line = logLine(step);
      if (line !== null) book.add({ kind: 'decision', seq, at, event: raw.type, text: line });
    }
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
    const event = logged.event as DomainEvent;
    let after: CommitteeState;
    try {
      after = evolve(state, event);
    } catch {
      book.add({
        kind: 'other',
        seq: logged.seq,
        at,
        event: logged.event.type,
        text: `Event ${logged.event.type} (not known to this version of Placard)`,
      });
      continue;
    }
    record(book, event, { seq: logged.seq, at, before: state, after });
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
