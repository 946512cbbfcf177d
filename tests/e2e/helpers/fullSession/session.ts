/**
 * The room of the full-session test: a real server with the 2026 Council, the
 * chair's console on a 1280×800 laptop, France and Panama on 390×844 phones, the
 * public board on a 1920×1080 projector, and the thirteen other seats (Mexico,
 * invited, among them) as scripted protocol clients. `shoot` photographs every
 * screen of a phase as artifacts/full-session-<nn>-<phase>-<screen>.png.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser, phoneContext, screenshot } from '../browser.ts';
import { see as seeOnScreen, seeAttr as seeAttrOnScreen } from '../screens.ts';
import { startWebServer } from '../webServer.ts';
import type { LiveServer } from '../../../integration/helpers/liveServer.ts';
import { SimulatedDelegations } from './delegations.ts';

/** Waits on the screens: generous, as the machine may be loaded. */
export const WAIT = 10_000;

/** The delegations whose delegates hold a phone in this test. */
export const PHONES = { france: 'FRA', panama: 'PAN' } as const;

/** Every screen of the room, by the name its screenshots carry. */
export interface Screens {
  readonly chair: Page;
  readonly france: Page;
  readonly panama: Page;
  readonly board: Page;
}

export interface Room extends Screens {
  readonly live: LiveServer;
  /** Refusals the screens' own sockets received (acks with `"ok":false`), as the frames read. */
  readonly refused: readonly string[];
  readonly delegations: SimulatedDelegations;
  /** Close everything this room opened (browser, clients, server), whatever state it is in. */
  close(): Promise<void>;
}

async function page(
  context: BrowserContext,
  url: string,
  name: string,
  refused: string[],
): Promise<Page> {
  const opened = await context.newPage();
  opened.setDefaultTimeout(WAIT);
  opened.on('pageerror', (error) => console.error(`${name} page error:`, error.message));
  // Every ack the server sends this screen passes here: a refusal is an ack with "ok":false.
  opened.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      if (typeof payload === 'string' && payload.includes('"ok":false')) {
        refused.push(`${name}: ${payload}`);
      }
    }),
  );
  await opened.goto(url);
  return opened;
}

/** Start the server, the browser with its four screens, and the simulated delegations. */
export async function openRoom(): Promise<Room> {
  // The roll call of a vote starts from the first member in English order (Bahrain).
  const live = await startWebServer({ live: { draw: () => 0 } });
  let browser: Browser | null = null;
  let delegations: SimulatedDelegations | null = null;
  const refused: string[] = [];
  const close = async (): Promise<void> => {
    delegations?.close();
    await browser?.close().catch(() => undefined);
    await live.dispose();
  };
  try {
    const launched = await launchBrowser();
    browser = launched;
    const others = Object.keys(live.seatTokens).filter(
      (code) => !Object.values<string>(PHONES).includes(code),
    );
    delegations = new SimulatedDelegations(live, others);
    const chair = await page(
      await launched.newContext({ viewport: { width: 1280, height: 800 } }),
      `${live.url}/chair/${live.committeeId}#key=${live.chairKey}`,
      'chair',
      refused,
    );
    const seat = async (code: string): Promise<Page> =>
      page(
        await phoneContext(launched),
        `${live.url}/seat/${live.committeeId}#token=${live.seatTokens[code] ?? ''}`,
        code,
        refused,
      );
    const france = await seat(PHONES.france);
    const panama = await seat(PHONES.panama);
    const board = await page(
      await launched.newContext({ viewport: { width: 1920, height: 1080 } }),
      `${live.url}/board/${live.committeeId}`,
      'board',
      refused,
    );
    await delegations.ready();
    // (Plain waits: expect.poll belongs to tests, and this runs before them.)
    await chair
      .locator('[data-testid="connection"][data-status="live"]')
      .waitFor({ timeout: 20_000 });
    await france.getByRole('heading', { name: 'France', level: 1 }).waitFor({ timeout: 20_000 });
    await panama.getByRole('heading', { name: 'Panama', level: 1 }).waitFor({ timeout: 20_000 });
    await board.getByTestId('board-connection').getByText('Live').waitFor({ timeout: 20_000 });
    return { live, refused, delegations, chair, france, panama, board, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Photographs the screens of the phase under way (all four unless told). */
export type Photograph = (screens?: Partial<Screens>) => Promise<void>;

/** One phase of the session: what the room does, and what every screen must show. */
export type PhaseRun = (room: Room, photograph: Photograph) => Promise<void>;

/** Photograph every screen of a phase (or those named), in parallel. */
export async function shoot(
  screens: Partial<Screens>,
  number: number,
  phase: string,
): Promise<void> {
  const prefix = `full-session-${String(number).padStart(2, '0')}-${phase}`;
  await Promise.all(
    Object.entries(screens).map(([name, shown]) => screenshot(shown, `${prefix}-${name}`)),
  );
}

/** `see` of helpers/screens.ts, with the session's longer default wait. */
export const see = (locator: Locator, expected: string | RegExp, timeout = WAIT): Promise<void> =>
  seeOnScreen(locator, expected, timeout);

/** `seeAttr` of helpers/screens.ts, with the session's longer default wait. */
export const seeAttr = (
  locator: Locator,
  name: string,
  value: string | null,
  timeout = WAIT,
): Promise<void> => seeAttrOnScreen(locator, name, value, timeout);

/** The titles the console gives the server's refusals (chair.error.* in the catalog). */
const REFUSAL_TITLES =
  /^(Not now|Not allowed|Already done|Not found|Check the details|Too fast|Key refused|Server problem)\b/;

/**
 * Refusals on screen now: the console's error toasts (shown 7 s) and the phones'
 * refused notes ("✗ action: the server's words", shown 10 s). With `Room.refused`
 * (every refusal the screens' sockets received) it says whether anyone was told no.
 */
export async function refusalsOnScreen(room: Room): Promise<string[]> {
  const toasts = await room.chair.getByTestId('toast').allInnerTexts();
  const notes = await Promise.all(
    [room.france, room.panama].map((phone) =>
      phone.getByRole('alert').filter({ hasText: /^✗/ }).allInnerTexts(),
    ),
  );
  return [...toasts.filter((text) => REFUSAL_TITLES.test(text.trim())), ...notes.flat()];
}

/** Wait until `locator` matches `count` elements. */
export async function seeCount(locator: Locator, count: number, timeout = WAIT): Promise<void> {
  await expect.poll(() => locator.count(), { timeout, interval: 100 }).toBe(count);
}
