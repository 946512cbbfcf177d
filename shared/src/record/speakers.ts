/** The speakers' list's part of the record: opened, closed, the speaking time set. */
import type { EventOf } from '../committee/core/events.ts';
import type { RecordEntry } from './entries.ts';

/** The events this part records. */
export type SpeakersDecision = EventOf<
  'speakersList.opened' | 'speakersList.closed' | 'speakersList.speakingTimeSet'
>;

/** The record entry of a decision on the speakers' list. */
export const projectSpeakers = (event: SpeakersDecision): RecordEntry =>
  event.type === 'speakersList.speakingTimeSet'
    ? { kind: event.type, at: event.at, seconds: event.seconds }
    : { kind: event.type, at: event.at };
