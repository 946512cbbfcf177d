/**
 * The record: the typed projection of a committee's events that the board's
 * latest decisions, the chair's overview, the minutes and the exports read.
 */
export type { AmendmentRef, MotionRef, RecordEntry, RecordKind, RecordOf } from './entries.ts';
export { LATEST_DECISIONS, recordOf, withLatest } from './project.ts';
export { recordWords, sayRecord } from './words.ts';
export type { NameOf, Say } from './words.ts';
export { fillPhrase, recordPhrasesEn, sayEnglish } from './phrases.ts';
export type { RecordPhrase } from './phrases.ts';
