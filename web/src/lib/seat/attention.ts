/**
 * What on the floor concerns this seat now: it has the floor, it is next on
 * the speakers' list, the roll call waits for its answer, a vote waits for its
 * answer. The seat shows these on every screen and buzzes when one begins.
 */
import { openVoteOf, type CommitteeState } from '@placard/shared';
import { allowedAnswers } from './rules.ts';

export interface Attention {
  readonly haveFloor: boolean;
  readonly next: boolean;
  readonly rollCall: boolean;
  readonly vote: boolean;
}

export function attentionFor(state: CommitteeState, me: string, now: number): Attention {
  const haveFloor = state.speech?.delegation === me;
  const vote = openVoteOf(state);
  const recorded = vote?.records.some((record) => record.delegation === me) ?? false;
  return {
    haveFloor,
    next: !haveFloor && state.speakersList.entries[0] === me,
    rollCall: state.attendance.rollCallOpen && !state.attendance.answered.includes(me),
    vote: vote !== null && !recorded && allowedAnswers(state, me, vote, now).length > 0,
  };
}

/** Vibrate where the browser allows it (most Android phones; never iOS Safari). */
export function buzz(pattern: readonly number[]): void {
  if ('vibrate' in navigator) navigator.vibrate([...pattern]);
}
