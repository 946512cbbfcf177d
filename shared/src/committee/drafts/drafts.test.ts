import { describe, expect, it } from 'vitest';
import {
  Scenario,
  chair,
  cmd,
  councilTemplate,
  sampleDraft,
  seat,
  untrusted,
} from '../../testing/scenario.ts';
import { decide } from '../decide.ts';
import { nextQuestion, votingOrder } from './draftVoting.ts';
import { recordLines } from '../../testing/record.ts';

const words = {
  preambular: ['Alarmed by the flow of cocaine through the region,'],
  operative: [
    { text: 'Calls upon States:', subClauses: ['to seize assets;', 'to share intelligence;'] },
    { text: 'Decides to remain seized of the matter.' },
  ],
};

describe('draft resolutions', () => {
  it('DRAFT-1: a member submits a working paper from its seat and is its first sponsor; ids run WP/1, WP/2…; oversized texts are invalid, and five open papers are the most', () => {
    // given a committee in debate
    const s = new Scenario().inDebate();
    // when Colombia submits a working paper, and the chair files one for France
    s.run(seat('COL'), cmd('draft.submit', { title: 'Cartels', content: words }));
    s.chair(cmd('draft.submit', { delegation: 'FRA', title: 'Arms', content: words }));
    // then both are working papers with their sponsor first, clauses numbered with sub-clauses
    expect(s.state.drafts.map((d) => [d.id, d.symbol, d.sponsors, d.status.kind])).toEqual([
      ['WP/1', null, ['COL'], 'workingPaper'],
      ['WP/2', null, ['FRA'], 'workingPaper'],
    ]);
    expect(s.draft('WP/1')).toMatchObject({
      title: 'Cartels',
      signatories: [],
      preambular: ['Alarmed by the flow of cocaine through the region,'],
      operative: [
        {
          key: 1,
          text: 'Calls upon States:',
          subClauses: ['to seize assets;', 'to share intelligence;'],
        },
        { key: 2, text: 'Decides to remain seized of the matter.', subClauses: [] },
      ],
      original: null,
      submittedAt: s.now,
    });
    // and texts out of bounds are refused as invalid
    const refused = (content: unknown) => {
      const decision = decide(
        s.state,
        untrusted({ type: 'draft.submit', payload: { title: 'Too much', content } }),
        { actor: seat('COL'), now: s.now, draw: 0 },
      );
      return decision.ok ? 'ok' : decision.error.code;
    };
    expect(refused({ operative: [] })).toBe('invalid');
    expect(refused({ operative: Array.from({ length: 41 }, () => ({ text: 'Acts;' })) })).toBe(
      'invalid',
    );
    expect(refused({ operative: [{ text: 'x'.repeat(2001) }] })).toBe('invalid');
    expect(
      refused({ text: Array.from({ length: 41 }, (_, i) => `${i + 1}. Acts;`).join('\n') }),
    ).toBe('invalid');
    expect(refused({ text: 'Recalling everything,' })).toBe('invalid');
    expect(refused({ operative: [{ text: 'Acts;' }], extra: true })).toBe('invalid');
    // and a delegation keeps at most five working papers open
    for (let n = 0; n < 5; n += 1) s.submit('PAK');
    expect(s.outcome(seat('PAK'), cmd('draft.submit', { title: 'Sixth', content: words }))).toBe(
      'out_of_order',
    );
  });

  it('DRAFT-2: invited delegations do not submit, sponsor, sign or amend drafts unless the profile allows it', () => {
    // given Mexico, invited without vote, and a working paper by Colombia
    const s = new Scenario().inDebate();
    const id = s.submit('COL');
    // when Mexico (or the chair for it) tries to take part, then it is refused
    expect(s.outcome(seat('MEX'), cmd('draft.sign', { draftId: id }))).toBe('forbidden');
    expect(s.outcome(chair, cmd('draft.sign', { delegation: 'MEX', draftId: id }))).toBe(
      'out_of_order',
    );
    expect(
      s.outcome(chair, cmd('draft.submit', { delegation: 'MEX', title: 'Mexico', content: words })),
    ).toBe('out_of_order');
    expect(s.outcome(seat('COL'), cmd('draft.addSponsor', { draftId: id, sponsor: 'MEX' }))).toBe(
      'out_of_order',
    );
    // given a profile that lets invitees sponsor, then Mexico may
    const open = new Scenario(councilTemplate({ inviteesMaySponsor: true })).inDebate();
    const paper = open.submit('COL');
    expect(open.outcome(seat('MEX'), cmd('draft.sign', { draftId: paper }))).toBe('ok');
    expect(
      open.outcome(seat('MEX'), cmd('draft.submit', { title: 'Mexico', content: words })),
    ).toBe('ok');
  });

  it('DRAFT-4: sponsors edit a working paper and manage co-sponsors; once approved, the text changes only by amendment', () => {
    // given a working paper by Colombia, co-sponsored by France
    const s = new Scenario().inDebate();
    const id = s.submit('COL');
    s.run(seat('COL'), cmd('draft.addSponsor', { draftId: id, sponsor: 'FRA' }));
    expect(s.outcome(seat('COL'), cmd('draft.addSponsor', { draftId: id, sponsor: 'FRA' }))).toBe(
      'conflict',
    );
    // when the co-sponsor edits it, then the words change and clauses are renumbered
    s.run(
      seat('FRA'),
      cmd('draft.edit', { draftId: id, title: 'Cartels and arms', content: words }),
    );
    expect(s.draft(id)).toMatchObject({ title: 'Cartels and arms', nextClauseKey: 3 });
    expect(s.draft(id).operative).toHaveLength(2);
    // and a non-sponsor may not edit; an empty edit is invalid
    expect(s.outcome(seat('USA'), cmd('draft.edit', { draftId: id, title: 'Mine' }))).toBe(
      'forbidden',
    );
    expect(s.outcome(seat('COL'), cmd('draft.edit', { draftId: id }))).toBe('invalid');
    // co-sponsors: France removes neither Colombia nor anyone but itself
    s.run(seat('COL'), cmd('draft.addSponsor', { draftId: id, sponsor: 'GBR' }));
    expect(
      s.outcome(seat('FRA'), cmd('draft.removeSponsor', { draftId: id, sponsor: 'GBR' })),
    ).toBe('forbidden');
    expect(
      s.outcome(seat('FRA'), cmd('draft.removeSponsor', { draftId: id, sponsor: 'COL' })),
    ).toBe('out_of_order');
    s.run(seat('FRA'), cmd('draft.removeSponsor', { draftId: id, sponsor: 'FRA' }));
    s.run(seat('COL'), cmd('draft.removeSponsor', { draftId: id, sponsor: 'GBR' }));
    expect(s.draft(id).sponsors).toEqual(['COL']);
    // when it is approved, then edits and sponsor changes are out of order
    for (const code of ['USA', 'PAN', 'LVA']) s.run(seat(code), cmd('draft.sign', { draftId: id }));
    s.chair(cmd('draft.approve', { draftId: id }));
    expect(s.outcome(seat('COL'), cmd('draft.edit', { draftId: 'DR/1', title: 'New' }))).toBe(
      'out_of_order',
    );
    expect(
      s.outcome(seat('COL'), cmd('draft.addSponsor', { draftId: 'DR/1', sponsor: 'DNK' })),
    ).toBe('out_of_order');
    expect(s.outcome(seat('DNK'), cmd('draft.sign', { draftId: 'DR/1' }))).toBe('out_of_order');
  });

  it('DRAFT-5: other members sign and unsign a working paper, once each; sponsors do not sign; a signatory made co-sponsor stops signing', () => {
    // given a working paper by Colombia
    const s = new Scenario().inDebate();
    const id = s.submit('COL');
    // when members sign it
    s.run(seat('USA'), cmd('draft.sign', { draftId: id }));
    s.run(seat('CHN'), cmd('draft.sign', { draftId: id }));
    // then they are its signatories, each once
    expect(s.draft(id).signatories).toEqual(['USA', 'CHN']);
    expect(s.outcome(seat('USA'), cmd('draft.sign', { draftId: id }))).toBe('conflict');
    expect(s.outcome(seat('COL'), cmd('draft.sign', { draftId: id }))).toBe('conflict');
    expect(s.outcome(seat('DNK'), cmd('draft.unsign', { draftId: id }))).toBe('conflict');
    expect(s.outcome(seat('DNK'), cmd('draft.sign', { draftId: 'WP/9' }))).toBe('not_found');
    // when one unsigns and another becomes a co-sponsor, then the lists follow
    s.run(seat('USA'), cmd('draft.unsign', { draftId: id }));
    s.run(seat('COL'), cmd('draft.addSponsor', { draftId: id, sponsor: 'CHN' }));
    expect(s.draft(id)).toMatchObject({ sponsors: ['COL', 'CHN'], signatories: [] });
  });

  it('DRAFT-6: the chair approves a working paper with enough sponsors and signatories; it becomes DR/n and its text the baseline', () => {
    // given a working paper with two signatures (the default asks for 1 sponsor and 3 signatories)
    const s = new Scenario().inDebate();
    const second = s.submit('FRA');
    const id = s.submit('COL');
    for (const code of ['USA', 'CHN']) s.run(seat(code), cmd('draft.sign', { draftId: id }));
    // when the chair approves it, then it is refused until a third member signs
    expect(s.outcome(chair, cmd('draft.approve', { draftId: id }))).toBe('out_of_order');
    s.run(seat('GBR'), cmd('draft.sign', { draftId: id }));
    s.chair(cmd('draft.approve', { draftId: id }));
    // then it is the first draft, DR/1, with its approved text kept
    expect(s.draft(id)).toMatchObject({
      symbol: 'DR/1',
      status: { kind: 'draft' },
      approvedAt: s.now,
      original: s.draft(id).operative,
    });
    expect(s.draft('DR/1').id).toBe(id);
    expect(s.outcome(chair, cmd('draft.approve', { draftId: id }))).toBe('conflict');
    expect(s.outcome(seat('USA'), cmd('draft.approve', { draftId: second }))).toBe('forbidden');
    expect(recordLines(s).at(-1)).toBe(
      `Working paper ${id} approved as draft resolution DR/1: ${sampleDraft.title} (sponsors: Colombia; signatories: United States, China, United Kingdom)`,
    );
    // and with a profile asking for no signatories, a lone sponsor suffices
    const lax = new Scenario(councilTemplate({ draftMinSignatories: 0 })).inDebate();
    const alone = lax.submit('PAN');
    expect(lax.outcome(chair, cmd('draft.approve', { draftId: alone }))).toBe('ok');
  });

  it('DRAFT-7: a motion to introduce names an approved draft not yet introduced; granted by the chair, the draft is on the floor', () => {
    // given a working paper and an approved draft
    const s = new Scenario().inDebate();
    const paper = s.submit('FRA');
    const id = s.approvedDraft('COL');
    const introduce = (ref: string) =>
      s.outcome(
        seat('COL'),
        cmd('motion.move', { motion: { kind: 'introduceDraft', draft: { id: ref, title: 'x' } } }),
      );
    // then a working paper or an unknown draft cannot be introduced
    expect(introduce(paper)).toBe('out_of_order');
    expect(introduce('DR/7')).toBe('not_found');
    // when the approved draft is introduced by symbol
    s.carry({ kind: 'introduceDraft', draft: { id: 'DR/1', title: 'Cartels' } });
    // then it is on the floor and awaits a vote; introducing it again is a conflict
    expect(s.draft(id).introduced).toEqual({ by: 'COL', at: s.now });
    expect(introduce(id)).toBe('conflict');
    expect(recordLines(s).at(-1)).toBe(`Draft resolution DR/1 introduced: ${sampleDraft.title}`);
    expect(votingOrder(s.state).map((q) => q.subject.id)).toEqual(['DR/1']);
  });

  it('DRAFT-8: a sponsor withdraws its text until voting on it begins; its undecided amendments lapse', () => {
    // given an introduced draft with a proposed amendment, and a second draft being voted on
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    const other = s.introducedDraft('FRA', { title: 'Sanctions' });
    const amendment = s.propose('RUS', id, { action: 'strike', clause: 2 });
    expect(s.outcome(seat('USA'), cmd('draft.withdraw', { draftId: id }))).toBe('forbidden');
    // when Colombia withdraws its draft
    s.run(seat('COL'), cmd('draft.withdraw', { draftId: id }));
    // then it is withdrawn, its amendment lapses, and it is no longer to be voted
    expect(s.draft(id).status).toEqual({ kind: 'withdrawn', at: s.now, by: 'COL' });
    expect(s.state.amendments[0]).toMatchObject({ id: amendment, status: { kind: 'lapsed' } });
    expect(s.outcome(seat('COL'), cmd('draft.withdraw', { draftId: id }))).toBe('out_of_order');
    // and once voting on a draft has begun, it cannot be withdrawn
    s.carry({ kind: 'closeDebate' });
    s.chair(cmd('vote.open', { subject: nextQuestion(s.state)?.subject ?? { id: '', title: '' } }));
    expect(s.outcome(seat('FRA'), cmd('draft.withdraw', { draftId: other }))).toBe('out_of_order');
  });

  it('DRAFT-9: drafts are voted in the order submitted unless a motion reorders them', () => {
    // given three drafts, approved out of order, two introduced
    const s = new Scenario().inDebate();
    const first = s.submit('COL');
    const second = s.introducedDraft('FRA', { title: 'Sanctions' });
    for (const code of ['USA', 'CHN', 'GBR'])
      s.run(seat(code), cmd('draft.sign', { draftId: first }));
    s.chair(cmd('draft.approve', { draftId: first }));
    s.carry({ kind: 'introduceDraft', draft: { id: 'DR/2', title: 'Cartels' } });
    s.submit('PAN');
    // then the order is that of submission, whatever the order of approval
    expect(votingOrder(s.state).map((q) => q.question.draftId)).toEqual([first, second]);
    // when a motion lists every draft awaiting a vote in a new order
    s.carry({ kind: 'closeDebate' });
    expect(
      s.outcome(
        seat('COL'),
        cmd('motion.move', { motion: { kind: 'reorderDrafts', order: ['DR/1', 'WP/3'] } }),
      ),
    ).toBe('out_of_order');
    s.carry({ kind: 'reorderDrafts', order: ['DR/1', 'DR/2'] });
    // then the drafts are voted in that order
    expect(votingOrder(s.state).map((q) => q.subject.id)).toEqual(['DR/1', 'DR/2']);
    expect(s.state.drafts.map((d) => d.id)).toEqual([second, first, 'WP/3']);
    expect(recordLines(s).at(-1)).toBe('Drafts reordered: DR/1, DR/2');
  });

  it('DRAFT-10: the vote on a draft sets its status: adopted with the next resolution number, failed, or vetoed naming the P5', () => {
    // given three drafts in voting procedure
    const s = new Scenario().inDebate();
    const adopted = s.introducedDraft('COL');
    const vetoed = s.introducedDraft('FRA', { title: 'Sanctions' });
    const failed = s.introducedDraft('PAN', { title: 'Arms' });
    const fourth = s.introducedDraft('DNK', { title: 'Money' });
    s.carry({ kind: 'closeDebate' });
    // when the first is adopted 13-0-2, the second gets 12 yes and a Russian and Chinese no,
    // the third only 8 yes, and the fourth is adopted too
    const voteId = s.voteOnNextQuestion('yes', { CHN: 'abstain', RUS: 'abstain' });
    s.voteOnNextQuestion('yes', { RUS: 'no', CHN: 'no', PAK: 'abstain' });
    s.voteOnNextQuestion(
      'no',
      Object.fromEntries(
        ['BHR', 'COL', 'COD', 'DNK', 'GRC', 'LVA', 'LBR', 'PAN'].map((c) => [c, 'yes' as const]),
      ),
    );
    s.voteOnNextQuestion('yes');
    // then each draft records its result
    expect(s.draft(adopted).status).toEqual({
      kind: 'adopted',
      at: s.now,
      voteId,
      resolutionNumber: 1,
      tally: { yes: 13, no: 0, abstain: 2, absent: 0 },
    });
    expect(s.draft(vetoed).status).toMatchObject({ kind: 'vetoed', vetoedBy: ['CHN', 'RUS'] });
    expect(s.draft(failed).status).toMatchObject({ kind: 'failed', everyPartFailed: false });
    expect(s.draft(fourth).status).toMatchObject({ kind: 'adopted', resolutionNumber: 2 });
    expect(recordLines(s)).toEqual(
      expect.arrayContaining([
        'Draft resolution DR/1 adopted as resolution 1',
        'Draft resolution DR/2 vetoed (China, Russia)',
        'Draft resolution DR/3 failed',
        'Draft resolution DR/4 adopted as resolution 2',
      ]),
    );
    expect(nextQuestion(s.state)).toBeNull();
  });

  it('DRAFT-11: the chair puts the questions on the drafts in order; a subject outside the drafts is voted as free text', () => {
    // given two drafts on the floor, the first with an unfriendly amendment
    const s = new Scenario().inDebate();
    const id = s.introducedDraft('COL');
    s.introducedDraft('FRA', { title: 'Sanctions' });
    const amendment = s.unfriendly('RUS', id, { action: 'strike', clause: 4 });
    s.carry({ kind: 'closeDebate' });
    // when the chair opens a vote on the draft before its amendment, then it is out of order
    const open = (subject: { id: string; title: string }) =>
      s.outcome(chair, cmd('vote.open', { subject }));
    expect(open({ id: 'DR/1', title: 'Cartels' })).toBe('out_of_order');
    expect(open({ id: 'DR/2', title: 'Sanctions' })).toBe('out_of_order');
    expect(nextQuestion(s.state)?.subject).toEqual({
      id: amendment,
      title: `Amendment ${amendment} to DR/1: strike operative clause 4`,
    });
    // when it opens the amendment, then the vote is substantive and linked to the question
    s.chair(cmd('vote.open', { subject: { id: amendment, title: 'whatever the console says' } }));
    expect(s.state.votes.at(-1)).toMatchObject({
      kind: 'substantive',
      subject: {
        id: amendment,
        title: `Amendment ${amendment} to DR/1: strike operative clause 4`,
      },
      question: { kind: 'amendment', draftId: id, amendmentId: amendment },
    });
    // and a text that is not a draft's is still put as the chair names it
    const free = new Scenario().inVotingProcedure();
    free.chair(cmd('vote.open', { subject: { id: 'S/2026/99', title: 'Presidential text' } }));
    expect(free.state.votes.at(-1)).toMatchObject({ subject: { id: 'S/2026/99' }, question: null });
  });
});
