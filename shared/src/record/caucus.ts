/** The caucus's part of the record: caucuses started, extended and ended. */
import type { EventOf } from '../committee/core/events.ts';
import type { RecordEntry } from './entries.ts';

/** The events this part records. */
export type CaucusDecision = EventOf<'caucus.started' | 'caucus.extended' | 'caucus.ended'>;

/** The record entry of a caucus's start, extension or end. */
export const projectCaucus = (event: CaucusDecision): RecordEntry => {
  const at = event.at;
  if (event.type === 'caucus.extended')
    return { kind: event.type, at, seconds: event.extraSeconds };
  if (event.type === 'caucus.ended') return { kind: event.type, at, reason: event.reason };
  const caucus = event.caucus;
  const seconds = event.durationMs / 1000;
  return caucus.kind === 'moderated'
    ? {
        kind: 'caucus.moderated',
        at,
        seconds,
        speakingSeconds: caucus.speakingSeconds,
        topic: caucus.topic,
      }
    : { kind: 'caucus.unmoderated', at, seconds, purpose: caucus.purpose };
};
