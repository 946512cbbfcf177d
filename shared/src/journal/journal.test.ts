import { describe, expect, it } from 'vitest';
import { commandTypes, type CommandType } from '../committee/core/commands.ts';
import { initialState } from '../committee/core/state.ts';
import { START, councilTemplate } from '../testing/scenario.ts';
import { draftEntry } from './draftEvents.ts';
import { draftSummaries } from './drafts.ts';
import { buildMinutes } from './journal.ts';
import type { JournalEvent, Minutes } from './types.ts';
import { scriptedLog } from './sessionLog.ts';
import { renderMinutesMarkdown } from './markdown.ts';
import { draftSession, expectedMotions, expectedSpeeches, expectedVotes } from './testSession.ts';

const runScript = () => {
  const { scenario, events } = scriptedLog();
  return { scenario, log: events };
};

const minutesOf = (log: readonly JournalEvent[]): Minutes =>
  buildMinutes({ committee: { id: 'unsc', template: councilTemplate() }, events: log });

describe('buildMinutes', () => {
  const { scenario, log } = runScript();
  const minutes = minutesOf(log);

  it('lists every speech in order with its exact duration and yield', () => {
    expect(
      minutes.speeches.map((speech) => ({
        delegation: speech.delegation,
        kind: speech.speechKind,
        seconds: speech.durationSeconds,
        yielded: speech.yielded?.to ?? null,
      })),
    ).toEqual(expectedSpeeches);
    const china = minutes.speeches[1];
    expect(china?.yielded).toEqual({ to: 'delegation', recipient: 'USA', remainingSeconds: 50 });
    const reply = minutes.speeches.find((speech) => speech.speechKind === 'rightOfReply');
    expect(reply?.replyTo?.delegation).toBe('USA');
    const questioned = minutes.speeches.find((speech) => speech.yielded?.to === 'questions');
    expect(questioned?.questions).toEqual(['CHN']);
    expect(minutes.speeches.filter((speech) => speech.floor === 'moderatedCaucus')).toHaveLength(2);
  });

  it('lists every motion with its mover, seconds and outcome', () => {
    expect(
      minutes.motions.map((motion) => ({ mover: motion.mover, outcome: motion.outcome })),
    ).toEqual(expectedMotions);
    const [moderated, unmoderated, dilatory] = minutes.motions;
    expect(moderated?.seconds).toEqual(['CHN']);
    expect(moderated?.voteId).not.toBeNull();
    expect(unmoderated?.voteId).not.toBeNull();
    expect(dilatory?.rulingId).toMatch(/^D\d+$/);
    expect(moderated?.description).toBe(
      'Moderated caucus of 10 min, 60 s per speaker: Precursor chemicals',
    );
  });

  it('records every vote with each member, P5 marked, the outcome and the veto', () => {
    expect(
      minutes.votes.map((vote) => ({
        kind: vote.voteKind,
        outcome: vote.outcome,
        tally: [vote.tally.yes, vote.tally.no, vote.tally.abstain],
        vetoedBy: vote.vetoedBy,
      })),
    ).toEqual(expectedVotes);
    const draft = minutes.votes.at(-1);
    expect(draft?.records).toHaveLength(15);
    expect(draft?.records.filter((record) => record.p5).map((record) => record.delegation)).toEqual(
      ['CHN', 'FRA', 'RUS', 'GBR', 'USA'],
    );
    expect(draft?.records.find((record) => record.delegation === 'FRA')).toMatchObject({
      choice: 'yes',
      withRights: true,
    });
    // The vote matches the engine's own record.
    const engine = scenario.state.votes.at(-1);
    expect(engine?.status === 'closed' ? engine.result.outcome : null).toBe('vetoed');
  });

  it('takes attendance: the roll call, late arrivals and absences', () => {
    const rollCall = minutes.entries.find((entry) => entry.kind === 'rollCall');
    expect(rollCall?.kind === 'rollCall' && rollCall.answers).toHaveLength(15);
    expect(rollCall?.kind === 'rollCall' && rollCall.absent).toEqual(['LBR', 'ECU']);
    const late = minutes.entries.filter((entry) => entry.kind === 'attendance');
    expect(late).toMatchObject([{ delegation: 'LBR', late: true, status: 'present' }]);
  });

  it('records points and rights of reply with how they ended', () => {
    const points = minutes.entries.filter((entry) => entry.kind === 'point');
    expect(points.map((point) => [point.delegation, point.pointKind, point.outcome])).toEqual([
      ['PAK', 'order', 'notWellTaken'],
      ['GBR', 'personalPrivilege', 'withdrawn'],
      ['CHN', 'information', 'recognised'],
    ]);
    const replies = minutes.entries.filter((entry) => entry.kind === 'reply');
    expect(replies).toMatchObject([{ delegation: 'RUS', against: 'USA', status: 'given' }]);
  });

  it('records caucuses with their real length, and other decisions in the engine’s words', () => {
    const caucuses = minutes.entries.filter((entry) => entry.kind === 'caucus');
    expect(caucuses).toMatchObject([
      { caucusKind: 'moderated', durationSeconds: 129, endReason: 'chair', speakingSeconds: 60 },
    ]);
    const decisions = minutes.entries
      .filter((entry) => entry.kind === 'decision')
      .map((entry) => entry.text);
    expect(decisions).toContain("Speakers' list open");
    expect(decisions).toContain('Debate closed: voting procedure');
  });

  it('keeps the entries in seq order with the times of their events', () => {
    const seqs = minutes.entries.map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(minutes.firstAt).toBe(START);
    expect(minutes.headSeq).toBe(log.length);
    expect(minutes.entries[0]).toMatchObject({ kind: 'session', action: 'opened', meeting: 1 });
  });

  it('is pure: the same log gives the same minutes, whatever order it arrives in', () => {
    expect(minutesOf([...log].reverse())).toEqual(minutes);
    expect(JSON.parse(JSON.stringify(minutes))).toEqual(minutes);
  });

  it('keeps an event it cannot replay as a note and goes on', () => {
    const unknown: JournalEvent = {
      seq: 2,
      event: { type: 'hologram.projected' },
      at: START,
    };
    const shifted: JournalEvent[] = log.slice(1).map((event) => ({ ...event, seq: event.seq + 1 }));
    const events: JournalEvent[] = [...log.slice(0, 1), unknown, ...shifted];
    const withUnknown = minutesOf(events);
    expect(withUnknown.entries).toContainEqual(
      expect.objectContaining({ kind: 'other', event: 'hologram.projected', seq: 2 }),
    );
    expect(withUnknown.speeches).toHaveLength(minutes.speeches.length);
  });

  it('turns the draft events of the engine into entries and keeps unknown ones', () => {
    const base = initialState(councilTemplate());
    const after = {
      ...base,
      drafts: [
        {
          id: 'WP/1',
          symbol: 'DR/1',
          title: 'Cartels',
          sponsors: ['FRA', 'MEX'],
          signatories: ['GBR'],
          status: { kind: 'vetoed', at: START, voteId: 'V9', vetoedBy: ['RUS'] },
          introduced: { by: 'FRA', at: START },
        },
      ],
      amendments: [
        {
          id: 'A/1',
          draftId: 'WP/1',
          proposer: 'RUS',
          change: { action: 'strike', clause: 3, key: 3 },
          status: { kind: 'failed', at: START, voteId: 'V8' },
        },
      ],
    };
    const entry = (event: { type: string; [key: string]: unknown }, line: string | null = null) =>
      draftEntry(7, START, { at: START, ...event }, after, line);
    expect(
      entry({
        type: 'draft.submitted',
        draft: { id: 'WP/1', title: 'Cartels', sponsor: 'FRA', content: {} },
      }),
    ).toMatchObject({ draftId: 'WP/1', label: 'DR/1', by: 'FRA', title: 'Cartels' });
    expect(entry({ type: 'draft.introduced', draftId: 'WP/1', by: 'FRA' })?.text).toBe(
      'Draft resolution DR/1 introduced',
    );
    expect(
      entry({
        type: 'draft.divided',
        draftId: 'WP/1',
        parts: [
          { label: 'OP 1–2', clauses: [1, 2] },
          { label: 'OP 3', clauses: [3] },
        ],
      }),
    ).toMatchObject({ parts: ['OP 1–2', 'OP 3'], text: 'Question divided on DR/1: OP 1–2 / OP 3' });
    expect(
      entry({
        type: 'amendment.proposed',
        amendment: {
          id: 'A/1',
          draftId: 'WP/1',
          proposer: 'RUS',
          change: { action: 'strike', clause: 3 },
        },
      }),
    ).toMatchObject({ amendmentId: 'A/1', draftId: 'WP/1', by: 'RUS' });
    expect(
      entry({ type: 'amendment.voted', amendmentId: 'A/1', voteId: 'V8', outcome: 'failed' }),
    ).toMatchObject({
      draftId: 'WP/1',
      voteId: 'V8',
      text: 'Amendment A/1 to DR/1 failed (vote V8)',
    });
    // The engine's own line wins; routine steps stay out unless the engine minuted them.
    expect(
      entry({ type: 'draft.approved', draftId: 'WP/1', symbol: 'DR/1' }, 'Approved!')?.text,
    ).toBe('Approved!');
    expect(entry({ type: 'draft.signed', draftId: 'WP/1', delegation: 'GBR' })).toBeNull();
    // A type no describer knows still gets an entry naming its draft.
    expect(entry({ type: 'draft.translated', draftId: 'WP/1', by: 'MEX' })).toMatchObject({
      event: 'draft.translated',
      draftId: 'WP/1',
      by: 'MEX',
      text: 'DR/1 translated',
    });
    expect(draftSummaries(after)).toEqual([
      {
        id: 'WP/1',
        symbol: 'DR/1',
        title: 'Cartels',
        sponsors: ['FRA', 'MEX'],
        signatories: ['GBR'],
        status: 'vetoed',
        resolutionNumber: null,
        voteId: 'V9',
        vetoedBy: ['RUS'],
        introducedBy: 'FRA',
        amendments: [
          { id: 'A/1', proposer: 'RUS', change: 'strike operative clause 3', status: 'failed' },
        ],
      },
    ]);
  });

  // Runs with the engine's draft lifecycle (draft.submit and the rest); skipped on an engine
  // from before it, whose drafts were bare references.
  it.runIf(commandTypes.includes('draft.submit' as CommandType))(
    'follows a draft resolution through the engine: submitted, approved, amended, vetoed',
    () => {
      const { events } = scriptedLog(draftSession);
      const drafted = minutesOf(events);
      const steps = drafted.entries.filter((entry) => entry.kind === 'draft');
      expect(steps.map((step) => step.event)).toEqual(
        expect.arrayContaining([
          'draft.submitted',
          'draft.approved',
          'draft.introduced',
          'amendment.proposed',
          'amendment.introduced',
          'amendment.voted',
          'draft.vetoed',
        ]),
      );
      // Signatures are routine: the summary shows them, the proceedings do not.
      expect(steps.some((step) => step.event === 'draft.signed')).toBe(false);
      expect(steps.find((step) => step.event === 'draft.submitted')).toMatchObject({
        draftId: 'WP/1',
        by: 'COL',
        title: 'Cartels',
      });
      expect(steps.find((step) => step.event === 'amendment.proposed')).toMatchObject({
        draftId: 'WP/1',
        by: 'RUS',
      });
      expect(drafted.drafts).toMatchObject([
        {
          id: 'WP/1',
          symbol: 'DR/1',
          title: 'Cartels',
          sponsors: ['COL'],
          signatories: ['FRA', 'GBR', 'USA'],
          status: 'vetoed',
          vetoedBy: ['RUS'],
          introducedBy: 'COL',
          amendments: [{ proposer: 'RUS', change: 'strike operative clause 2', status: 'failed' }],
        },
      ]);
      expect(drafted.votes.map((vote) => vote.outcome)).toEqual(['adopted', 'failed', 'vetoed']);
      const markdown = renderMinutesMarkdown(drafted);
      expect(markdown).toContain('## Draft resolutions and amendments');
      expect(markdown).toContain('### DR/1: Cartels');
      expect(markdown).toContain('**Outcome:** vetoed by Russia');
    },
  );

  it('gives an empty log empty minutes', () => {
    const empty = minutesOf([]);
    expect(empty.entries).toEqual([]);
    expect(empty.headSeq).toBe(0);
    expect(empty.firstAt).toBeNull();
    expect(empty.statistics.delegations).toHaveLength(17);
  });
});
