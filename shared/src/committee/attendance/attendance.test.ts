import { describe, expect, it } from 'vitest';
import {
  Scenario,
  chair,
  cmd,
  councilTemplate,
  members2026,
  seat,
} from '../../testing/scenario.ts';
import { attendanceOrder, presentMembers, quorumMet } from '../core/roster.ts';
import { recordLines } from '../../testing/record.ts';

const calledToOrder = () => {
  const s = new Scenario();
  s.chair(cmd('session.open', {}));
  return s;
};

describe('attendance', () => {
  it('ATT-1: during a roll call delegations answer present or present and voting, and the chair may record or mark absent', () => {
    const s = calledToOrder();
    s.chair(cmd('attendance.startRollCall', {}));
    s.run(seat('FRA'), cmd('attendance.record', { status: 'presentAndVoting' }));
    s.run(seat('MEX'), cmd('attendance.record', { status: 'present' }));
    s.chair(cmd('attendance.record', { delegation: 'CHN', status: 'present' }));
    s.chair(cmd('attendance.record', { delegation: 'USA', status: 'absent' }));
    const entries = s.state.attendance.delegations;
    expect(entries['FRA']?.status).toBe('presentAndVoting');
    expect(entries['MEX']?.status).toBe('present');
    expect(entries['CHN']?.status).toBe('present');
    expect(entries['USA']?.status).toBe('absent');
    expect(s.state.attendance.answered).toEqual(['FRA', 'MEX', 'CHN', 'USA']);
    expect(s.last('attendance.recorded')).toMatchObject({ by: 'chair', late: false });
  });

  it('ATT-2: the roll call goes in English alphabetical order of official names, members then invitees', () => {
    const s = calledToOrder();
    // Names as on the UN's list of Member States ("Bahrain", not "Kingdom of Bahrain").
    expect(attendanceOrder(s.state)).toEqual([
      'BHR', // Bahrain
      'CHN', // China
      'COL', // Colombia
      'COD', // Democratic Republic of the Congo
      'DNK', // Denmark
      'FRA', // France
      'GRC', // Greece
      'LVA', // Latvia
      'LBR', // Liberia
      'PAK', // Pakistan
      'PAN', // Panama
      'RUS', // Russian Federation
      'SOM', // Somalia
      'GBR', // United Kingdom of Great Britain and Northern Ireland
      'USA', // United States of America
      'ECU', // Ecuador (invited)
      'MEX', // Mexico (invited)
    ]);
  });

  it('ATT-3: closing the roll call records everyone who did not answer absent', () => {
    const s = calledToOrder();
    s.chair(cmd('attendance.startRollCall', {}));
    s.run(seat('FRA'), cmd('attendance.record', { status: 'present' }));
    s.chair(cmd('attendance.closeRollCall', {}));
    const absent = s.last('attendance.rollCallClosed')?.absent ?? [];
    expect(absent).toHaveLength(16);
    expect(absent).not.toContain('FRA');
    expect(s.state.attendance.rollCallOpen).toBe(false);
    expect(s.state.attendance.delegations['GBR']?.status).toBe('absent');
    expect(s.outcome(chair, cmd('attendance.closeRollCall', {}))).toBe('out_of_order');
  });

  it('ATT-4: after the roll call the chair records late arrivals (flagged late); a seat can no longer answer nor mark itself absent', () => {
    const s = new Scenario().opened('present', ['PAK']);
    expect(s.outcome(seat('PAK'), cmd('attendance.record', { status: 'present' }))).toBe(
      'out_of_order',
    );
    s.chair(cmd('attendance.record', { delegation: 'PAK', status: 'present' }));
    expect(s.state.attendance.delegations['PAK']).toMatchObject({ status: 'present', late: true });
    expect(recordLines(s).at(-1)).toBe('Pakistan arrived (late)');
    s.chair(cmd('attendance.record', { delegation: 'PAK', status: 'absent' }));
    expect(s.state.attendance.delegations['PAK']?.status).toBe('absent');
    s.chair(cmd('attendance.startRollCall', {}));
    expect(s.outcome(seat('FRA'), cmd('attendance.record', { status: 'absent' }))).toBe(
      'forbidden',
    );
  });

  it('ATT-5: an invited delegation may be present, never present and voting', () => {
    const s = calledToOrder();
    s.chair(cmd('attendance.startRollCall', {}));
    expect(s.outcome(seat('MEX'), cmd('attendance.record', { status: 'presentAndVoting' }))).toBe(
      'out_of_order',
    );
    expect(
      s.outcome(chair, cmd('attendance.record', { delegation: 'MEX', status: 'presentAndVoting' })),
    ).toBe('out_of_order');
    expect(s.outcome(seat('MEX'), cmd('attendance.record', { status: 'present' }))).toBe('ok');
  });

  it("ATT-6: a delegation recorded absent leaves the speakers' list and lowers its placard", () => {
    const s = new Scenario().inDebate();
    s.run(seat('FRA'), cmd('gsl.add', {}));
    s.run(seat('MEX'), cmd('gsl.add', {}));
    s.chair(cmd('attendance.record', { delegation: 'MEX', status: 'absent' }));
    expect(s.state.speakersList.entries).toEqual(['FRA']);
    s.carry({ kind: 'moderatedCaucus', totalSeconds: 600, speakingSeconds: 60, topic: 'Borders' });
    s.run(seat('FRA'), cmd('placard.raise', {}));
    s.chair(cmd('attendance.startRollCall', {}));
    s.chair(cmd('attendance.closeRollCall', {}));
    expect(s.state.floor.kind === 'moderatedCaucus' && s.state.floor.placards).toEqual([]);
    expect(s.state.speakersList.entries).toEqual([]);
  });

  it('ATT-7: recording the status a delegation already has is a conflict', () => {
    const s = new Scenario().opened();
    expect(
      s.outcome(chair, cmd('attendance.record', { delegation: 'FRA', status: 'present' })),
    ).toBe('conflict');
    s.chair(cmd('attendance.startRollCall', {}));
    s.run(seat('FRA'), cmd('attendance.record', { status: 'present' }));
    expect(s.outcome(seat('FRA'), cmd('attendance.record', { status: 'present' }))).toBe(
      'conflict',
    );
  });
});

describe('quorum', () => {
  it('QUORUM-1: the quorum is met when at least `quorum` members are present (default 9)', () => {
    const absent = members2026.slice(0, 7).map((m) => m.code);
    const s = new Scenario().opened('present', absent);
    expect(presentMembers(s.state)).toHaveLength(8);
    expect(quorumMet(s.state)).toBe(false);
    s.chair(cmd('attendance.record', { delegation: absent[0] ?? '', status: 'presentAndVoting' }));
    expect(quorumMet(s.state)).toBe(true);
    const strict = new Scenario(councilTemplate({ quorum: 15 })).opened('present', ['USA']);
    expect(quorumMet(strict.state)).toBe(false);
  });

  it('QUORUM-2: invited delegations never count toward the quorum', () => {
    const absent = members2026.slice(0, 7).map((m) => m.code);
    const s = new Scenario().opened('present', absent);
    expect(s.state.attendance.delegations['MEX']?.status).toBe('present');
    expect(s.state.attendance.delegations['ECU']?.status).toBe('present');
    // 8 members + 2 invitees present: 10 in the room, still no quorum of members.
    expect(quorumMet(s.state)).toBe(false);
  });

  it('QUORUM-3: without a quorum the chair cannot put a substantive question to a vote', () => {
    const s = new Scenario().inVotingProcedure();
    for (const code of ['BHR', 'COL', 'COD', 'DNK', 'GRC', 'LVA', 'LBR']) {
      s.chair(cmd('attendance.record', { delegation: code, status: 'absent' }));
    }
    const open = cmd('vote.open', { subject: { id: 'S/2026/1', title: 'Draft resolution' } });
    expect(s.outcome(chair, open)).toBe('out_of_order');
    s.chair(cmd('attendance.record', { delegation: 'BHR', status: 'present' }));
    expect(s.outcome(chair, open)).toBe('ok');
  });
});
