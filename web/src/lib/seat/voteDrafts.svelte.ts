/**
 * The answer a delegate has picked but not yet confirmed, per vote id. It lives
 * here, outside the committee state and outside any one component, so no live
 * update (another seat voting, the chair moving the list) and no change of
 * screen can reset a choice the delegate is making.
 */
import type { VoteAnswer } from '@placard/shared';

export class VoteDrafts {
  #choices = $state<Record<string, VoteAnswer>>({});

  /** The answer picked for this vote, if any. */
  choiceFor(voteId: string): VoteAnswer | null {
    return this.#choices[voteId] ?? null;
  }

  choose(voteId: string, answer: VoteAnswer): void {
    this.#choices[voteId] = answer;
  }

  clear(voteId: string): void {
    const { [voteId]: _done, ...others } = this.#choices;
    this.#choices = others;
  }
}
