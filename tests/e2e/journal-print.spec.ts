/**
 * The print view of the minutes in Chromium: the HTML the server serves after a
 * scripted session, printed to an A4 PDF (`page.pdf`, artifacts/minutes.pdf), and its
 * first page rendered to an image: artifacts/minutes-page1.png (the PDF's page 1 as
 * Chromium's PDF viewer draws it, or poppler's pdftoppm when installed) and
 * artifacts/minutes-html-page1.png (the HTML at A4 size, 794×1123 CSS px).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, screenshot } from './helpers/browser.ts';
import {
  JournalScript,
  connectDelegates,
  type Delegates,
} from '../integration/helpers/journalSession.ts';
import { startLiveServer, type LiveServer } from '../integration/helpers/liveServer.ts';
import { manualClock } from '../integration/helpers/testApp.ts';
import { expectedSpeeches, expectedVotes } from '../../shared/src/journal/testSession.ts';

/** A4 at 96 CSS px per inch. */
const A4 = { width: 794, height: 1123 };

let server: LiveServer;
let delegates: Delegates;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const clock = manualClock();
  server = await startLiveServer({ clock, live: { draw: () => 0 } });
  delegates = await connectDelegates(server, server);
  await new JournalScript(delegates, clock).play();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: A4 });
  await page.goto(`${server.url}/api/committees/${server.committeeId}/minutes.html`);
}, 120_000);

afterAll(async () => {
  delegates?.close();
  await browser?.close();
  await server?.dispose();
});

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Screenshots until two in a row are alike and not blank (the viewer renders asynchronously). */
async function settledScreenshot(target: Page): Promise<Buffer | null> {
  let previous: Buffer | null = null;
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shot = await target.screenshot();
    if (previous !== null && shot.length > 20_000 && shot.equals(previous)) return shot;
    previous = shot;
  }
  return null;
}

/** pdftoppm, if this machine has it (poppler-utils); the test does not depend on it. */
function pdftoppm(): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    const candidate = join(dir, 'pdftoppm');
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return null;
}

describe('minutes print view', () => {
  it('shows the minutes as a page that fits A4', async () => {
    await page.getByRole('heading', { level: 1, name: /Security Council/ }).waitFor();
    expect(await page.title()).toBe('Security Council: minutes');
    expect(await page.locator('section[aria-labelledby="votes"] .vote').count()).toBe(
      expectedVotes.length,
    );
    expect(await page.locator('section[aria-labelledby="speeches"] tbody tr').count()).toBe(
      expectedSpeeches.length,
    );
    // Nothing sticks out sideways, on screen or in print.
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      // (A string: this project's TypeScript has no DOM types.)
      const overflow = Number(
        await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        ),
      );
      expect(overflow, media).toBeLessThanOrEqual(0);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints to an A4 PDF and renders its first page to an image', async () => {
    const pdfPath = join(ARTIFACTS, 'minutes.pdf');
    const pdf = await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(statSync(pdfPath).size).toBe(pdf.length);
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    // A4 is 595×842 points.
    expect(text).toMatch(
      /\/MediaBox\s*\[\s*0 0 595\.?\d* 841\.?\d*|\/MediaBox\s*\[\s*0 0 595\.?\d* 842/,
    );

    // The page as laid out for A4 on screen, for comparison.
    const htmlImage = readFileSync(await screenshot(page, 'minutes-html-page1'));
    expect(pngSize(htmlImage)).toEqual(A4);

    // The PDF's own first page: Chromium's PDF viewer, fitted to an A4-sized window;
    // else poppler's pdftoppm if installed; else the A4 screenshot above stands in.
    const firstPage = join(ARTIFACTS, 'minutes-page1.png');
    const viewer = await browser.newPage({ viewport: A4 });
    try {
      await viewer.goto(`${pathToFileURL(pdfPath).href}#page=1&toolbar=0&navpanes=0&view=Fit`);
      const rendered = await settledScreenshot(viewer);
      writeFileSync(firstPage, rendered ?? htmlImage);
    } catch {
      writeFileSync(firstPage, htmlImage);
    } finally {
      await viewer.close();
    }
    const poppler = pdftoppm();
    if (poppler !== null) {
      execFileSync(poppler, [
        '-png',
        '-r',
        '96',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdfPath,
        firstPage.replace(/\.png$/, ''),
      ]);
    }
    const png = readFileSync(firstPage);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // A rendered page, not a blank one: text and rules compress far worse than white.
    expect(png.length).toBeGreaterThan(20_000);
  });
});
