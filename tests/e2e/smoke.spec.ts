import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { startWebServer } from './helpers/webServer.ts';
import type { LiveServer } from '../integration/helpers/liveServer.ts';

let browser: Browser;
let server: LiveServer;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('landing page', () => {
  it('lists the committees on this server with a link to each live board', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const link = page.getByRole('link', { name: 'Live board' });
    await link.waitFor();
    expect(await page.getByText('Security Council').first().isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('/board/unsc');
  });
});
