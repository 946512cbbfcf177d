import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { council1990 } from './helpers/council1990.ts';
import { TEST_ADMIN_KEY, asAdmin, startTestApp, type TestApp } from './helpers/testApp.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const committeeCount = (): unknown =>
  t.database.db.prepare('SELECT count(*) FROM committees').pluck().get();
const seatCount = (): unknown => t.database.db.prepare('SELECT count(*) FROM seats').pluck().get();

function create(body: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/admin/committees',
    headers: asAdmin,
    payload: body,
  });
}

describe('POST /api/admin/committees', () => {
  it('creates the Council of 1990 from a custom roster and answers its links once', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/committees',
      headers: asAdmin,
      payload: council1990,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<{
      id: string;
      chairLink: { link: string; shortCode: string };
      seatLinks: { code: string; link: string; shortCode: string }[];
    }>();
    expect(body.id).toBe('unsc-1990');
    expect(body.chairLink.link).toMatch(
      /^http:\/\/placard\.test\/chair\/unsc-1990#key=[0-9A-Z]{26}$/,
    );
    expect(body.seatLinks.map((seat) => seat.code)).toEqual([
      ...council1990.members.map((member) => member.code),
      'KWT',
      'IRQ',
    ]);
    for (const seat of body.seatLinks) {
      expect(seat.link).toMatch(/^http:\/\/placard\.test\/seat\/unsc-1990#token=[0-9A-Z]{26}$/);
    }

    const stored = t.app.placard.committees.get('unsc-1990');
    expect(
      stored?.template.members.filter((member) => member.p5).map((member) => member.code),
    ).toEqual(['CHN', 'FRA', 'SUN', 'GBR', 'USA']);
    expect(stored?.template.rules.closureThreshold).toBe(10);
    expect(stored?.template.rules.adoptionThreshold).toBe(9);

    // The links work, and nothing secret was stored in plain.
    const chairKey = body.chairLink.link.split('#key=')[1] ?? '';
    const sun = body.seatLinks.find((seat) => seat.code === 'SUN');
    const sunToken = sun?.link.split('#token=')[1] ?? '';
    expect(t.app.placard.access.resolveCredential('unsc-1990', { chairKey })).toEqual({
      role: 'chair',
    });
    expect(t.app.placard.access.resolveCredential('unsc-1990', { seatToken: sunToken })).toEqual({
      role: 'seat',
      seat: 'SUN',
    });
    expect(
      t.app.placard.access.resolveCredential('unsc-1990', {
        seatToken: sun?.shortCode.toLowerCase(),
      }),
    ).toEqual({ role: 'seat', seat: 'SUN' });
    const dump = JSON.stringify(t.database.db.prepare('SELECT * FROM committees, seats').all());
    expect(dump).not.toContain(chairKey);
    expect(dump).not.toContain(sunToken);
  });

  it('creates a committee from the kept template, choosing a free id', async () => {
    const first = await create({ template: 'security-council-2026' });
    const second = await create({ template: 'security-council-2026', name: 'Security Council B' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id: 'unsc', name: 'Security Council' });
    expect(second.json()).toMatchObject({ id: 'unsc-2', name: 'Security Council B' });
    expect(second.json<{ seatLinks: unknown[] }>().seatLinks).toHaveLength(16);
  });

  it('answers 409 for an id in use, writing nothing', async () => {
    await create({ template: 'security-council-2026', id: 'main' });
    const response = await create({ ...council1990, id: 'main' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'conflict', field: 'id' } });
    expect(committeeCount()).toBe(1);
  });

  it.each([
    ['without a key', {}],
    ['with a wrong key', { authorization: 'Bearer not-the-admin-key-at-all' }],
    ['with the key in the wrong scheme', { authorization: `Basic ${TEST_ADMIN_KEY}` }],
    ['with a prefix of the key', { authorization: `Bearer ${TEST_ADMIN_KEY.slice(0, -1)}` }],
  ])('refuses 401 %s, writing nothing', async (_case, headers: Record<string, string>) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/committees',
      headers,
      payload: council1990,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(committeeCount()).toBe(0);
    expect(seatCount()).toBe(0);
  });

  it.each([
    [
      'members.3.p5',
      {
        ...council1990,
        members: council1990.members.map((m, i) => (i === 3 ? { ...m, p5: 'yes' } : m)),
      },
    ],
    [
      'members.0.code',
      {
        ...council1990,
        members: [{ ...council1990.members[0], code: 'canada' }, ...council1990.members.slice(1)],
      },
    ],
    ['name', { ...council1990, name: '' }],
    ['agenda', { ...council1990, agenda: [] }],
    ['id', { ...council1990, id: 'Not A Slug' }],
    ['rules.adoptionThreshold', { ...council1990, rules: { adoptionThreshold: 'nine' } }],
    ['colour', { ...council1990, colour: 'blue' }],
    [
      'invitees',
      { ...council1990, invitees: [{ code: 'CAN', name: 'Canada', shortName: 'Canada' }] },
    ],
    ['template', { template: 'general-assembly' }],
    ['body', [1, 2, 3]],
  ])('answers 400 naming %s for a malformed body, writing nothing', async (field, body) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/committees',
      headers: asAdmin,
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    const error = response.json<{ error: { code: string; field: string; message: string } }>()
      .error;
    expect(error).toMatchObject({ code: 'invalid', field });
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(committeeCount()).toBe(0);
  });

  it('answers 400 for malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/committees',
      headers: { ...asAdmin, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid', field: 'body' } });
  });
});
