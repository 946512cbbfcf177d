/**
 * What a rehearsal says about each vote as it closes, so that whoever watches
 * the demo's terminal (or its log in a test) sees how the Council decided:
 * "V15 DR/1 …: vetoed by RUS (12 in favour, 1 against, 1 abstention)".
 */
import type { ClosedVote, CommitteeState } from '@placard/shared';

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** One line for a closed vote: its subject, its outcome, the veto if any, and the count. */
export function resultLine(vote: ClosedVote): string {
  const { outcome, tally, vetoedBy } = vote.result;
  const decided = outcome === 'vetoed' ? `vetoed by ${vetoedBy.join(', ')}` : outcome;
  const count = `${tally.yes} in favour, ${tally.no} against, ${plural(tally.abstain, 'abstention', 'abstentions')}`;
  return `${vote.id} ${vote.subject.title}: ${decided} (${count})`;
}

/** The votes closed in `state` that are not in `announced`, in the order they were opened. */
export function newlyClosed(
  state: CommitteeState,
  announced: ReadonlySet<string>,
): readonly ClosedVote[] {
  return state.votes.filter(
    (vote): vote is ClosedVote => vote.status === 'closed' && !announced.has(vote.id),
  );
}
