import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, seat } from '../../testing/scenario.ts';
import { nextQuestion, votingOrder } from './draftVoting.ts';
import { recordLines } from '../../testing/record.ts';

const texts = (s: Scenario, ref: string) => s.draft(ref).operative.map((clause) => clause.text);

describe('amendments', () => {
  it('AMEND-1: a member proposes to add, strike or replace an operative clause of an approved draft, outside voting procedure', () => {
    // given a working paper and an approved draft of four clauses
    const s = new Scenario().inDebate();
    const paper = s.submit('FRA');
    const id = s.approvedDraft('COL');
    const propose = (draftId: string, change: Parameters<Scenario['propose']>[2]) =>
      s.outcome(seat('RUS'), cmd('amendment.propose', { draftId, change }));
    // then a working paper is not amended (its sponsors edit it), and clauses must exist
    expect(propose(paper, { action: 'strike', clause: 1 })).toBe('out_of_order');
    expect(propose('DR/1', { action: 'strike', clause: 5 })).toBe('not_found');
    expect(propose('DR/1', { action: 'add', clause: 6, text: 'Urges;' })).toBe('not_found');
    expect(propose('DR/1', { action: 'add', clause: 5, text: 'Urges States to act;' })).toBe('ok');
    // when Russia proposes to replace clause 2, with sub-clauses written as lines
    const amendment = s.propose('RUS', 'DR/1', {
      action: 'replace',
      clause: 2,
      text: 'Requests UNODC:\n(a) to support the region;\n(b) to report.',
    });
    // then it is proposed, numbered A/1, aimed at that clause
    expect(s.state.amendments[0]).toMatchObject({
      id: amendment,
      draftId: id,
      proposer: 'RUS',
      change: {
        action: 'replace',
        clause: 2,
        key: 2,
        text: 'Requests UNODC:',
        subClauses: ['to support the region;', 'to report.'],
      },
      acceptedBy: [],
      status: { kind: 'proposed' },
    });
    expect(amendment).toBe('A/1');
    // and a delegation has at most ten amendments undecided
    for (let n = 2; n <= 10; n += 1) s.propose('RUS', 'DR/1', { action: 'strike', clause: 1 });
    expect(propose('DR/1', { action: 'strike', clause: 2 })).toBe('out_of_order');
    s.run(seat('RUS'), cmd('amendment.withdraw', { amendmentId: 'A/3' }));
    expect(propose('DR/1', { action: 'strike', clause: 2 })).toBe('ok');
    // and in voting procedure texts are frozen
    s.carry({ kind: 'closeDebate' });
    expect(propose('DR/1', { action: 'strike', clause: 1 })).toBe('out_of_order');
    // and a draft keeps at least one operative clause
    const single = new Scenario().inDebate();
    single.approvedDraft('COL', { operative: ['Decides to act.'] });
    expect(
      single.outcome(
        seat('RUS'),
        cmd('amendment.propose', { draftId: 'DR/1', change: { action: 'strike', clause: 1 } }),
      ),
    ).toBe('out_of_order');
  });

  it('AMEND-2: an amendment every sponsor accepts is friendly and incorporated without a vote', () => {
    // given a draft sponsored by Colombia and France, and an amendment by Russia
    const s = new Scenario().inDebate();
    const id = s.submit('COL');
    s.run(seat('COL'), cmd('draft.addSponsor', { draftId: id, sponsor: 'FRA' }));
    for (const code of ['USA', 'PAN', 'LVA']) s.run(seat(code), cmd('draft.sign', { draftId: id }));
    s.chair(cmd('draft.approve', { draftId: id }));
    const amendment = s.propose('RUS', id, { action: 'strike', clause: 3 });
    // when one sponsor accepts, then it is not yet friendly; a non-sponsor cannot accept
    s.run(seat('COL'), cmd('amendment.accept', { amendmentId: amendment }));
    expect(s.outcome(seat('USA'), cmd('amendment.accept', { amendmentId: amendment }))).toBe(
      'forbidden',
    );
    expect(s.outcome(seat('COL'), cmd('amendment.accept', { amendmentId: amendment }))).toBe(
      'conflict',
    );
    expect(s.state.amendments[0]?.status.kind).toBe('proposed');
    // when the other declines and then accepts after all
    s.run(seat('FRA'), cmd('amendment.decline', { amendmentId: amendment }));
    expect(s.state.amendments[0]).toMatchObject({ acceptedBy: ['COL'], declinedBy: ['FRA'] });
    s.run(seat('FRA'), cmd('amendment.accept', { amendmentId: amendment }));
    // then it is incorporated: clause 3 is gone, with no vote
    expect(s.state.amendments[0]?.status).toEqual({ kind: 'incorporated', at: s.now });
    expect(texts(s, id)).toHaveLength(3);
    expect(texts(s, id)).not.toContain('Requests the Secretary-General to report within 90 days;');
    expect(s.state.votes).toHaveLength(0);
    expect(recordLines(s).at(-1)).toBe(
      `Amendment ${amendment} to DR/1 (strike operative clause 3) accepted by the sponsors as friendly`,
    );
    // and a sole sponsor proposing an amendment to its own draft accepts it at once
    const own = s.propose('COL', id, {
      action: 'add',
      clause: 1,
      text: 'Condemns drug trafficking;',
    });
    expect(s.state.amendments.find((a) => a.id === own)?.status.kind).toBe('proposed');
    s.run(seat('FRA'), cmd('amendment.accept', { amendmentId: own }));
    expect(texts(s, id)[0]).toBe('Condemns drug trafficking;');
  });

  it('AMEND-3: an unfriendly amendment is introduced by motion and voted as a substantive question before its draft; a P5 "no" vetoes it', () => {
    // given an introduced draft and two amendments moved as unfriendly
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    const vetoed = s.unfriendly('GBR', id, {
      action: 'replace',
      clause: 2,
      text: 'Requests the Office to act;',
    });
    const adopted = s.unfriendly('PAK', id, {
      action: 'add',
      clause: 5,
      text: 'Encourages regional cooperation;',
    });
    expect(
      s.outcome(
        seat('GBR'),
        cmd('motion.move', {
          motion: {
            kind: 'introduceAmendment',
            amendment: { id: vetoed, title: 'x' },
            draftId: 'DR/1',
          },
        }),
      ),
    ).toBe('conflict');
    s.carry({ kind: 'closeDebate' });
    // when the first gets 12 yes but a Chinese "no"
    expect(nextQuestion(s.state)?.question).toEqual({
      kind: 'amendment',
      draftId: id,
      amendmentId: vetoed,
    });
    s.voteOnNextQuestion('yes', { CHN: 'no', RUS: 'abstain', FRA: 'abstain' });
    // then it is vetoed, and the text stands
    expect(s.state.amendments.find((a) => a.id === vetoed)?.status).toMatchObject({
      kind: 'vetoed',
      vetoedBy: ['CHN'],
    });
    expect(texts(s, id)[1]).toBe('Requests UNODC to support the States of the region;');
    expect(recordLines(s).at(-1)).toMatch(
      /^Vote V\d+ on Amendment A\/1 to DR\/1: replace operative clause 2: 12-1-2, vetoed \(China\)$/,
    );
    // when the second gets 11 yes, with P5 abstaining, then it is adopted and the text changes
    s.voteOnNextQuestion('yes', { USA: 'abstain', RUS: 'abstain', DNK: 'no', BHR: 'no' });
    expect(s.state.amendments.find((a) => a.id === adopted)?.status.kind).toBe('adopted');
    expect(texts(s, id)).toHaveLength(5);
    expect(texts(s, id)[4]).toBe('Encourages regional cooperation;');
    // and the draft comes next, as amended
    expect(nextQuestion(s.state)?.question).toEqual({ kind: 'draft', draftId: id });
  });

  it('AMEND-4: amendments are voted furthest from the original text first: strikes, then replacements, then additions; then in clause order', () => {
    // given amendments proposed in the opposite order
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    const add = s.unfriendly('USA', id, { action: 'add', clause: 2, text: 'Urges States to act;' });
    const replaceFour = s.unfriendly('GBR', id, {
      action: 'replace',
      clause: 4,
      text: 'Decides to review.',
    });
    const replaceOne = s.unfriendly('FRA', id, {
      action: 'replace',
      clause: 1,
      text: 'Calls upon States to act;',
    });
    const strike = s.unfriendly('RUS', id, { action: 'strike', clause: 3 });
    // then the order of voting is strike, replace 1, replace 4, add, then the draft
    expect(votingOrder(s.state).map((q) => q.subject.id)).toEqual([
      strike,
      replaceOne,
      replaceFour,
      add,
      'DR/1',
    ]);
  });

  it('AMEND-5: an amendment keeps aiming at the clause it named when other changes renumber the text; changing a clause lapses the others on it', () => {
    // given amendments to clauses 3 and 4, then a friendly one striking clause 1
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    const onThree = s.propose('USA', id, {
      action: 'replace',
      clause: 3,
      text: 'Requests a report within 60 days;',
    });
    const alsoThree = s.propose('FRA', id, { action: 'strike', clause: 3 });
    const onFour = s.unfriendly('GBR', id, {
      action: 'replace',
      clause: 4,
      text: 'Decides to review the matter.',
    });
    const friendly = s.propose('RUS', id, { action: 'strike', clause: 1 });
    s.run(seat('COL'), cmd('amendment.accept', { amendmentId: friendly }));
    // then the old clause 4 is now number 3, and its amendment says so
    expect(nextQuestion(s.state)?.subject.title).toBe(
      `Amendment ${onFour} to DR/1: replace operative clause 3`,
    );
    // when the replacement of (old) clause 3 is accepted by the sponsor
    s.run(seat('COL'), cmd('amendment.accept', { amendmentId: onThree }));
    // then the strike of that clause lapses, and the text reads as amended
    expect(s.state.amendments.find((a) => a.id === alsoThree)?.status).toMatchObject({
      kind: 'lapsed',
    });
    expect(texts(s, id)).toEqual([
      'Requests UNODC to support the States of the region;',
      'Requests a report within 60 days;',
      'Decides to remain seized of the matter.',
    ]);
    // when the unfriendly amendment is adopted, then it changed the clause it named
    s.carry({ kind: 'closeDebate' });
    s.voteOnNextQuestion('yes');
    expect(texts(s, id)[2]).toBe('Decides to review the matter.');
  });

  it('AMEND-6: the proposer withdraws an undecided amendment, but not while it is being voted', () => {
    // given two unfriendly amendments on an introduced draft
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    const first = s.unfriendly('RUS', id, { action: 'strike', clause: 2 });
    const second = s.unfriendly('GBR', id, { action: 'strike', clause: 3 });
    // then only the proposer withdraws it
    expect(s.outcome(seat('COL'), cmd('amendment.withdraw', { amendmentId: second }))).toBe(
      'forbidden',
    );
    s.run(seat('GBR'), cmd('amendment.withdraw', { amendmentId: second }));
    expect(s.state.amendments[1]?.status.kind).toBe('withdrawn');
    expect(votingOrder(s.state).map((q) => q.subject.id)).toEqual([first, 'DR/1']);
    // when the first is being voted on, then it cannot be withdrawn
    s.carry({ kind: 'closeDebate' });
    s.chair(cmd('vote.open', { subject: { id: first, title: 'Strike' } }));
    expect(s.outcome(seat('RUS'), cmd('amendment.withdraw', { amendmentId: first }))).toBe(
      'out_of_order',
    );
    expect(
      s.outcome(chair, cmd('amendment.withdraw', { delegation: 'RUS', amendmentId: 'A/9' })),
    ).toBe('not_found');
  });
});
