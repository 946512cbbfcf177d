import { describe, expect, it } from 'vitest';
import { Scenario, cmd, seat } from '../../testing/scenario.ts';
import { codeOf, membersFor, recordedVotes, type RecordedVote } from '../../testing/unscVotes.ts';
import { decideOutcome } from './outcome.ts';
import { calledMember, type VoteResult } from './votes.ts';

const choiceOf = (vote: RecordedVote, name: string): 'yes' | 'no' | 'abstain' =>
  vote.votedNo.includes(name) ? 'no' : vote.abstained.includes(name) ? 'abstain' : 'yes';

/** Runs the recorded vote through the engine: a committee of that year's members, every one present. */
const castInCommittee = (
  vote: RecordedVote,
  method: 'placard' | 'rollCall',
  draw = 0,
): VoteResult => {
  const members = membersFor(vote);
  const s = new Scenario({
    name: `Security Council ${vote.date.slice(0, 4)}`,
    agenda: ['Sample vote'],
    members: [...members],
    invitees: [{ code: 'ZZZ', name: 'Invited State', shortName: 'Invited' }],
    rules: new Scenario().template.rules,
  });
  s.inVotingProcedure();
  if (method === 'rollCall') s.carry({ kind: 'rollCallVote' }, members[0]?.code);
  s.draw = draw;
  const [opened] = s.chair(cmd('vote.open', { subject: { id: vote.draft, title: vote.draft } }));
  if (opened?.type !== 'vote.opened') throw new Error('vote not opened');
  const voteId = opened.vote.id;
  const nameOf = new Map(members.map((member) => [member.code, member.name]));
  if (method === 'placard') {
    for (const member of members) {
      s.run(seat(member.code), cmd('vote.cast', { voteId, choice: choiceOf(vote, member.name) }));
    }
  } else {
    for (;;) {
      const open = s.state.votes.find((candidate) => candidate.id === voteId);
      const called = open?.rollCall ? calledMember(open.rollCall) : null;
      if (!called) break;
      s.run(
        seat(called),
        cmd('vote.cast', { voteId, choice: choiceOf(vote, nameOf.get(called) ?? '') }),
      );
    }
  }
  s.chair(cmd('vote.close', { voteId }));
  const closed = s.state.votes.find((candidate) => candidate.id === voteId);
  if (closed?.status !== 'closed') throw new Error('vote not closed');
  expect(closed.records).toHaveLength(15);
  return closed.result;
};

describe('real Security Council votes (unsc-votes.md)', () => {
  for (const vote of recordedVotes) {
    const members = membersFor(vote);
    const [yes, no, abstain] = vote.counts.split('-').map(Number);
    const expectVetoes = vote.vetoedBy.map((name) => codeOf(members, name));

    it(`VOTE-2, VOTE-4: ${vote.draft} (${vote.date}) ${vote.counts} is ${vote.outcome}${vote.vetoedBy.length ? ` by ${vote.vetoedBy.join(', ')}` : ''}`, () => {
      expect(members).toHaveLength(15);
      expect(members.filter((member) => member.p5)).toHaveLength(5);
      const records = members.map((member) => ({
        delegation: member.code,
        choice: choiceOf(vote, member.name),
      }));
      const result = decideOutcome({ kind: 'substantive', members, records, threshold: 9 });
      expect(result.tally).toEqual({ yes, no, abstain, absent: 0 });
      expect(result.outcome).toBe(vote.outcome);
      expect(result.vetoedBy).toEqual(expectVetoes);
    });

    it(`VOTE-12: ${vote.draft} cast by placard in a committee of that year gives the recorded result`, () => {
      const result = castInCommittee(vote, 'placard');
      expect(result.outcome).toBe(vote.outcome);
      expect(result.tally).toEqual({ yes, no, abstain, absent: 0 });
      expect(result.vetoedBy).toEqual(expectVetoes);
    });

    it(`ROLLCALL-2: ${vote.draft} taken by roll call from any starting member gives the recorded result`, () => {
      for (const draw of [0, 0.37, 0.99]) {
        const result = castInCommittee(vote, 'rollCall', draw);
        expect(result.outcome).toBe(vote.outcome);
        expect(result.vetoedBy).toEqual(expectVetoes);
      }
    });
  }
});
