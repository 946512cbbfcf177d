import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, members2026, seat } from '../../testing/scenario.ts';
import { decideOutcome } from './outcome.ts';
import type { RecordedChoice } from './votes.ts';

const P5 = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'];
const ELECTED = ['BHR', 'COL', 'COD', 'DNK', 'GRC', 'LVA', 'LBR', 'PAK', 'PAN', 'SOM'];

/** Records from a compact description: codes per choice, everyone else absent. */
const records = (choices: Partial<Record<RecordedChoice, readonly string[]>>) =>
  Object.entries(choices).flatMap(([choice, codes]) =>
    (codes ?? []).map((delegation) => ({ delegation, choice: choice as RecordedChoice })),
  );

const substantive = (choices: Partial<Record<RecordedChoice, readonly string[]>>) =>
  decideOutcome({
    kind: 'substantive',
    members: members2026,
    records: records(choices),
    threshold: 9,
  });
const procedural = (choices: Partial<Record<RecordedChoice, readonly string[]>>) =>
  decideOutcome({
    kind: 'procedural',
    members: members2026,
    records: records(choices),
    threshold: 9,
  });

describe('outcome of a vote (Charter Art. 27)', () => {
  it('VOTE-1: a procedural decision is adopted with 9 yes votes, fails with 8, and a P5 no is no veto', () => {
    expect(procedural({ yes: ELECTED.slice(0, 9), no: [...P5, 'SOM'] }).outcome).toBe('adopted');
    expect(procedural({ yes: ELECTED.slice(0, 8), no: [...P5, 'PAN', 'SOM'] }).outcome).toBe(
      'failed',
    );
    // S/RES/2623 (2022), procedural: 11-1-3 over the Russian Federation's no.
    const result = procedural({
      yes: [...ELECTED.slice(0, 8), 'FRA', 'GBR', 'USA'],
      no: ['RUS'],
      abstain: ['CHN', 'PAN', 'SOM'],
    });
    expect(result).toMatchObject({ outcome: 'adopted', p5Against: ['RUS'], vetoedBy: [] });
  });

  it('VOTE-2: a substantive decision is adopted with 9 yes votes and no P5 no', () => {
    expect(
      substantive({ yes: [...ELECTED.slice(0, 4), ...P5], no: ELECTED.slice(4) }),
    ).toMatchObject({
      outcome: 'adopted',
      tally: { yes: 9, no: 6, abstain: 0, absent: 0 },
      threshold: 9,
    });
  });

  it('VOTE-3: a P5 abstention or absence is not a veto', () => {
    expect(substantive({ yes: ELECTED, abstain: P5 }).outcome).toBe('adopted');
    expect(substantive({ yes: ELECTED }).outcome).toBe('adopted');
    expect(substantive({ yes: ELECTED }).tally).toEqual({ yes: 10, no: 0, abstain: 0, absent: 5 });
    expect(
      substantive({ yes: [...ELECTED.slice(0, 9)], abstain: ['USA'], no: ['SOM'] }).vetoedBy,
    ).toEqual([]);
  });

  it('VOTE-4: with 9 yes and a P5 no the decision is vetoed, naming every P5 that voted no', () => {
    const result = substantive({
      yes: [...ELECTED.slice(0, 8), 'FRA'],
      no: ['USA', 'CHN', 'RUS'],
      abstain: ['GBR', 'PAN', 'SOM'],
    });
    expect(result.outcome).toBe('vetoed');
    // In roster order, each named once.
    expect(result.vetoedBy).toEqual(['CHN', 'RUS', 'USA']);
    expect(result.p5Against).toEqual(['CHN', 'RUS', 'USA']);
  });

  it('VOTE-5: with fewer than 9 yes a substantive decision fails even with a P5 no, which is still recorded', () => {
    // S/2014/916: 8-2-5 with a United States no: failed for want of votes, not vetoed.
    const result = substantive({
      yes: [...ELECTED.slice(0, 5), 'CHN', 'FRA', 'RUS'],
      no: ['USA', 'COD'],
      abstain: ['GBR', 'DNK', 'GRC', 'LVA', 'LBR'].filter((c) => c !== 'COD'),
    });
    expect(result.outcome).toBe('failed');
    expect(result.p5Against).toEqual(['USA']);
    expect(result.vetoedBy).toEqual([]);
  });

  it('VOTE-6: thresholds count against members, never those present, and invitees never count', () => {
    // Ten members present and 8 yes: still 9 needed.
    expect(substantive({ yes: ELECTED.slice(0, 8), no: ELECTED.slice(8) }).outcome).toBe('failed');
    // A record for a non-member (an invited delegation) is ignored.
    const withInvitee = decideOutcome({
      kind: 'substantive',
      members: members2026,
      records: [...records({ yes: ELECTED.slice(0, 8) }), { delegation: 'MEX', choice: 'yes' }],
      threshold: 9,
    });
    expect(withInvitee.outcome).toBe('failed');
    expect(withInvitee.tally.yes).toBe(8);

    const s = new Scenario().inVotingProcedure();
    s.chair(cmd('vote.open', { subject: { id: 'DR/1', title: 'Cartels' } }));
    const vote = s.state.votes.at(-1);
    expect(vote?.members.map((m) => m.code)).not.toContain('MEX');
    expect(
      s.outcome(seat('MEX'), cmd('vote.cast', { voteId: vote?.id ?? '', choice: 'yes' })),
    ).toBe('forbidden');
    expect(
      s.outcome(
        chair,
        cmd('vote.cast', { voteId: vote?.id ?? '', delegation: 'MEX', choice: 'yes' }),
      ),
    ).toBe('out_of_order');
  });
});
