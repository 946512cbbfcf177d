import { describe, expect, it } from 'vitest';
import { placardLogSchema, toPlacardLog, verifyPlacardLog, type PlacardLog } from './logExport.ts';
import { scriptedLog } from './sessionLog.ts';

describe('the event log export', () => {
  const { scenario, template, events } = scriptedLog();
  const exported = toPlacardLog({ id: 'unsc', template }, events);
  /** The export as a file would carry it: through JSON and back. */
  const file = (): PlacardLog => placardLogSchema.parse(JSON.parse(JSON.stringify(exported)));

  it('round-trips through JSON and replays to the very state the committee reached', () => {
    expect(exported).toMatchObject({
      format: 'placard-log',
      version: 1,
      committee: { id: 'unsc' },
    });
    expect(exported.events[0]).toEqual({
      seq: 1,
      type: 'session.opened',
      event: events[0]?.event,
      actor: { role: 'chair' },
      at: events[0]?.at,
    });
    const verdict = verifyPlacardLog(file());
    expect(verdict.ok).toBe(true);
    if (verdict.ok) {
      expect(verdict.state).toEqual(scenario.state);
      expect(verdict.headSeq).toBe(events.length);
    }
  });

  const broken = (change: (log: { events: unknown[] } & Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(exported)) as { events: unknown[] } & Record<
      string,
      unknown
    >;
    change(copy);
    return copy;
  };

  it('refuses a file that is not a Placard log, naming the field', () => {
    const wrongFormat = placardLogSchema.safeParse(broken((log) => (log['format'] = 'other')));
    expect(wrongFormat.success).toBe(false);
    expect(wrongFormat.error?.issues[0]?.path).toEqual(['format']);
    const gap = placardLogSchema.safeParse(broken((log) => log.events.splice(3, 1)));
    expect(gap.error?.issues[0]).toMatchObject({ path: ['events', 3, 'seq'] });
    expect(gap.error?.issues[0]?.message).toContain('expected seq 4');
    const mislabelled = placardLogSchema.safeParse(
      broken((log) => ((log.events[0] as { type: string }).type = 'session.adjourned')),
    );
    expect(mislabelled.error?.issues[0]?.path).toEqual(['events', 0, 'type']);
    const badTemplate = placardLogSchema.safeParse(
      broken(
        (log) => ((log['committee'] as { template: { members: unknown } }).template.members = []),
      ),
    );
    expect(badTemplate.error?.issues[0]?.path.slice(0, 3)).toEqual([
      'committee',
      'template',
      'members',
    ]);
  });

  it('refuses a log that does not replay, naming the event', () => {
    const unknownType = broken((log) => {
      const entry = log.events[5] as { type: string; event: { type: string } };
      entry.type = 'hologram.projected';
      entry.event.type = 'hologram.projected';
    });
    const verdict = verifyPlacardLog(placardLogSchema.parse(unknownType));
    expect(verdict).toMatchObject({ ok: false, problem: { field: 'events.5.event' } });
    expect(verdict.ok ? '' : verdict.problem.message).toMatch(
      /^event 6 \(hologram\.projected\) does not replay/,
    );

    const missingField = broken((log) => {
      const entry = log.events.find(
        (candidate) => (candidate as { type: string }).type === 'speech.started',
      ) as { event: Record<string, unknown>; seq: number };
      delete entry.event['delegation'];
    });
    const missing = verifyPlacardLog(placardLogSchema.parse(missingField));
    expect(missing.ok).toBe(false);
    expect(missing.ok ? '' : missing.problem.message).toContain('speech.started');
    expect(missing.ok ? '' : missing.problem.message).toContain('undefined');

    const stranger = broken((log) => {
      (log.events[2] as { actor: unknown }).actor = { role: 'seat', seat: 'ATL' };
    });
    expect(verifyPlacardLog(placardLogSchema.parse(stranger))).toMatchObject({
      ok: false,
      problem: { field: 'events.2.actor' },
    });
  });

  it('takes an empty log', () => {
    const empty = toPlacardLog({ id: 'new', template }, []);
    expect(verifyPlacardLog(placardLogSchema.parse(empty))).toMatchObject({ ok: true, headSeq: 0 });
  });
});
