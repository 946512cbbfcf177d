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

function create(body: unknown, headers: Record<string, string> = asAdmin) {
  return t.app.inject({
    method: 'POST',
    url: '/api/admin/committees',
    headers,
    payload: JSON.stringify(body) === undefined ? '' : (body as object),
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

describe('listing, links, reissue and revoke', () => {
  beforeEach(async () => {
    const response = await create(council1990);
    expect(response.statusCode).toBe(201);
  });

  it('lists committees', async () => {
    const response = await t.app.inject({ url: '/api/admin/committees', headers: asAdmin });
    expect(response.json()).toEqual([
      expect.objectContaining({
        id: 'unsc-1990',
        members: 15,
        invitees: 2,
        headSeq: 0,
        boardLink: 'http://placard.test/board/unsc-1990',
      }),
    ]);
    expect((await t.app.inject({ url: '/api/admin/committees' })).statusCode).toBe(401);
  });

  it('shows where links point without minting or showing secrets', async () => {
    const hashesBefore = JSON.stringify(
      t.database.db.prepare('SELECT token_hash FROM seats').all(),
    );
    const response = await t.app.inject({
      url: '/api/admin/committees/unsc-1990/links',
      headers: asAdmin,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: 'unsc-1990',
      chairLink: 'http://placard.test/chair/unsc-1990#key=<chair key>',
      seats: expect.arrayContaining([expect.objectContaining({ code: 'KWT', revokedAt: null })]),
    });
    expect(JSON.stringify(t.database.db.prepare('SELECT token_hash FROM seats').all())).toBe(
      hashesBefore,
    );
    expect(
      (await t.app.inject({ url: '/api/admin/committees/nope/links', headers: asAdmin }))
        .statusCode,
    ).toBe(404);
  });

  it('reissues: new links work, old ones stop, listeners hear of it', async () => {
    const changes: unknown[] = [];
    t.app.placard.access.onChange((change) => changes.push(change));
    const reissue = (payload: object, url = '/api/admin/committees/unsc-1990/keys/reissue') =>
      t.app.inject({ method: 'POST', url, headers: asAdmin, payload });

    const first = (await reissue({ chair: true, seats: ['CUB'] })).json<{
      chairLink: { link: string };
      seatLinks: { link: string }[];
    }>();
    const oldKey = first.chairLink.link.split('#key=')[1] ?? '';
    const oldToken = first.seatLinks[0]?.link.split('#token=')[1] ?? '';
    const second = await reissue(
      { chair: true, seats: ['CUB'] },
      '/api/admin/committees/unsc-1990/keys/reissue?qr=svg',
    );
    const body = second.json<{
      chairLink: { link: string; qrSvg: string };
      seatLinks: { code: string; link: string }[];
    }>();
    expect(body.chairLink.qrSvg).toContain('<svg');
    const newKey = body.chairLink.link.split('#key=')[1] ?? '';
    const newToken = body.seatLinks[0]?.link.split('#token=')[1] ?? '';
    const { access } = t.app.placard;
    expect(access.resolveCredential('unsc-1990', { chairKey: oldKey })).toBeNull();
    expect(access.resolveCredential('unsc-1990', { chairKey: newKey })).toEqual({ role: 'chair' });
    expect(access.resolveCredential('unsc-1990', { seatToken: oldToken })).toBeNull();
    expect(access.resolveCredential('unsc-1990', { seatToken: newToken })).toEqual({
      role: 'seat',
      seat: 'CUB',
    });
    expect(changes).toContainEqual({
      kind: 'seat-reissued',
      committeeId: 'unsc-1990',
      seat: 'CUB',
    });
    expect(changes).toContainEqual({ kind: 'chair-reissued', committeeId: 'unsc-1990' });

    const all = (await reissue({ seats: 'all' })).json<{
      seatLinks: unknown[];
      chairLink?: unknown;
    }>();
    expect(all.seatLinks).toHaveLength(17);
    expect(all.chairLink).toBeUndefined();

    expect((await reissue({})).json()).toMatchObject({ error: { code: 'invalid', field: 'body' } });
    expect((await reissue({ seats: ['XXX'] })).json()).toMatchObject({
      error: { code: 'invalid', field: 'seats' },
    });
    expect(
      (await reissue({ seats: 'all' }, '/api/admin/committees/nope/keys/reissue')).statusCode,
    ).toBe(404);
  });

  it('revokes a seat: its token stops working until reissued', async () => {
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/admin/committees/unsc-1990/keys/reissue',
      headers: asAdmin,
      payload: { seats: ['IRQ'] },
    });
    const token =
      issued.json<{ seatLinks: { link: string }[] }>().seatLinks[0]?.link.split('#token=')[1] ?? '';
    const { access } = t.app.placard;
    expect(access.resolveCredential('unsc-1990', { seatToken: token })).toEqual({
      role: 'seat',
      seat: 'IRQ',
    });

    const revoked = await t.app.inject({
      method: 'POST',
      url: '/api/admin/committees/unsc-1990/seats/IRQ/revoke',
      headers: asAdmin,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({
      id: 'unsc-1990',
      code: 'IRQ',
      revokedAt: t.clock.now(),
    });
    expect(access.resolveCredential('unsc-1990', { seatToken: token })).toBeNull();
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/admin/committees/unsc-1990/seats/ZZZ/revoke',
      headers: asAdmin,
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('credentials', () => {
  it('resolve only on their own committee, one credential at a time', async () => {
    const a = (await create({ ...council1990, id: 'a' })).json<{ chairLink: { link: string } }>();
    await create({ ...council1990, id: 'b' });
    const key = a.chairLink.link.split('#key=')[1] ?? '';
    const { access } = t.app.placard;
    expect(access.resolveCredential('a', { chairKey: key })).toEqual({ role: 'chair' });
    expect(access.resolveCredential('b', { chairKey: key })).toBeNull();
    expect(access.resolveCredential('a', { chairKey: key, seatToken: key })).toBeNull();
    expect(access.resolveCredential('a', {})).toBeNull();
    expect(access.resolveCredential('nope', { chairKey: key })).toBeNull();
    expect(access.resolveCredential('a', { seatToken: key })).toBeNull();
  });
});

describe('wrong admin keys', () => {
  it('are rate-limited per address (429), even a right key then', async () => {
    const wrong = { authorization: 'Bearer wrong-wrong-wrong-wrong' };
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(
        (await t.app.inject({ url: '/api/admin/committees', headers: wrong })).statusCode,
      ).toBe(401);
    }
    const limited = await t.app.inject({ url: '/api/admin/committees', headers: asAdmin });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('6');
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    const other = await t.app.inject({
      url: '/api/admin/committees',
      headers: asAdmin,
      remoteAddress: '127.0.0.2',
    });
    expect(other.statusCode).toBe(200);
    t.clock.advance(6000);
    expect(
      (await t.app.inject({ url: '/api/admin/committees', headers: asAdmin })).statusCode,
    ).toBe(200);
  });
});

describe('logs', () => {
  it('never contain the admin key, chair keys or seat tokens', async () => {
    const created = await create(council1990);
    const reissued = await t.app.inject({
      method: 'POST',
      url: '/api/admin/committees/unsc-1990/keys/reissue',
      headers: asAdmin,
      payload: { chair: true, seats: 'all' },
    });
    await t.app.inject({
      url: '/api/admin/committees',
      headers: { authorization: 'Bearer wrong-wrong-wrong-wrong' },
    });
    const secrets = [created.body, reissued.body].flatMap((body) =>
      [...body.matchAll(/#(?:key|token)=([0-9A-Z]+)/g)].map((match) => match[1] ?? ''),
    );
    expect(secrets.length).toBeGreaterThan(30);
    const logs = t.logs.join('');
    expect(logs).toContain('keys reissued');
    expect(logs).not.toContain(TEST_ADMIN_KEY);
    expect(logs).not.toContain('wrong-wrong-wrong-wrong');
    for (const secret of secrets) expect(logs).not.toContain(secret);
  });
});
