/**
 * The journal: minutes, statistics and exports of a committee, from its stored
 * events. Pure like the rules engine: times and events come in as arguments.
 */
export { buildMinutes } from './journal.ts';
export { committeeStatistics } from './statistics.ts';
export type { CommitteeStatistics, DelegationStatistics } from './statistics.ts';
export { renderMinutesMarkdown, escapeMarkdown } from './markdown.ts';
export type { RenderOptions } from './markdown.ts';
export { renderMinutesHtml, escapeHtml } from './html.ts';
export {
  SPEECHES_CSV_COLUMNS,
  VOTES_CSV_COLUMNS,
  csvCell,
  speechesCsv,
  toCsv,
  votesCsv,
} from './csv.ts';
export { formatDuration, isTimeZone, timeFormat } from './format.ts';
export type { TimeFormat } from './format.ts';
export { isDraftEvent } from './draftEvents.ts';
export {
  PLACARD_LOG_FORMAT,
  PLACARD_LOG_VERSION,
  loggedActorSchema,
  loggedEventSchema,
  placardLogSchema,
  toPlacardLog,
  verifyPlacardLog,
} from './logExport.ts';
export type {
  ExportableEvent,
  LogProblem,
  LogVerdict,
  PlacardLogEvent,
  PlacardLog,
} from './logExport.ts';
export type * from './types.ts';
