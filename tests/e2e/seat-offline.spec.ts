/**
 * The seat's offline policy on a phone that loses the Wi-Fi: an action taken
 * while offline is queued, shown as "will be sent when you are back online",
 * and sent once the connection is back: recorded once, never lost, never
 * doubled. The briefing stays readable offline, also after a reload.
 */
import type { Command } from '@placard/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitteeClient } from '@placard/shared/client';
import { connect, until, type LiveServer } from '../integration/helpers/liveServer.ts';
import { launchBrowser, phoneContext, screenshot } from './helpers/browser.ts';
import { startWebServer } from './helpers/webServer.ts';

const WAIT = 15_000;

let server: LiveServer;
let browser: Browser;
let chair: CommitteeClient;
let context: BrowserContext;
let page: Page;

async function act(client: CommitteeClient, command: Command): Promise<void> {
  const ack = await client.send(command);
  if (!ack.ok) throw new Error(`${command.type} refused: ${ack.error.message}`);
  await chair.waitForSeq(ack.seq);
}

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
  chair = connect(server, { chairKey: server.chairKey });
  await until(() => chair.state !== null, WAIT, 'chair connected');
  await act(chair, { type: 'session.open', payload: {} });
  await act(chair, { type: 'attendance.startRollCall', payload: {} });
  await act(chair, {
    type: 'attendance.record',
    payload: { delegation: 'COL', status: 'present' },
  });
  await act(chair, { type: 'attendance.closeRollCall', payload: {} });
  await act(chair, { type: 'gsl.open', payload: {} });
  context = await phoneContext(browser);
  page = await context.newPage();
  await page.goto(`${server.url}/seat/${server.committeeId}#token=${server.seatTokens['COL']}`);
  await page.getByRole('heading', { name: 'Colombia', level: 1 }).waitFor({ timeout: WAIT });
  // The service worker has taken control and keeps the shell and the briefing.
  const api = `/api/committees/${server.committeeId}`;
  // A function, not a string: the page's CSP forbids eval, which a string predicate needs.
  await page.waitForFunction(
    async (path) => {
      // The test's TypeScript has no DOM types; these are the two browser APIs it reads.
      const scope = globalThis as unknown as {
        navigator: { serviceWorker: { controller: unknown } };
        caches: { match(url: string, options: { cacheName: string }): Promise<unknown> };
      };
      if (scope.navigator.serviceWorker.controller === null) return false;
      return (await scope.caches.match(path, { cacheName: 'placard-briefings' })) !== undefined;
    },
    api,
    { timeout: WAIT },
  );
});

afterAll(async () => {
  chair?.close();
  await browser?.close();
  await server?.dispose();
});

describe('the seat offline', () => {
  it('queues an action taken offline, says so, and sends it once when back online', async () => {
    await page.getByRole('button', { name: 'Briefing' }).tap();
    await page.getByRole('heading', { name: 'Topic overview' }).waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: 'Now' }).tap();

    await context.setOffline(true);
    await page.getByText('You are offline.').waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: 'Ask for the floor', exact: true }).tap();
    await page
      .getByText('Ask for the floor: will be sent when you are back online.')
      .waitFor({ timeout: WAIT });
    await screenshot(page, 'seat-offline');
    expect(chair.state?.speakersList.entries).toEqual([]);
    const seqOffline = chair.seq;

    await context.setOffline(false);
    await page.getByText('Done: Ask for the floor').waitFor({ timeout: WAIT });
    await until(
      () => chair.state?.speakersList.entries.includes('COL') === true,
      WAIT,
      'COL on the list at the chair',
    );
    // Recorded once: one event, one entry, and no refusal ("already on the list") on the phone.
    expect(chair.seq).toBe(seqOffline + 1);
    expect(chair.state?.speakersList.entries).toEqual(['COL']);
    expect(await page.getByText('already on the speakers').count()).toBe(0);
    await page.getByText('You are next: first of 1 on the list.').waitFor({ timeout: WAIT });
  }, 60_000);

  it('reopens offline from the service worker and still shows the briefing', async () => {
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Briefing' }).tap();
    await page.getByRole('heading', { name: 'Topic overview' }).waitFor({ timeout: WAIT });
    await screenshot(page, 'seat-briefing-offline');
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Now' }).tap();
    await page.getByText('You are next: first of 1 on the list.').waitFor({ timeout: WAIT });
  }, 60_000);
});
