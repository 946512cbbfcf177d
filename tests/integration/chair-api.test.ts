/**
 * The chair's seats API against a real server: the chair key guards it, the seat list
 * shows who is connected now, and reissuing or revoking a seat drops its phone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitteeClient } from '@placard/shared/client';
import { connect, startLiveServer, until, type LiveServer } from './helpers/liveServer.ts';

let server: LiveServer;
const clients: CommitteeClient[] = [];

beforeEach(async () => {
  server = await startLiveServer();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.dispose();
});

const asChair = () => ({ authorization: `Bearer ${server.chairKey}` });

interface SeatsBody {
  id: string;
  seats: { code: string; status: string; connected: boolean; member: boolean; name: string }[];
}

async function seats(headers: Record<string, string> = asChair()) {
  return fetch(`${server.url}/api/committees/${server.committeeId}/seats`, { headers });
}

async function post(path: string, headers: Record<string, string> = asChair()) {
  return fetch(`${server.url}/api/committees/${server.committeeId}${path}`, {
    method: 'POST',
    headers,
  });
}

function phone(code: string): CommitteeClient {
  const client = connect(server, { seatToken: server.seatTokens[code] ?? '' });
  clients.push(client);
  return client;
}

describe('chair seats API', () => {
  it('refuses without the chair key, with a seat token, or with a wrong key', async () => {
    expect((await seats({})).status).toBe(401);
    expect((await seats({ authorization: `Bearer ${server.seatTokens['FRA']}` })).status).toBe(401);
    const wrong = await seats({ authorization: 'Bearer WRONGKEY' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({
      error: { code: 'unauthorized', message: 'the chair key is wrong or was changed' },
    });
    const unknown = await fetch(`${server.url}/api/committees/nope/seats`, { headers: asChair() });
    expect(unknown.status).toBe(404);
  });

  it('rate-limits wrong keys like the admin API', async () => {
    for (let i = 0; i < 10; i++) await seats({ authorization: `Bearer WRONG${i}` });
    const limited = await seats();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).not.toBeNull();
  });

  it('lists every delegation with its seat and who is connected now', async () => {
    const france = phone('FRA');
    await until(() => france.status === 'live', 5000, 'France connected');
    const response = await seats();
    expect(response.status).toBe(200);
    const body = (await response.json()) as SeatsBody;
    expect(body.seats).toHaveLength(16);
    expect(body.seats.find((seat) => seat.code === 'FRA')).toMatchObject({
      status: 'issued',
      connected: true,
      member: true,
    });
    expect(body.seats.find((seat) => seat.code === 'MEX')).toMatchObject({
      connected: false,
      member: false,
      name: 'United Mexican States',
    });
    france.close();
    await until(() => france.status === 'closed', 5000, 'France closed');
    // The server sees the socket go a moment later.
    for (let i = 0; i < 50; i++) {
      const again = (await (await seats()).json()) as SeatsBody;
      if (!again.seats.find((seat) => seat.code === 'FRA')?.connected) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('France still shown connected after closing');
  });

  it('reissues a seat: a new link, short code and QR; the old token stops working', async () => {
    const greece = phone('GRC');
    await until(() => greece.status === 'live', 5000, 'Greece connected');
    const response = await post('/seats/GRC/reissue?qr=svg');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      code: string;
      shortName: string;
      link: string;
      shortCode: string;
      qrSvg: string;
    };
    expect(body.code).toBe('GRC');
    expect(body.shortName).toBe('Greece');
    expect(body.link).toMatch(/^http:\/\/placard\.test\/seat\/unsc#token=[0-9A-Z]{26}$/);
    expect(body.shortCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{2}$/);
    expect(body.qrSvg).toContain('<svg');
    await until(() => greece.closingReason?.code === 'unauthorized', 5000, 'old phone dropped');

    const token = body.link.split('#token=')[1] ?? '';
    const fresh = connect(server, { seatToken: token });
    clients.push(fresh);
    await until(() => fresh.identity?.role === 'seat', 5000, 'new token works');
    expect(fresh.identity).toEqual({ role: 'seat', seat: 'GRC' });
    expect((await post('/seats/XYZ/reissue')).status).toBe(404);
  });

  it('revokes a seat: its phone is disconnected and the seat shows revoked', async () => {
    const panama = phone('PAN');
    await until(() => panama.status === 'live', 5000, 'Panama connected');
    const response = await post('/seats/PAN/revoke');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ code: 'PAN', revokedAt: expect.any(Number) });
    await until(() => panama.closingReason?.code === 'unauthorized', 5000, 'phone dropped');
    const body = (await (await seats()).json()) as SeatsBody;
    expect(body.seats.find((seat) => seat.code === 'PAN')?.status).toBe('revoked');
    expect((await post('/seats/PAN/revoke', {})).status).toBe(401);
  });
});
