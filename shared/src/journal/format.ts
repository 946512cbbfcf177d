/**
 * Times, durations and names for the minutes. Times are formatted in an
 * explicit time zone (UTC unless the caller names one), never the machine's,
 * so the same log gives the same minutes everywhere.
 */
import type { Minutes } from './types.ts';

export interface TimeFormat {
  /** The IANA zone the times are in, e.g. `UTC` or `Europe/Paris`. */
  readonly zone: string;
  /** `09:05:30` */
  time(at: number): string;
  /** `1 March 2026` */
  date(at: number): string;
}

/** Whether the runtime knows this IANA time zone. */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Formatters for a time zone (throws RangeError for an unknown zone). */
export const timeFormat = (zone = 'UTC'): TimeFormat => {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return { zone, time: (at) => time.format(at), date: (at) => date.format(at) };
};

/** `45 s`, `1 min 15 s`, `2 min`, `1 h 5 min`. */
export const formatDuration = (totalSeconds: number): string => {
  const total = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (rest > 0 || parts.length === 0) parts.push(`${rest} s`);
  return parts.join(' ');
};

/** ISO 8601 in UTC, for machine-readable exports. */
export const isoTime = (at: number): string => new Date(at).toISOString();

/** A function naming delegations by their short name (the code if unknown). */
export const namer = (minutes: Pick<Minutes, 'roster'>): ((code: string) => string) => {
  const names = new Map(minutes.roster.map((line) => [line.code, line.shortName]));
  return (code) => names.get(code) ?? code;
};

/** "France", "France and China", "France, China and Russia". */
export const listOf = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
