/**
 * HTTP hardening: the security headers on every kind of answer, a Content-Security-Policy
 * the built web app really runs under (checked in Chromium: no violation, the live board
 * connects), frame-ancestors as configured for livestream overlays, and no secret in
 * the logs of a whole session of the real server process, at the most verbose level.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, formatShortCode, loadConfig } from '../../server/src/index.ts';
import { ensureWebBuild } from '../../scripts/webBuild.ts';
import { launchBrowser } from '../e2e/helpers/browser.ts';
import { WEB_BUILD } from '../e2e/helpers/webServer.ts';
import { makeTempDir } from '../integration/helpers/tempDb.ts';
import { ADMIN_KEY, startConfiguredServer, type ConfiguredServer } from './helpers/app.ts';
import { client, until } from './helpers/clients.ts';
import { report } from './helpers/report.ts';
import { startServerChild } from './helpers/serverChild.ts';

const servers: ConfiguredServer[] = [];
const started = async (options: Parameters<typeof startConfiguredServer>[0] = {}) => {
  const server = await startConfiguredServer(options);
  servers.push(server);
  return server;
};
afterAll(async () => {
  for (const server of servers) await server.dispose();
});

/** The CSP as a map of directive → sources. */
function directives(policy: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(policy).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/** The sha256 sources of the inline scripts in the built index.html, computed here. */
function builtInlineScriptHashes(): string[] {
  const html = readFileSync(join(WEB_BUILD, 'index.html'), 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  );
}

describe('security headers', () => {
  beforeAll(() => ensureWebBuild(), 300_000);

  it('are on pages, files, API answers, errors and malformed URLs alike', async () => {
    const server = await started({ webRoot: WEB_BUILD });
    const html = readFileSync(join(WEB_BUILD, 'index.html'), 'utf8');
    const asset = /(?:src|href)="(\/_app\/immutable\/[^"]+\.js)"/.exec(html)?.[1];
    const requests: [string, string, RequestInit?][] = [
      ['page', '/'],
      ['SPA route', '/board/unsc'],
      ['hashed file', asset ?? '/_app/version.json'],
      ['public API', '/api/committees'],
      ['health', '/healthz'],
      ['404', '/api/nope'],
      ['401', '/api/admin/committees'],
      [
        '400 invalid JSON',
        '/api/admin/committees',
        {
          method: 'POST',
          headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
          body: '{',
        },
      ],
      ['400 malformed URL', '/%'],
    ];
    const hashes = builtInlineScriptHashes();
    expect(hashes.length).toBeGreaterThan(0);
    for (const [what, path, init] of requests) {
      const response = await fetch(`${server.url}${path}`, init);
      const policy = directives(response.headers.get('content-security-policy'));
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(policy.get('frame-ancestors'), what).toBeDefined();
      expect(policy.get('object-src') ?? policy.get('default-src'), what).toEqual(["'none'"]);
      if (what === 'page' || what === 'SPA route') {
        expect(response.status).toBe(200);
        // Scripts: this origin, and exactly the inline bootstrap the build contains.
        expect(policy.get('script-src')).toEqual(["'self'", ...hashes]);
        expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
        expect(policy.get('connect-src')).toEqual(["'self'"]);
        expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      }
      if (what.startsWith('4')) {
        const body = (await response.json()) as { error?: { code?: unknown } };
        expect(typeof body.error?.code, what).toBe('string');
      }
    }
  });

  it('allow framing only by the origins in PLACARD_FRAME_ANCESTORS, and refuse values that are not sources', async () => {
    const overlay = await started({
      env: {
        PLACARD_FRAME_ANCESTORS: "'self' https://overlay.example.org http://192.168.1.20:8080",
      },
    });
    const response = await fetch(`${overlay.url}/healthz`);
    expect(
      directives(response.headers.get('content-security-policy')).get('frame-ancestors'),
    ).toEqual(["'self'", 'https://overlay.example.org', 'http://192.168.1.20:8080']);
    expect(response.headers.get('x-frame-options')).toBeNull();
    const none = await started({ env: { PLACARD_FRAME_ANCESTORS: 'none' } });
    const denied = await fetch(`${none.url}/healthz`);
    expect(
      directives(denied.headers.get('content-security-policy')).get('frame-ancestors'),
    ).toEqual(["'none'"]);
    expect(denied.headers.get('x-frame-options')).toBe('DENY');
    for (const value of [
      '*',
      'https://overlay.example.org/path',
      "'none' https://overlay.example.org",
      "https://a.org; script-src 'unsafe-inline'",
      'javascript:alert(1)',
      'data:',
      ' ',
    ]) {
      let error: unknown;
      try {
        loadConfig({ PLACARD_FRAME_ANCESTORS: value });
      } catch (caught) {
        error = caught;
      }
      expect(error, value).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe('PLACARD_FRAME_ANCESTORS');
    }
  });
});

describe('the built app under its CSP, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    ensureWebBuild();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page and records every CSP violation, as events and as console messages. */
  async function open(
    url: string,
  ): Promise<{ page: Page; violations: string[]; frames: string[] }> {
    const page = await browser.newPage();
    const violations: string[] = [];
    const frames: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|Refused to/i.test(text)) violations.push(text);
    });
    // Socket.IO traffic, over the WebSocket or the polling requests it starts with.
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => frames.push(String(payload).slice(0, 80)));
    });
    page.on('response', (response) => {
      if (!response.url().includes('/socket.io/')) return;
      response.text().then(
        (text) => frames.push(text.slice(0, 200)),
        () => undefined,
      );
    });
    await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
    // A string, not a function: this file is compiled without the DOM's types.
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) =>
        window.__reportViolation(event.violatedDirective + ' blocked ' + event.blockedURI));`,
    });
    await page.goto(url);
    return { page, violations, frames };
  }

  it('loads the landing page, the live board, the chair console and a seat with no CSP violation, and the board connects live', async () => {
    const server = await started({ webRoot: WEB_BUILD });
    const pages = [
      ['landing page', `${server.url}/`],
      ['live board', `${server.url}/board/${server.committeeId}`],
      ['chair console', `${server.url}/chair/${server.committeeId}#key=${server.chairKey}`],
      ['seat', `${server.url}/seat/${server.committeeId}#token=${server.seatTokens['FRA'] ?? ''}`],
    ] as const;
    const seen: Record<string, number> = {};
    for (const [what, url] of pages) {
      const { page, violations, frames } = await open(url);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      if (what !== 'landing page') {
        // The page's own socket reached the committee: welcome, then a snapshot.
        await until(() => frames.some((f) => f.includes('"snapshot"')), 15_000, `${what} live`);
        expect(frames.some((f) => f.includes('"welcome"'))).toBe(true);
      }
      if (what === 'live board') {
        await page.getByText('Security Council').first().waitFor({ timeout: 15_000 });
      }
      await page.waitForTimeout(300);
      expect(violations, what).toEqual([]);
      seen[what] = violations.length;
      await page.close();
    }
    report('http: CSP in Chromium', {
      'pages loaded': pages.length,
      'CSP violations': Object.values(seen).reduce((a, b) => a + b, 0),
      'live board connected': 'yes',
    });
  }, 120_000);

  it('shows the board in an overlay frame only from an origin PLACARD_FRAME_ANCESTORS lists', async () => {
    // A stand-in for a livestream overlay page on another origin, framing the board.
    let boardUrl = '';
    const overlayPage: Server = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><title>overlay</title><iframe src="${boardUrl}" width="800" height="600"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => overlayPage.listen(0, '127.0.0.1', () => resolve()));
    const overlayOrigin = `http://localhost:${(overlayPage.address() as AddressInfo).port}`;
    try {
      const refusing = await started({ webRoot: WEB_BUILD });
      const allowing = await started({
        webRoot: WEB_BUILD,
        env: { PLACARD_FRAME_ANCESTORS: `'self' ${overlayOrigin}` },
      });
      const framed = async (server: ConfiguredServer) => {
        boardUrl = `${server.url}/board/${server.committeeId}?overlay=1`;
        const { page, violations } = await open(`${overlayOrigin}/`);
        await page.waitForTimeout(1500);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        const text = frame
          ? await frame.evaluate('document.body.innerText').then(String, () => '')
          : '';
        await page.close();
        return { violations, loaded: text.includes('Security Council') };
      };
      const refused = await framed(refusing);
      const allowed = await framed(allowing);
      report('http: frame-ancestors', {
        "default ('self'): overlay framed": refused.loaded ? 'yes' : 'no',
        'listed overlay origin: overlay framed': allowed.loaded ? 'yes' : 'no',
      });
      expect(refused.loaded).toBe(false);
      expect(refused.violations.join('\n')).toMatch(/frame-ancestors|Refused to frame/);
      expect(allowed.loaded).toBe(true);
      expect(allowed.violations).toEqual([]);
    } finally {
      await new Promise((resolve) => overlayPage.close(resolve));
    }
  }, 120_000);
});

describe('secrets and logs', () => {
  it('never writes a chair key, seat token or the admin key to the logs of a whole session, even at trace level', async () => {
    const { dir, remove } = makeTempDir('placard-logs-');
    const server = await startServerChild(join(dir, 'placard.db'), {
      PLACARD_ADMIN_KEY: ADMIN_KEY,
      LOG_LEVEL: 'trace',
    });
    try {
      const admin = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };
      const post = async (path: string, body: unknown, headers: Record<string, string> = admin) => {
        const response = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
        });
        return {
          status: response.status,
          body: (await response.json()) as Record<string, unknown>,
        };
      };
      type Links = { chairLink?: { link: string }; seatLinks: { code: string; link: string }[] };
      const secretsOf = (links: Links) => [
        ...(links.chairLink ? [links.chairLink.link.split('#key=')[1] ?? ''] : []),
        ...links.seatLinks.map((seat) => seat.link.split('#token=')[1] ?? ''),
      ];
      // A committee created and re-keyed through the admin API: its secrets exist only in
      // these HTTP answers, never in the banner.
      const created = await post('/api/admin/committees', {
        template: 'security-council-2026',
        id: 'logs',
      });
      expect(created.status).toBe(201);
      const first = secretsOf(created.body as unknown as Links);
      const reissued = await post('/api/admin/committees/logs/keys/reissue', {
        chair: true,
        seats: 'all',
      });
      expect(reissued.status).toBe(200);
      const links = reissued.body as unknown as Links;
      const [chairKey, ...tokens] = secretsOf(links);
      if (!chairKey) throw new Error('no chair key');

      // A session: the chair and every seat act; the chair uses its HTTP API; a seat is
      // revoked and tries again; an old key, wrong keys and malformed requests are refused.
      const target = { url: server.url, committeeId: 'logs' };
      const chair = client(target, { chairKey });
      const seats = tokens.map((token) => client(target, { seatToken: token }));
      const oldChair = client(target, { chairKey: first[0] ?? '' });
      const everyone = [chair, ...seats];
      await until(() => everyone.every((c) => c.state !== null), 15_000, 'session connected');
      await until(() => oldChair.status === 'closed', 10_000, 'old key refused');
      await chair.send({ type: 'session.open', payload: {} });
      await chair.send({ type: 'attendance.startRollCall', payload: {} });
      for (const seat of seats)
        await seat.send({ type: 'attendance.record', payload: { status: 'present' } });
      await chair.send({ type: 'attendance.closeRollCall', payload: {} });
      await chair.send({ type: 'gsl.open', payload: {} });
      for (const seat of seats) await seat.send({ type: 'gsl.add', payload: {} });
      const chairApi = { authorization: `Bearer ${chairKey}` };
      expect(
        (await fetch(`${server.url}/api/committees/logs/seats`, { headers: chairApi })).status,
      ).toBe(200);
      expect((await post('/api/committees/logs/seats/GBR/revoke', {}, chairApi)).status).toBe(200);
      const revoked = client(target, {
        seatToken: tokens[links.seatLinks.findIndex((s) => s.code === 'GBR')] ?? '',
      });
      await until(() => revoked.status === 'closed', 10_000, 'revoked seat refused');
      await post('/api/admin/committees', '{', { ...admin, authorization: `Bearer ${chairKey}x` });
      await fetch(`${server.url}/api/committees/logs/seats`, {
        headers: { authorization: `Bearer ${tokens[0] ?? ''}` },
      });
      await fetch(`${server.url}/api/admin/committees/logs/links?key=${chairKey}`, {
        headers: admin,
      }).catch(() => undefined);
      for (const c of [...everyone, oldChair, revoked]) c.close();

      const output = server.output();
      // The seeded committee's links are printed once, by design, in the first banner.
      const seeded = [server.banner.chairKey ?? '', ...Object.values(server.banner.seatTokens)];
      const secrets = [...new Set([ADMIN_KEY, ...first, chairKey, ...tokens])];
      const leaks = secrets.filter(
        (secret) => output.includes(secret) || output.includes(formatShortCode(secret)),
      );
      const seededRepeats = seeded.filter((secret) => output.split(secret).length - 1 !== 1);
      const logLines = output.split('\n').filter((line) => line.startsWith('{')).length;
      report('http: secrets in logs', {
        'log lines (trace)': logLines,
        'secrets checked': secrets.length,
        leaks: leaks.length,
        'seeded secrets printed more than once': seededRepeats.length,
      });
      expect(logLines).toBeGreaterThan(10);
      // Name where a leak is without printing the secret itself.
      const leakLines = leaks.map((secret) => {
        const line = output.split('\n').find((candidate) => candidate.includes(secret)) ?? '';
        return line.replace(secret, '<secret>').slice(0, 160);
      });
      expect(leakLines).toEqual([]);
      expect(seededRepeats).toEqual([]);
    } finally {
      server.dispose();
      remove();
    }
  }, 120_000);
});
