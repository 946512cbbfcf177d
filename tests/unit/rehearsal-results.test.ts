/**
 * The lines a rehearsal prints as votes close (server/src/rehearsal/results.ts):
 * the subject, the outcome with the vetoing member, and the count, each vote
 * once and only when it is new.
 */
import { describe, expect, it } from 'vitest';
import type { ClosedVote, Vote } from '@placard/shared';
import { Scenario } from '../../shared/src/testing/scenario.ts';
import { newlyClosed, resultLine } from '../../server/src/rehearsal/results.ts';

const closed = (vote: Vote | undefined): ClosedVote => {
  if (vote?.status !== 'closed') throw new Error('the vote is not closed');
  return vote;
};

describe('a rehearsal reports each vote as it closes', () => {
  it('names the vetoing member and the count of a vetoed draft', () => {
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    s.carry({ kind: 'closeDebate' });
    s.voteOnNextQuestion('yes', { RUS: 'no', CHN: 'abstain' });
    const vote = closed(s.state.votes.at(-1));
    expect(vote.question).toEqual({ kind: 'draft', draftId: id });
    expect(resultLine(vote)).toBe(
      `${vote.id} ${vote.subject.title}: vetoed by RUS (13 in favour, 1 against, 1 abstention)`,
    );
  });

  it('says adopted or failed for a procedural vote, and lists each closed vote once', () => {
    const s = new Scenario().inDebate();
    const before = new Set(s.state.votes.map((vote) => vote.id));
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Draft the paper' });
    const [carried] = newlyClosed(s.state, before);
    expect(resultLine(closed(carried))).toMatch(
      /: adopted \(15 in favour, 0 against, 0 abstentions\)$/,
    );
    // Announced: not news any more; an open vote is never listed.
    const announced = new Set([...before, ...s.state.votes.map((vote) => vote.id)]);
    expect(newlyClosed(s.state, announced)).toEqual([]);
    s.chair({ type: 'caucus.end', payload: {} });
    s.move('FRA', {
      kind: 'moderatedCaucus',
      totalSeconds: 600,
      speakingSeconds: 60,
      topic: 'Ports',
    });
    s.voteOnNextMotion('no', { FRA: 'yes', GBR: 'yes' });
    const [failed] = newlyClosed(s.state, announced);
    expect(resultLine(closed(failed))).toMatch(
      /: failed \(2 in favour, 13 against, 0 abstentions\)$/,
    );
  });
});
