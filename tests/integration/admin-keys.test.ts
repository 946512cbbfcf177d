import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { council1990 } from './helpers/council1990.ts';
import { TEST_ADMIN_KEY, asAdmin, startTestApp, type TestApp } from './helpers/testApp.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

function create(body: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/admin/committees',
    headers: asAdmin,
    payload: body,
  });
}

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
