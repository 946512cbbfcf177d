/**
 * Votes and speeches as CSV (RFC 4180: CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled). A text cell that a spreadsheet
 * would read as a formula (starting with = + - @, a tab or a carriage return)
 * is prefixed with a single quote, so an exported title can never run as one.
 */
import { isoTime } from './format.ts';
import type { Minutes } from './types.ts';

/** `votes.csv`: one row per member's record in every vote (open votes included). */
export const VOTES_CSV_COLUMNS = [
  'vote_id',
  'subject',
  'kind',
  'method',
  'delegation',
  'p5',
  'choice',
  'with_rights',
  'passed',
  'outcome',
  'closed_at',
] as const;

/** `speeches.csv`: one row per speech. */
export const SPEECHES_CSV_COLUMNS = [
  'speech_id',
  'delegation',
  'kind',
  'started_at',
  'ended_at',
  'duration_seconds',
  'yielded',
  'reply_to',
] as const;

type Cell = string | number | boolean | null;

/** One cell: formula-guarded, then quoted if it must be. */
export const csvCell = (value: Cell): string => {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
};

/** Rows to CSV text: a header line, then one line per row, every line ending CRLF. */
export const toCsv = (columns: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  [columns, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');

/** Every vote record, in vote order then roster order; a member not yet voting has no choice. */
export const votesCsv = (minutes: Minutes): string =>
  toCsv(
    VOTES_CSV_COLUMNS,
    minutes.votes.flatMap((vote) =>
      vote.records.map((record) => [
        vote.voteId,
        vote.subject.title,
        vote.voteKind,
        vote.method,
        record.delegation,
        record.p5,
        record.choice,
        record.withRights,
        record.passed,
        vote.outcome,
        vote.closedAt === null ? null : isoTime(vote.closedAt),
      ]),
    ),
  );

/** Every speech, in the order given; times in ISO 8601 UTC, duration in whole seconds. */
export const speechesCsv = (minutes: Minutes): string =>
  toCsv(
    SPEECHES_CSV_COLUMNS,
    minutes.speeches.map((speech) => [
      speech.speechId,
      speech.delegation,
      speech.speechKind,
      isoTime(speech.startedAt),
      speech.endedAt === null ? null : isoTime(speech.endedAt),
      speech.durationSeconds,
      speech.yielded?.to ?? null,
      speech.replyTo?.speechId ?? null,
    ]),
  );
