/**
 * The rows of the speaking-time chart: delegations by total speaking time, most
 * first (ties in roster order), with each bar's share of the longest.
 */
import { formatDuration, type CommitteeStatistics } from '@placard/shared';

export interface SpeakingTimeRow {
  readonly code: string;
  readonly name: string;
  readonly p5: boolean;
  readonly member: boolean;
  readonly speeches: number;
  readonly seconds: number;
  /** "1 min 15 s" */
  readonly duration: string;
  /** This row's time over the longest, 0…1. */
  readonly share: number;
}

export interface SpeakingTimeOptions {
  /** Show at most this many delegations (the ones that spoke longest). */
  readonly limit?: number | undefined;
  /** Include delegations that have not spoken (default: no). */
  readonly includeSilent?: boolean | undefined;
}

export function speakingTimeRows(
  statistics: CommitteeStatistics,
  options: SpeakingTimeOptions = {},
): SpeakingTimeRow[] {
  const lines = statistics.delegations
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => options.includeSilent === true || line.speeches > 0)
    .sort((a, b) => b.line.speakingSeconds - a.line.speakingSeconds || a.index - b.index)
    .slice(0, options.limit ?? Infinity)
    .map(({ line }) => line);
  const longest = Math.max(1, ...lines.map((line) => line.speakingSeconds));
  return lines.map((line) => ({
    code: line.code,
    name: line.shortName,
    p5: line.p5,
    member: line.member,
    speeches: line.speeches,
    seconds: line.speakingSeconds,
    duration: formatDuration(line.speakingSeconds),
    share: line.speakingSeconds / longest,
  }));
}

/** The chart's words (the chair console may pass its catalog's instead). */
export interface SpeakingTimeLabels {
  readonly title: string;
  readonly empty: string;
  readonly table: string;
  readonly delegation: string;
  readonly speeches: string;
  readonly time: string;
  /** The mark after a permanent member's name in the table. */
  readonly p5: string;
}

export const englishSpeakingTimeLabels: SpeakingTimeLabels = {
  title: 'Speaking time by delegation',
  empty: 'No one has spoken yet.',
  table: 'Show the figures as a table',
  delegation: 'Delegation',
  speeches: 'Speeches',
  time: 'Speaking time',
  p5: 'P5',
};
