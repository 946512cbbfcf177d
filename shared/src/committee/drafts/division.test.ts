import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, seat } from '../../testing/scenario.ts';
import { parseClauseList } from './draftParser.ts';
import { nextQuestion, votingOrder } from './draftVoting.ts';
import { recordLines } from '../../testing/record.ts';

const divide = (s: Scenario, parts: string[], draftId = 'DR/1') =>
  s.outcome(
    seat('RUS'),
    cmd('motion.move', { motion: { kind: 'divideQuestion', draftId, parts } }),
  );

// The ten elected members vote yes: nine are enough without any P5.
const elected = ['BHR', 'COL', 'COD', 'DNK', 'GRC', 'LVA', 'LBR', 'PAK', 'PAN', 'SOM'] as const;

describe('division of the question', () => {
  it('DIVIDE-1: a motion to divide names how every operative clause goes into parts; in order once the amendments are voted, decided by a procedural vote', () => {
    // the clause lists a part may name
    expect(parseClauseList('OP 1–3, 5')).toEqual([1, 2, 3, 5]);
    expect(parseClauseList('Part B: clauses 2 to 4 and 6')).toEqual([2, 3, 4, 6]);
    expect(parseClauseList('operative paragraph 4')).toEqual([4]);
    expect(parseClauseList('the good ones')).toBeNull();
    expect(parseClauseList('3-1')).toBeNull();
    // given an introduced draft of four clauses with an unfriendly amendment
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    s.unfriendly('USA', id, { action: 'strike', clause: 4 });
    // then division is not in order in formal debate, nor before the amendment is voted
    expect(divide(s, ['OP 1–2', 'OP 3–4'])).toBe('out_of_order');
    s.carry({ kind: 'closeDebate' });
    expect(divide(s, ['OP 1–2', 'OP 3–4'])).toBe('out_of_order');
    s.voteOnNextQuestion('no');
    // and the parts must name existing clauses, each once, every one of them
    expect(divide(s, ['OP 1–2', 'OP 3'])).toBe('invalid');
    expect(divide(s, ['OP 1–3', 'OP 3–4'])).toBe('invalid');
    expect(divide(s, ['OP 1–2', 'OP 3–5'])).toBe('invalid');
    expect(divide(s, ['the preamble', 'OP 1–4'])).toBe('invalid');
    expect(divide(s, ['OP 1–2', 'OP 3–4'], 'DR/9')).toBe('not_found');
    // when the motion fails its procedural vote (a P5 "no" is no veto, but 8 yes are too few)
    s.move('RUS', { kind: 'divideQuestion', draftId: 'DR/1', parts: ['OP 1–2', 'OP 3–4'] });
    s.voteOnNextMotion(
      'no',
      Object.fromEntries(elected.slice(0, 8).map((c) => [c, 'yes' as const])),
    );
    expect(s.draft(id).division).toBeNull();
    // when another passes with 9 yes over five P5 "no" votes
    s.move('RUS', { kind: 'divideQuestion', draftId: 'DR/1', parts: ['OP 1–2', 'OP 3–4'] });
    const voteId = s.voteOnNextMotion(
      'no',
      Object.fromEntries(elected.slice(0, 9).map((c) => [c, 'yes' as const])),
    );
    // then the parts are recorded by clause, and a second division is a conflict
    expect(s.state.votes.find((v) => v.id === voteId)).toMatchObject({
      kind: 'procedural',
      threshold: 9,
    });
    expect(s.draft(id).division).toEqual([
      { label: 'OP 1–2', clauses: [1, 2], result: null },
      { label: 'OP 3–4', clauses: [3, 4], result: null },
    ]);
    expect(divide(s, ['OP 1', 'OP 2–4'])).toBe('conflict');
    expect(recordLines(s)).toContain('Question divided on DR/1: OP 1–2 / OP 3–4');
  });

  it('DIVIDE-2: each part is a substantive vote (a veto applies); then the surviving parts are voted as a whole', () => {
    // given DR/1 divided into three parts
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    s.carry({ kind: 'closeDebate' });
    s.carry({ kind: 'divideQuestion', draftId: 'DR/1', parts: ['OP 1', 'OP 2–3', 'OP 4'] });
    expect(votingOrder(s.state).map((q) => q.subject.id)).toEqual([
      'DR/1:part1',
      'DR/1:part2',
      'DR/1:part3',
      'DR/1',
    ]);
    // when part 1 passes, part 2 is vetoed by the United States, and part 3 fails for want of votes
    s.voteOnNextQuestion('yes');
    s.voteOnNextQuestion('yes', { USA: 'no' });
    s.voteOnNextQuestion('no', { COL: 'yes', PAN: 'yes' });
    // then the results are on the parts, and the text keeps part 1 only (with the preamble)
    expect(s.draft(id).division?.map((part) => part.result?.outcome)).toEqual([
      'adopted',
      'vetoed',
      'failed',
    ]);
    expect(s.draft(id).operative.map((clause) => clause.key)).toEqual([1]);
    expect(s.draft(id).preambular).toHaveLength(2);
    // when the surviving parts are voted as a whole and adopted
    expect(nextQuestion(s.state)?.subject).toEqual({
      id: 'DR/1',
      title: 'Transnational organized crime: drug cartels (as divided: part 1)',
    });
    s.chair(cmd('vote.open', { subject: { id: 'DR/1', title: 'DR/1' } }));
    const voteId = s.state.votes.at(-1)?.id ?? '';
    for (const member of s.state.members)
      s.chair(cmd('vote.cast', { voteId, delegation: member.code, choice: 'yes' }));
    s.chair(cmd('vote.close', { voteId }));
    // then the draft is adopted with the surviving clause
    expect(s.draft(id).status).toMatchObject({ kind: 'adopted', resolutionNumber: 1, voteId });
  });

  it('DIVIDE-3: when every operative part fails, the draft fails without a final vote', () => {
    // given DR/1 divided into two parts, and DR/2 after it
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    s.introducedDraft('FRA', { title: 'Sanctions' });
    s.carry({ kind: 'closeDebate' });
    s.carry({ kind: 'divideQuestion', draftId: 'DR/1', parts: ['OP 1–2', 'OP 3–4'] });
    // when part 1 fails and part 2 is vetoed by Russia
    s.voteOnNextQuestion('no');
    const last = s.voteOnNextQuestion('yes', { RUS: 'no' });
    // then DR/1 has failed with no vote of its own, and DR/2 is next
    expect(s.draft(id).status).toEqual({
      kind: 'failed',
      at: s.now,
      voteId: null,
      everyPartFailed: true,
    });
    expect(
      s.state.votes
        .filter((v) => v.question?.draftId === id)
        .map((v) => v.id)
        .at(-1),
    ).toBe(last);
    expect(s.draft(id).operative).toHaveLength(4);
    expect(nextQuestion(s.state)?.subject.id).toBe('DR/2');
    expect(recordLines(s)).toContain('Draft resolution DR/1 failed: every operative part failed');
    expect(s.outcome(chair, cmd('vote.open', { subject: { id: 'DR/1', title: 'Cartels' } }))).toBe(
      'out_of_order',
    );
  });
});
