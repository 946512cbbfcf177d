/**
 * The minutes as Markdown (CommonMark with GitHub tables): attendance, the
 * proceedings in order, speeches, motions, every vote with its full record,
 * drafts, and participation statistics. Text from delegates (titles, points)
 * is escaped so it can never become markup.
 */
import { formatDuration, timeFormat, type TimeFormat } from './format.ts';
import { EntryText, choiceLabels, speechKindLabels } from './text.ts';
import type { Minutes, RollCallEntry, VoteEntry } from './types.ts';

export interface RenderOptions {
  /** IANA time zone of the times shown (default UTC). */
  readonly timeZone?: string;
}

/** Escape text so Markdown shows it literally (inline, on one line). */
export const escapeMarkdown = (text: string): string =>
  text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|#~!&]/g, (char) => `\\${char}`);

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  row(head),
  row(head.map(() => '---')),
  ...rows.map(row),
];

/** The minutes as a Markdown document. */
export const renderMinutesMarkdown = (minutes: Minutes, options: RenderOptions = {}): string => {
  const format = timeFormat(options.timeZone ?? 'UTC');
  const text = new EntryText(minutes);
  const md = escapeMarkdown;
  const name = (code: string) => md(text.name(code));
  const out: string[] = [];
  const add = (...lines: string[]) => out.push(...lines);

  add(`# ${md(minutes.committee.name)}: minutes`, '');
  add(`**Topic:** ${md(minutes.committee.topic)}  `);
  add(
    `**Agenda:** ${minutes.committee.agenda.map((item, i) => `${i + 1}. ${md(item)}`).join('; ')}  `,
  );
  add(`**Record:** ${period(minutes, format)}  `);
  add(`**Committee:** \`${minutes.committee.id}\`, events 1–${minutes.headSeq}`, '');

  add('## Attendance', '');
  const rollCalls = minutes.entries.filter((entry) => entry.kind === 'rollCall');
  if (rollCalls.length === 0) add('No roll call was taken.', '');
  for (const rollCall of rollCalls) {
    add(`### Roll call, meeting ${rollCall.meeting} (${format.time(rollCall.at)})`, '');
    for (const [label, codes] of attendanceGroups(rollCall)) {
      add(`- **${label}:** ${codes.length === 0 ? 'none' : codes.map(name).join(', ')}`);
    }
    add('');
  }
  const changes = minutes.entries.filter((entry) => entry.kind === 'attendance');
  if (changes.length > 0) {
    add('### After the roll call', '');
    for (const change of changes) add(`- ${format.time(change.at)}: ${md(text.describe(change))}`);
    add('');
  }

  add('## Proceedings', '');
  if (minutes.entries.length === 0) add('Nothing has been recorded yet.');
  let day: string | null = minutes.firstAt === null ? null : format.date(minutes.firstAt);
  for (const entry of minutes.entries) {
    // A session over several days gets the date wherever it changes.
    if (format.date(entry.at) !== day) {
      day = format.date(entry.at);
      add('', `**${day}**`, '');
    }
    add(`- **${format.time(entry.at)}** ${md(text.describe(entry))}`);
  }
  add('');

  add('## Speeches', '');
  if (minutes.speeches.length === 0) add('No speeches.', '');
  else {
    add(
      ...table(
        ['Speech', 'Started', 'Delegation', 'Kind', 'Duration', 'Notes'],
        minutes.speeches.map((speech) => [
          speech.speechId,
          format.time(speech.startedAt),
          name(speech.delegation),
          speechKindLabels[speech.speechKind],
          speech.durationSeconds === null ? 'in progress' : formatDuration(speech.durationSeconds),
          md(text.speechDetail(speech)),
        ]),
      ),
      '',
    );
  }

  add('## Motions', '');
  if (minutes.motions.length === 0) add('No motions.', '');
  else {
    add(
      ...table(
        ['Motion', 'Moved', 'Mover', 'Motion', 'Seconded by', 'Outcome'],
        minutes.motions.map((motion) => [
          motion.motionId,
          format.time(motion.at),
          name(motion.mover),
          md(motion.description),
          motion.seconds.map(name).join(', '),
          md(text.motionOutcome(motion)),
        ]),
      ),
      '',
    );
  }

  add('## Votes', '');
  if (minutes.votes.length === 0) add('No votes.', '');
  for (const vote of minutes.votes) add(...voteSection(vote, text, format), '');

  const steps = minutes.entries.filter((entry) => entry.kind === 'draft');
  if (minutes.drafts.length > 0 || steps.length > 0) {
    add('## Draft resolutions and amendments', '');
    for (const draft of minutes.drafts) {
      add(`### ${md(draft.symbol ?? draft.id)}: ${md(draft.title)}`, '');
      add(`${md(text.draftPeople(draft))}.  `, `**Outcome:** ${md(text.draftOutcome(draft))}.`, '');
      for (const amendment of draft.amendments) add(`- Amendment ${md(text.amendment(amendment))}`);
      if (draft.amendments.length > 0) add('');
    }
    if (steps.length > 0) add('### In order', '');
    for (const step of steps) add(`- **${format.time(step.at)}** ${md(step.text)}`);
    add('');
  }

  add('## Participation', '');
  add(
    ...table(
      ['Delegation', 'Speeches', 'Speaking time', 'Motions moved', 'Motions passed', 'Votes cast'],
      minutes.statistics.delegations.map((line) => [
        `${md(line.shortName)}${line.p5 ? ' (P5)' : ''}${line.member ? '' : ' (invited)'}`,
        String(line.speeches),
        formatDuration(line.speakingSeconds),
        String(line.motionsMoved),
        String(line.motionsPassed),
        String(line.votesCast),
      ]),
    ),
    '',
  );
  add(`_Times are ${md(format.zone)}. Durations run from the start to the end of each speech._`);
  return `${out.join('\n')}\n`;
};

const voteSection = (vote: VoteEntry, text: EntryText, format: TimeFormat): string[] => {
  const md = escapeMarkdown;
  const closed = vote.closedAt === null ? 'still open' : `closed ${format.time(vote.closedAt)}`;
  const method = vote.method === 'rollCall' ? 'roll call' : 'placard';
  const lines = [
    `### Vote ${vote.voteId}: ${md(text.voteTitle(vote))}`,
    '',
    `${vote.voteKind === 'substantive' ? 'Substantive' : 'Procedural'} vote by ${method}, ${vote.threshold} affirmative votes needed; opened ${format.time(vote.openedAt)}, ${closed}.  `,
    `**Result:** ${md(text.voteResult(vote))}.`,
    '',
    ...table(
      ['Member', 'P5', 'Vote', 'Notes'],
      vote.records.map((record) => [
        md(text.name(record.delegation)),
        record.p5 ? 'P5' : '',
        record.choice === null ? 'not yet voted' : choiceLabels[record.choice],
        voteNotes(record, vote).join('; '),
      ]),
    ),
  ];
  return lines;
};

/** Notes on one member's vote: with rights, passed, entered by the chair, the veto. */
export const voteNotes = (
  record: VoteEntry['records'][number],
  vote: Pick<VoteEntry, 'vetoedBy'>,
): string[] => {
  const notes: string[] = [];
  if (vote.vetoedBy.includes(record.delegation)) notes.push('veto');
  if (record.withRights) notes.push('with rights');
  if (record.passed) notes.push('passed in the first round');
  if (record.by === 'chair') notes.push('entered by the chair');
  return notes;
};

/** Who answered what at a roll call, and who was absent. */
export const attendanceGroups = (rollCall: RollCallEntry): [string, string[]][] => {
  const answered = (status: string) =>
    rollCall.answers
      .filter((answer) => answer.status === status)
      .map((answer) => answer.delegation);
  return [
    ['Present and voting', answered('presentAndVoting')],
    ['Present', answered('present')],
    ['Absent', [...answered('absent'), ...rollCall.absent]],
  ];
};

/** "1 March 2026, 09:00:00–11:42:10" (or the two dates when they differ). */
export const period = (minutes: Minutes, format: TimeFormat): string => {
  if (minutes.firstAt === null || minutes.lastAt === null) return 'no events yet';
  const first = format.date(minutes.firstAt);
  const last = format.date(minutes.lastAt);
  return first === last
    ? `${first}, ${format.time(minutes.firstAt)}–${format.time(minutes.lastAt)} (${format.zone})`
    : `${first} ${format.time(minutes.firstAt)} – ${last} ${format.time(minutes.lastAt)} (${format.zone})`;
};
