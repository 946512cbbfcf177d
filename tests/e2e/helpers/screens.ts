/**
 * Waiting on what a screen shows, and checking it with axe: the assertions the
 * console, board and drafts specs share. Waits poll the page (the screens
 * follow a live state, so what is expected shows up a moment later).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser.ts';

/**
 * Wait until the first match of `locator` shows `expected` (a substring or a pattern).
 * Case-insensitive: tags are shown in capitals by CSS, and innerText reports them so.
 */
export async function see(
  locator: Locator,
  expected: string | RegExp,
  timeout = 5000,
): Promise<void> {
  const pattern =
    typeof expected === 'string'
      ? new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
      : new RegExp(expected.source, `${expected.flags.replace('i', '')}i`);
  await expect
    .poll(
      async () => ((await locator.count()) > 0 ? await locator.first().innerText() : '<absent>'),
      { timeout, interval: 50 },
    )
    .toMatch(pattern);
}

/** Wait until the first match of `locator` has the attribute `name` at `value` (null: without it). */
export async function seeAttr(
  locator: Locator,
  name: string,
  value: string | null,
  timeout = 5000,
): Promise<void> {
  await expect
    .poll(
      async () => ((await locator.count()) > 0 ? locator.first().getAttribute(name) : '<absent>'),
      { timeout, interval: 50 },
    )
    .toBe(value);
}

/** Axe on the page as it is: no serious or critical violation (the others are logged). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (bad.length > 0) {
    console.error(
      what,
      JSON.stringify(
        bad.map((violation) => ({
          id: violation.id,
          help: violation.help,
          nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
        })),
        null,
        2,
      ),
    );
  }
  expect(bad, `${what}: axe violations`).toEqual([]);
}

// Every control a thumb may aim at, as laid out on the screen.
const tooSmall = `[...document.querySelectorAll('button, a[href], select, textarea, summary, input:not([type=radio])')]
  .filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && (box.width < 44 || box.height < 44);
  })
  .map((element) => element.outerHTML.slice(0, 100))`;

/** The controls on screen a thumb would aim at that measure under 44 px either way. */
export const smallTouchTargets = (page: Page): Promise<string[]> =>
  page.evaluate<string[]>(tooSmall);

/** Photograph a phone's screen; check it with axe and for touch targets under 44 px. */
export async function capturePhone(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await smallTouchTargets(page)).toEqual([]);
  await expectAccessible(page, name);
}
