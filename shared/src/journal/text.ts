/**
 * Each journal entry in plain English sentences, shared by the Markdown and
 * HTML renderers (each escapes the text for its own format).
 */
import type { PointKind, SpeechKind } from '../committee/core/state.ts';
import type { Tally } from '../committee/votes/votes.ts';
import { formatDuration, listOf, namer } from './format.ts';
import type {
  AttendanceChangeEntry,
  DraftSummary,
  CaucusEntry,
  JournalEntry,
  Minutes,
  MotionEntry,
  PointEntry,
  ReplyEntry,
  RollCallEntry,
  SpeechEntry,
  VoteEntry,
} from './types.ts';

export const speechKindLabels: Readonly<Record<SpeechKind, string>> = {
  gsl: "speakers' list",
  yielded: 'yielded time',
  comment: 'comment',
  caucus: 'moderated caucus',
  rightOfReply: 'right of reply',
  explanationOfVote: 'explanation of vote',
};

export const pointKindLabels: Readonly<Record<PointKind, string>> = {
  personalPrivilege: 'Point of personal privilege',
  order: 'Point of order',
  parliamentaryInquiry: 'Point of parliamentary inquiry',
  information: 'Point of information',
};

export const choiceLabels = {
  yes: 'Yes',
  no: 'No',
  abstain: 'Abstain',
  absent: 'Absent',
} as const;

/** `12–3–0` (yes–no–abstain), with absences when there were any. */
export const tallyText = (tally: Tally): string =>
  `${tally.yes}–${tally.no}–${tally.abstain}${tally.absent > 0 ? ` (${tally.absent} absent)` : ''}`;

/** Describes entries with the names and votes of one set of minutes. */
export class EntryText {
  readonly name: (code: string) => string;
  readonly #votes: ReadonlyMap<string, VoteEntry>;

  constructor(minutes: Minutes) {
    this.name = namer(minutes);
    this.#votes = new Map(minutes.votes.map((vote) => [vote.voteId, vote]));
  }

  /** One sentence (or a few) for the entry, for the proceedings. */
  describe(entry: JournalEntry): string {
    switch (entry.kind) {
      case 'session':
      case 'decision':
      case 'draft':
      case 'other':
        return `${entry.text}.`;
      case 'rollCall':
        return this.rollCall(entry);
      case 'attendance':
        return this.attendance(entry);
      case 'speech':
        return this.speech(entry);
      case 'motion':
        return this.motion(entry);
      case 'point':
        return this.point(entry);
      case 'reply':
        return this.reply(entry);
      case 'vote':
        return this.vote(entry);
      case 'caucus':
        return this.caucus(entry);
    }
  }

  rollCall(entry: RollCallEntry): string {
    const present = entry.answers.filter((answer) => answer.status !== 'absent').length;
    const absent = entry.absent.length + entry.answers.length - present;
    const state = entry.closedAt === null ? ' (still open)' : '';
    return `Roll call${state}: ${present} present, ${absent} absent.`;
  }

  attendance(entry: AttendanceChangeEntry): string {
    const who = this.name(entry.delegation);
    if (entry.status === 'absent') return `${who} recorded absent.`;
    const status = entry.status === 'presentAndVoting' ? 'present and voting' : 'present';
    return entry.late ? `${who} arrived late (${status}).` : `${who} recorded ${status}.`;
  }

  /** The speech's outcome: how long, how it ended. */
  speechDetail(entry: SpeechEntry): string {
    const parts: string[] = [];
    if (entry.replyTo) {
      const against = entry.replyTo.delegation ? ` by ${this.name(entry.replyTo.delegation)}` : '';
      parts.push(`in reply to speech ${entry.replyTo.speechId}${against}`);
    }
    const yielded = entry.yielded;
    if (yielded?.to === 'chair') parts.push('yielded to the chair');
    if (yielded?.to === 'delegation' && yielded.recipient) {
      parts.push(
        `yielded ${formatDuration(yielded.remainingSeconds)} to ${this.name(yielded.recipient)}`,
      );
    }
    if (yielded?.to === 'questions') {
      parts.push(
        entry.questions.length === 0
          ? 'yielded to questions (none put)'
          : `yielded to questions from ${listOf(entry.questions.map(this.name))}`,
      );
    }
    return parts.join('; ');
  }

  speech(entry: SpeechEntry): string {
    const length =
      entry.durationSeconds === null ? 'in progress' : formatDuration(entry.durationSeconds);
    const detail = this.speechDetail(entry);
    return `${this.name(entry.delegation)} spoke (${speechKindLabels[entry.speechKind]}, ${entry.speechId}) for ${length}${detail ? `; ${detail}` : ''}.`;
  }

  /** How a motion ended, e.g. "carried (vote V6, 12–3–0)". */
  motionOutcome(entry: MotionEntry): string {
    const vote = entry.voteId === null ? undefined : this.#votes.get(entry.voteId);
    const counted = vote?.outcome ? `, ${tallyText(vote.tally)}` : '';
    switch (entry.outcome) {
      case 'pending':
        return 'pending';
      case 'voting':
        return `being voted on (vote ${entry.voteId ?? ''})`;
      case 'carried':
        return `carried (vote ${entry.voteId ?? ''}${counted})`;
      case 'failed':
        return `failed (vote ${entry.voteId ?? ''}${counted})`;
      case 'granted':
        return 'granted by the chair';
      case 'refused':
        return 'refused by the chair';
      case 'lapsed':
        return 'lapsed';
      case 'ruledDilatory':
        return `ruled dilatory (ruling ${entry.rulingId ?? ''})`;
      case 'withdrawn':
        return 'withdrawn';
    }
  }

  motion(entry: MotionEntry): string {
    const seconded =
      entry.seconds.length > 0 ? ` Seconded by ${listOf(entry.seconds.map(this.name))}.` : '';
    const reinstated = entry.reinstated ? ' Reinstated on appeal.' : '';
    const outcome = this.motionOutcome(entry);
    return `Motion ${entry.motionId} by ${this.name(entry.mover)}: ${entry.description}.${seconded}${reinstated} ${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}.`;
  }

  point(entry: PointEntry): string {
    const said = entry.text.trim() === '' ? '' : ` “${entry.text.trim()}”`;
    const head = `${pointKindLabels[entry.pointKind]} by ${this.name(entry.delegation)} (${entry.pointId})${said}`;
    switch (entry.outcome) {
      case 'pending':
        return `${head}; not yet taken.`;
      case 'withdrawn':
        return `${head}; withdrawn.`;
      case 'recognised':
        return `${head}; question put to the speaker.`;
      case 'answered':
        return `${head}; answered by the chair.`;
      case 'wellTaken':
        return `${head}; ruled well taken (ruling ${entry.rulingId ?? ''}).`;
      case 'notWellTaken':
        return `${head}; ruled not well taken (ruling ${entry.rulingId ?? ''}).`;
    }
  }

  reply(entry: ReplyEntry): string {
    const against = entry.against ? ` by ${this.name(entry.against)}` : '';
    const head = `Right of reply requested by ${this.name(entry.delegation)} (${entry.requestId}) to speech ${entry.speechId}${against}`;
    switch (entry.status) {
      case 'requested':
        return `${head}; not yet ruled on.`;
      case 'granted':
        return `${head}; granted.`;
      case 'refused':
        return `${head}; refused.`;
      case 'given':
        return `${head}; granted and given (${entry.givenSpeechId ?? ''}).`;
    }
  }

  /** "adopted, 12–3–0; vetoed by Russia". */
  voteResult(entry: VoteEntry): string {
    if (entry.outcome === null) return `open (${tallyText(entry.tally)} so far)`;
    const vetoed =
      entry.vetoedBy.length > 0
        ? ` by the negative vote of ${listOf(entry.vetoedBy.map(this.name))}`
        : '';
    return `${entry.outcome}${vetoed}, ${tallyText(entry.tally)}`;
  }

  voteTitle(entry: VoteEntry): string {
    return entry.motionId === null
      ? `${entry.subject.title} (${entry.subject.id})`
      : `motion ${entry.motionId}: ${entry.subject.title}`;
  }

  vote(entry: VoteEntry): string {
    const method = entry.method === 'rollCall' ? 'by roll call' : 'by placard';
    const start = entry.rollCallStart ? `, starting with ${this.name(entry.rollCallStart)}` : '';
    return `Vote ${entry.voteId} (${entry.voteKind}, ${method}${start}, ${entry.threshold} needed) on ${this.voteTitle(entry)}: ${this.voteResult(entry)}.`;
  }

  caucus(entry: CaucusEntry): string {
    const kind = entry.caucusKind === 'moderated' ? 'Moderated caucus' : 'Unmoderated caucus';
    const per = entry.speakingSeconds === null ? '' : `, ${entry.speakingSeconds} s per speaker`;
    const again = entry.continuation ? ' (extension)' : '';
    const extended =
      entry.extensions.length > 0
        ? `; extended by ${listOf(entry.extensions.map(formatDuration))}`
        : '';
    const ran =
      entry.durationSeconds === null
        ? 'in progress'
        : `ran ${formatDuration(entry.durationSeconds)}, ${entry.endReason === 'timeUp' ? 'time elapsed' : 'ended by the chair'}`;
    return `${kind}${again} (${formatDuration(entry.plannedSeconds)} planned${per}): ${entry.subject}${extended}; ${ran}.`;
  }

  /** Where a draft ended up, e.g. "adopted as resolution 1 (vote V7)". */
  draftOutcome(draft: DraftSummary): string {
    const vote = draft.voteId ? ` (vote ${draft.voteId})` : '';
    switch (draft.status) {
      case 'workingPaper':
        return 'working paper, not approved';
      case 'draft':
        return draft.introducedBy ? 'introduced, not yet voted on' : 'approved, not introduced';
      case 'adopted':
        return `adopted${draft.resolutionNumber === null ? '' : ` as resolution ${draft.resolutionNumber}`}${vote}`;
      case 'vetoed':
        return `vetoed by ${listOf(draft.vetoedBy.map(this.name))}${vote}`;
      case 'failed':
        return `failed${vote}`;
      default:
        return `${draft.status}${vote}`;
    }
  }

  /** Sponsors, signatories and who introduced it. */
  draftPeople(draft: DraftSummary): string {
    const parts = [
      `sponsored by ${draft.sponsors.length === 0 ? 'nobody' : listOf(draft.sponsors.map(this.name))}`,
    ];
    if (draft.signatories.length > 0)
      parts.push(`signed by ${listOf(draft.signatories.map(this.name))}`);
    if (draft.introducedBy) parts.push(`introduced by ${this.name(draft.introducedBy)}`);
    return parts.join('; ');
  }

  /** "A/1 by Russia: strike operative clause 3 (adopted)". */
  amendment(amendment: DraftSummary['amendments'][number]): string {
    const by = amendment.proposer ? ` by ${this.name(amendment.proposer)}` : '';
    return `${amendment.id}${by}: ${amendment.change} (${amendment.status})`;
  }
}
