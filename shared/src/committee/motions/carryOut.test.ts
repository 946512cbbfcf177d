import { describe, expect, it } from 'vitest';
import { Scenario, cmd, seat } from '../../testing/scenario.ts';
import { draftRefs } from '../drafts/draftText.ts';
import { nextDeadline } from '../core/timerExpiry.ts';

describe('carrying out a motion', () => {
  it('CARRY-1: closure of debate enters voting procedure', () => {
    const s = new Scenario().inDebate();
    s.carry({ kind: 'closeDebate' });
    expect(s.state.floor).toEqual({ kind: 'votingProcedure', since: s.now, rollCallNext: false });
  });

  it('CARRY-2: a moderated caucus starts with its total clock running and its speaking time', () => {
    const s = new Scenario().inDebate();
    s.carry({
      kind: 'moderatedCaucus',
      totalSeconds: 900,
      speakingSeconds: 45,
      topic: 'Financial flows',
    });
    expect(s.state.floor).toMatchObject({
      kind: 'moderatedCaucus',
      topic: 'Financial flows',
      speakingSeconds: 45,
      originalSeconds: 900,
      extendedSeconds: 0,
      timeUp: false,
      placards: [],
      timer: { status: 'running', durationMs: 900_000, deadline: s.now + 900_000 },
    });
  });

  it('CARRY-3: an unmoderated caucus starts its countdown', () => {
    const s = new Scenario().inDebate();
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 1200, purpose: 'Draft the resolution' });
    expect(s.state.floor).toMatchObject({
      kind: 'unmoderatedCaucus',
      purpose: 'Draft the resolution',
      timer: { status: 'running', deadline: s.now + 1_200_000 },
    });
    expect(nextDeadline(s.state)).toBe(s.now + 1_200_000);
  });

  it('CARRY-4: an extension adds time to the running caucus, or restarts the one that just ended', () => {
    const s = new Scenario().inDebate();
    s.carry({ kind: 'moderatedCaucus', totalSeconds: 600, speakingSeconds: 60, topic: 'Borders' });
    const deadline = nextDeadline(s.state) ?? 0;
    s.after(100_000).carry({ kind: 'extendCaucus', extraSeconds: 120 });
    expect(nextDeadline(s.state)).toBe(deadline + 120_000);
    expect(s.state.floor).toMatchObject({ kind: 'moderatedCaucus', extendedSeconds: 120 });
    s.after(620_000).run({ role: 'system' }, cmd('timer.expire', {}));
    expect(s.state.floor.kind).toBe('formalDebate');
    s.carry({ kind: 'extendCaucus', extraSeconds: 180 });
    expect(s.state.floor).toMatchObject({
      kind: 'moderatedCaucus',
      topic: 'Borders',
      speakingSeconds: 60,
      originalSeconds: 600,
      extendedSeconds: 300,
      timer: { status: 'running', deadline: s.now + 180_000 },
    });
  });

  it("CARRY-5: a motion on the speakers' list opens, closes or reopens it; speaking time is set", () => {
    const s = new Scenario().opened();
    s.carry({ kind: 'speakersList', action: 'open' });
    expect(s.state.speakersList.status).toBe('open');
    s.carry({ kind: 'speakersList', action: 'close' });
    expect(s.state.speakersList.status).toBe('closed');
    expect(
      s.outcome(
        seat('COL'),
        cmd('motion.move', { motion: { kind: 'speakersList', action: 'close' } }),
      ),
    ).toBe('out_of_order');
    s.carry({ kind: 'speakersList', action: 'reopen' });
    expect(s.state.speakersList.status).toBe('open');
    s.carry({ kind: 'setSpeakingTime', seconds: 120 });
    expect(s.state.speakersList.speakingTimeSeconds).toBe(120);
  });

  it('CARRY-6: an introduced draft or amendment goes on the floor; reordering changes the order of the drafts; dividing the question records its parts on the draft', () => {
    const s = new Scenario().inDebate();
    const first = s.introducedDraft('COL');
    const second = s.introducedDraft('FRA', { title: 'Sanctions' });
    expect(s.draft(first).introduced).toEqual({ by: 'COL', at: s.now });
    const amendment = s.unfriendly('RUS', 'DR/1', { action: 'strike', clause: 3 });
    expect(s.state.amendments[0]).toMatchObject({
      id: amendment,
      status: { kind: 'introduced' },
      introduced: { by: 'RUS' },
    });
    expect(draftRefs(s.state).map((d) => [d.id, d.kind, d.amends, d.introducedBy])).toEqual([
      ['DR/1', 'draft', null, 'COL'],
      ['DR/2', 'draft', null, 'FRA'],
      [amendment, 'amendment', 'DR/1', 'RUS'],
    ]);
    expect(
      s.outcome(
        seat('COL'),
        cmd('motion.move', {
          motion: { kind: 'introduceDraft', draft: { id: 'DR/1', title: 'x' } },
        }),
      ),
    ).toBe('conflict');
    s.carry({ kind: 'closeDebate' });
    s.carry({ kind: 'reorderDrafts', order: ['DR/2', 'DR/1'] });
    expect(s.state.drafts.map((d) => d.id)).toEqual([second, first]);
    s.voteOnNextQuestion('no'); // DR/2 fails
    s.voteOnNextQuestion('no'); // the amendment to DR/1 fails
    s.carry({ kind: 'divideQuestion', draftId: 'DR/1', parts: ['OP 1–2', 'OP 3, 4'] });
    expect(s.draft(first).division).toEqual([
      { label: 'OP 1–2', clauses: [1, 2], result: null },
      { label: 'OP 3, 4', clauses: [3, 4], result: null },
    ]);
  });

  it('CARRY-7: a carried motion for a roll-call vote makes the next substantive vote a roll call', () => {
    const s = new Scenario().inVotingProcedure();
    s.carry({ kind: 'rollCallVote' });
    expect(s.state.floor).toMatchObject({ kind: 'votingProcedure', rollCallNext: true });
    s.chair(cmd('vote.open', { subject: { id: 'DR/1', title: 'Cartels' } }));
    expect(s.state.votes.at(-1)?.method).toBe('rollCall');
    expect(s.state.floor).toMatchObject({ rollCallNext: false });
  });
});
