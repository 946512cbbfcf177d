/**
 * The amendments waiting for this seat's answer as a sponsor (AMEND-2):
 * proposed to a draft it sponsors, neither accepted nor declined by it yet, and
 * open to an answer now by the rules themselves. The Drafts tab counts them on
 * its badge, so this file stays small: it is loaded with the seat's first screen.
 */
import type { Amendment, CommitteeState } from '@placard/shared';
import { asSeat, refusal } from '../rules.ts';

export function awaitingMyAnswer(
  state: CommitteeState,
  me: string,
  now: number,
): readonly Amendment[] {
  return state.amendments.filter(
    (amendment) =>
      amendment.status.kind === 'proposed' &&
      !amendment.acceptedBy.includes(me) &&
      !amendment.declinedBy.includes(me) &&
      refusal(
        state,
        asSeat(me),
        { type: 'amendment.accept', payload: { amendmentId: amendment.id } },
        now,
      ) === null,
  );
}
