import { describe, expect, it } from 'vitest';
import { Scenario, chair, cmd, councilTemplate, seat } from '../../testing/scenario.ts';
import { orderPoints } from './points.ts';

const speaking = (rules = {}) => {
  const s = new Scenario(councilTemplate(rules)).inDebate();
  s.run(seat('FRA'), cmd('gsl.add', {}));
  s.chair(cmd('gsl.next', {}));
  return s;
};

describe('points', () => {
  it('POINT-1: present delegations, members or invited, raise points, one of each kind, and may withdraw them', () => {
    const s = new Scenario().opened('present', ['ECU']);
    s.run(
      seat('MEX'),
      cmd('point.raise', { kind: 'parliamentaryInquiry', text: 'May we caucus?' }),
    );
    s.run(seat('CHN'), cmd('point.raise', { kind: 'order' }));
    expect(s.outcome(seat('MEX'), cmd('point.raise', { kind: 'parliamentaryInquiry' }))).toBe(
      'conflict',
    );
    expect(s.outcome(seat('ECU'), cmd('point.raise', { kind: 'order' }))).toBe('out_of_order');
    expect(s.state.points.map((p) => [p.delegation, p.kind, p.text])).toEqual([
      ['MEX', 'parliamentaryInquiry', 'May we caucus?'],
      ['CHN', 'order', ''],
    ]);
    const mexico = s.state.points[0]?.id ?? '';
    expect(s.outcome(seat('CHN'), cmd('point.withdraw', { pointId: mexico }))).toBe('forbidden');
    s.run(seat('MEX'), cmd('point.withdraw', { pointId: mexico }));
    expect(s.state.points).toHaveLength(1);
    s.carry({ kind: 'unmoderatedCaucus', totalSeconds: 600, purpose: 'Drafting' });
    expect(s.outcome(seat('MEX'), cmd('point.raise', { kind: 'personalPrivilege' }))).toBe(
      'out_of_order',
    );
  });

  it('POINT-2: a point of personal privilege may interrupt a speaker', () => {
    const s = speaking();
    expect(
      s.outcome(
        seat('CHN'),
        cmd('point.raise', { kind: 'personalPrivilege', text: 'Cannot hear' }),
      ),
    ).toBe('ok');
  });

  it('POINT-3: a point of order interrupts a speaker only if the profile says so (default not)', () => {
    expect(speaking().outcome(seat('CHN'), cmd('point.raise', { kind: 'order' }))).toBe(
      'out_of_order',
    );
    expect(
      speaking({ pointOfOrderInterrupts: true }).outcome(
        seat('CHN'),
        cmd('point.raise', { kind: 'order' }),
      ),
    ).toBe('ok');
  });

  it('POINT-4: a point of parliamentary inquiry never interrupts a speaker', () => {
    const s = speaking({ pointOfOrderInterrupts: true });
    expect(s.outcome(seat('CHN'), cmd('point.raise', { kind: 'parliamentaryInquiry' }))).toBe(
      'out_of_order',
    );
    s.chair(cmd('speech.end', {}));
    expect(s.outcome(seat('CHN'), cmd('point.raise', { kind: 'parliamentaryInquiry' }))).toBe('ok');
  });

  it('POINT-5: a point of information is a question to a speaker who yielded to questions, never by the speaker', () => {
    const s = speaking();
    expect(s.outcome(seat('CHN'), cmd('point.raise', { kind: 'information' }))).toBe(
      'out_of_order',
    );
    s.run(seat('FRA'), cmd('speech.yield', { to: 'questions' }));
    expect(s.outcome(seat('FRA'), cmd('point.raise', { kind: 'information' }))).toBe(
      'out_of_order',
    );
    s.run(seat('CHN'), cmd('point.raise', { kind: 'information' }));
    s.run(seat('MEX'), cmd('point.raise', { kind: 'information' }));
    const mexico = s.state.points.find((p) => p.delegation === 'MEX')?.id ?? '';
    s.chair(cmd('point.recognise', { pointId: mexico }));
    expect(s.state.speech?.questions).toEqual({ phase: 'question', questioner: 'MEX' });
    const china = s.state.points.find((p) => p.delegation === 'CHN')?.id ?? '';
    expect(s.outcome(chair, cmd('point.recognise', { pointId: china }))).toBe('out_of_order');
    s.chair(cmd('speech.end', {}));
    expect(s.state.points).toEqual([]);
  });

  it('POINT-6: the chair takes points in precedence order (privilege, order, inquiry), then as raised', () => {
    const s = new Scenario().inDebate();
    s.run(seat('MEX'), cmd('point.raise', { kind: 'parliamentaryInquiry' }));
    s.after(1).run(seat('CHN'), cmd('point.raise', { kind: 'order' }));
    s.after(1).run(seat('USA'), cmd('point.raise', { kind: 'personalPrivilege' }));
    s.after(1).run(seat('RUS'), cmd('point.raise', { kind: 'order' }));
    expect(orderPoints(s.state.points).map((p) => p.delegation)).toEqual([
      'USA',
      'CHN',
      'RUS',
      'MEX',
    ]);
    const byDelegation = (code: string) =>
      s.state.points.find((p) => p.delegation === code)?.id ?? '';
    expect(s.outcome(chair, cmd('point.resolve', { pointId: byDelegation('MEX') }))).toBe(
      'out_of_order',
    );
    s.chair(cmd('point.resolve', { pointId: byDelegation('USA') }));
    expect(
      s.outcome(chair, cmd('point.resolve', { pointId: byDelegation('RUS'), ruling: 'wellTaken' })),
    ).toBe('out_of_order');
    s.chair(cmd('point.resolve', { pointId: byDelegation('CHN'), ruling: 'notWellTaken' }));
    expect(orderPoints(s.state.points).map((p) => p.delegation)).toEqual(['RUS', 'MEX']);
  });

  it('POINT-7: the chair rules a point of order well taken or not, and the ruling may be appealed', () => {
    const s = new Scenario().inDebate();
    s.run(seat('CHN'), cmd('point.raise', { kind: 'order', text: 'The motion was not seconded' }));
    const pointId = s.state.points[0]?.id ?? '';
    expect(s.outcome(chair, cmd('point.resolve', { pointId }))).toBe('invalid');
    s.chair(cmd('point.resolve', { pointId, ruling: 'notWellTaken' }));
    const ruling = s.state.rulings[0];
    expect(ruling).toMatchObject({ kind: 'pointOfOrder', pointId, status: 'standing' });
    expect(ruling?.text).toBe('Point of order by China ruled not well taken');
    s.move('CHN', { kind: 'appeal', rulingId: ruling?.id ?? '' });
    s.voteOnNextMotion('yes');
    expect(s.state.rulings[0]?.status).toBe('overturned');
  });
});
