/**
 * What on the floor concerns this seat now: it has the floor, it is next on
 * the speakers' list, the roll call waits for its answer, a vote waits for its
 * answer. The seat shows these on every screen and buzzes when one begins
 * (buzz.ts). Pure: the state and the clock come in as arguments.
 */
import { openVoteOf, type CommitteeState } from '@placard/shared';
import { allowedAnswers } from './rules.ts';

export interface Attention {
  readonly haveFloor: boolean;
  readonly next: boolean;
  readonly rollCall: boolean;
  readonly vote: boolean;
}

/**
 * First on the speakers' list while the list is what runs (formal debate): in a caucus
 * the list waits, and once debate is closed it is never heard again, so "you are next"
 * would only mislead.
 */
export function nextOnList(state: CommitteeState, me: string): boolean {
  return (
    state.floor.kind === 'formalDebate' &&
    state.speech?.delegation !== me &&
    state.speakersList.entries[0] === me
  );
}

export function attentionFor(state: CommitteeState, me: string, now: number): Attention {
  const haveFloor = state.speech?.delegation === me;
  const vote = openVoteOf(state);
  const recorded = vote?.records.some((record) => record.delegation === me) ?? false;
  return {
    haveFloor,
    next: nextOnList(state, me),
    rollCall: state.attendance.rollCallOpen && !state.attendance.answered.includes(me),
    vote: vote !== null && !recorded && allowedAnswers(state, me, vote, now).length > 0,
  };
}
