/** How far a vote has come, for the board's tally bar and the chair's count alike. */
import type { Vote } from '@placard/shared';

/** Members present who have not answered yet (none once the vote is closed). */
export const yetToVote = (vote: Vote): number =>
  vote.status === 'open'
    ? vote.members.filter(
        (member) =>
          member.present && !vote.records.some((record) => record.delegation === member.code),
      ).length
    : 0;
