/**
 * The public live board in Chromium, driven by a chair and fifteen member
 * seats (plus Mexico, invited without vote) as protocol clients: the floor,
 * three roll-call votes (adopted, failed, vetoed) timed tile by tile, the
 * screenshots and axe checks, and the board over long-polling only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  calledMember,
  type CommitteeState,
  type OpenVote,
  type Command,
  type MotionSpec,
} from '@placard/shared';
import type { CommitteeClient } from '@placard/shared/client';
import { join } from 'node:path';
import { ARTIFACTS, launchBrowser, phoneContext, screenshot } from './helpers/browser.ts';
import { startWebServer } from './helpers/webServer.ts';
import { connect, until, type LiveServer } from '../integration/helpers/liveServer.ts';

let browser: Browser;
let server: LiveServer;
let chair: CommitteeClient;
const seats: Record<string, CommitteeClient> = {};
let projector: BrowserContext;
let board: Page;
/** What the board's own socket did: Engine.IO polling requests and WebSocket upgrades. */
const transports = { polling: 0, websocket: 0, websocketFrames: 0 };

const PROJECTOR = { width: 1920, height: 1080 };
/** Tests that take screenshots and run axe several times need more than the default minute on two cores. */
const SCREENSHOT_TEST_MS = 150_000;

beforeAll(async () => {
  // draw 0: every roll call starts from the first member in English order (Bahrain).
  server = await startWebServer({ live: { draw: () => 0 } });
  browser = await launchBrowser();
  chair = connect(server, { chairKey: server.chairKey });
  for (const [code, seatToken] of Object.entries(server.seatTokens)) {
    seats[code] = connect(server, { seatToken });
  }
  const clients = [chair, ...Object.values(seats)];
  await until(() => clients.every((client) => client.state !== null), 15_000, 'clients ready');

  projector = await browser.newContext({ viewport: PROJECTOR });
  board = await projector.newPage();
  board.on('request', (request) => {
    if (request.url().includes('transport=polling')) transports.polling += 1;
  });
  board.on('websocket', (socket) => {
    if (!socket.url().includes('transport=websocket')) return;
    transports.websocket += 1;
    socket.on('framereceived', () => (transports.websocketFrames += 1));
  });
  await board.goto(`${server.url}/board/${server.committeeId}`);
  await board.getByRole('heading', { level: 1, name: 'Security Council' }).waitFor();
});

afterAll(async () => {
  chair?.close();
  for (const seat of Object.values(seats)) seat.close();
  await browser?.close();
  await server?.dispose();
});

const state = (): CommitteeState => {
  if (!chair.state) throw new Error('the chair has no state');
  return chair.state;
};

const seat = (code: string): CommitteeClient => {
  const client = seats[code];
  if (!client) throw new Error(`no seat ${code}`);
  return client;
};

/** Send a command that must be accepted, and wait until the chair's state includes it. */
async function send(client: CommitteeClient, command: Command): Promise<void> {
  const ack = await client.send(command);
  if (!ack.ok) throw new Error(`${command.type} refused: ${ack.error.code} ${ack.error.message}`);
  await chair.waitForSeq(ack.seq);
}

const memberCodes = (): string[] => state().members.map((member) => member.code);

/** A motion moved by a member, seconded, put to a placard vote with every member voting yes. */
async function carryMotion(mover: string, seconder: string, motion: MotionSpec): Promise<void> {
  await send(seat(mover), { type: 'motion.move', payload: { motion } });
  const moved = state().motions.at(-1);
  if (!moved) throw new Error('no motion');
  await send(seat(seconder), { type: 'motion.second', payload: { motionId: moved.id } });
  await send(chair, { type: 'motion.putToVote', payload: {} });
  const vote = openVote();
  for (const code of memberCodes()) {
    await send(seat(code), { type: 'vote.cast', payload: { voteId: vote.id, choice: 'yes' } });
  }
  await send(chair, { type: 'vote.close', payload: { voteId: vote.id } });
}

function openVote(): OpenVote {
  const vote = state().votes.find(
    (candidate): candidate is OpenVote => candidate.status === 'open',
  );
  if (!vote) throw new Error('no open vote');
  return vote;
}

/** Resolves when an asynchronous check holds; rejects after `timeoutMs`. */
async function eventually(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The board's text for a test id, whitespace collapsed (empty when absent). */
async function textOf(page: Page, testId: string): Promise<string> {
  const element = page.getByTestId(testId).first();
  if ((await element.count()) === 0) return '';
  const text = await element.textContent({ timeout: 1000 });
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

type Answer = 'yes' | 'no' | 'abstain' | 'pass' | 'yesWithRights' | 'noWithRights';
const tileChoice = (answer: Answer): string =>
  answer === 'yesWithRights' ? 'yes' : answer === 'noWithRights' ? 'no' : answer;

/** Elapsed milliseconds between each vote sent and the board showing it (tile and tally). */
const latencies: number[] = [];

/**
 * A roll-call vote on a draft: the chair opens it, each member answers when
 * called (`answers`; a member that passed is recalled and then votes
 * `recalled`), and after each answer the board must show the member's tile and
 * the tally within a second. Ends with the chair closing the vote.
 */
async function rollCallVote(
  title: string,
  answers: (code: string) => Answer,
  recalled: (code: string) => 'yes' | 'no' = () => 'yes',
): Promise<void> {
  await carryMotion('GBR', 'FRA', { kind: 'rollCallVote' });
  await send(chair, {
    type: 'vote.open',
    payload: { subject: { id: `D-${latencies.length}`, title } },
  });
  const voteId = openVote().id;
  await board.locator(`[data-testid="board-vote"][data-vote-id="${voteId}"]`).waitFor();
  const passed = new Set<string>();
  for (;;) {
    const rollCall = openVote().rollCall;
    if (!rollCall) throw new Error('not a roll call');
    const code = calledMember(rollCall);
    if (code === null) break;
    // The member being called is marked on the board before it answers.
    await board.waitForSelector(`[data-testid="tile-${code}"][aria-current="step"]`, {
      timeout: 1000,
    });
    const answer: Answer = passed.has(code) ? recalled(code) : answers(code);
    if (answer === 'pass') passed.add(code);
    const expectedYes = openVote().tally.yes + (tileChoice(answer) === 'yes' ? 1 : 0);
    const started = Date.now();
    const ack = await seat(code).send({ type: 'vote.cast', payload: { voteId, choice: answer } });
    if (!ack.ok) throw new Error(`${code} ${answer}: ${ack.error.message}`);
    // One selector for both: the member's tile shows the answer and the tally counts it.
    await board.waitForSelector(
      `body:has([data-testid="tile-${code}"][data-choice="${tileChoice(answer)}"])` +
        `:has([data-testid="board-tally"][data-yes="${expectedYes}"])`,
      { state: 'attached', timeout: 1000 },
    );
    latencies.push(Date.now() - started);
    await chair.waitForSeq(ack.seq);
  }
  await send(chair, { type: 'vote.close', payload: { voteId } });
  await board.getByTestId('board-result').waitFor({ timeout: 1000 });
}

/** Axe on the page as it is: no serious or critical violation. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (bad.length > 0) {
    console.error(
      what,
      bad.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      })),
    );
  }
  expect(bad, `${what}: axe violations`).toEqual([]);
}

/**
 * Open the board in a new page of a context, wait for it, screenshot it, check
 * it with axe and `inspect` it, then close it and bring the projector's board
 * back to the front (a page in the background is not rendered).
 */
async function capture(
  context: BrowserContext,
  query: string,
  name: string,
  ready: string,
  inspect: (page: Page) => Promise<void> = async () => undefined,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/board/${server.committeeId}${query}`);
    await page.getByTestId(ready).first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300); // let the timers tick and the layout settle
    await screenshot(page, name);
    await expectAccessible(page, name);
    await inspect(page);
  } finally {
    await page.close();
    await board.bringToFront();
  }
}

describe('the live board', () => {
  it(
    'shows the committee, the floor, the speaker with a timer and the next speakers',
    async () => {
      await send(chair, { type: 'session.open', payload: {} });
      await send(chair, { type: 'attendance.startRollCall', payload: {} });
      for (const code of Object.keys(seats)) {
        await send(seat(code), { type: 'attendance.record', payload: { status: 'present' } });
      }
      await send(chair, { type: 'attendance.closeRollCall', payload: {} });
      await send(chair, { type: 'gsl.open', payload: {} });
      for (const code of ['FRA', 'MEX', 'CHN', 'PAN', 'USA', 'COL', 'DNK', 'LBR']) {
        await send(seat(code), { type: 'gsl.add', payload: {} });
      }
      // Two motions wait for the chair: the board lists them in precedence order.
      await send(seat('PAN'), {
        type: 'motion.move',
        payload: {
          motion: {
            kind: 'moderatedCaucus',
            totalSeconds: 600,
            speakingSeconds: 60,
            topic: 'Ports',
          },
        },
      });
      await send(seat('GRC'), {
        type: 'motion.move',
        payload: {
          motion: { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper' },
        },
      });
      await send(chair, { type: 'gsl.next', payload: {} });

      await eventually(
        async () => (await textOf(board, 'board-speaker')).includes('France'),
        2000,
        'France speaking on the board',
      );
      expect(await textOf(board, 'board-floor')).toBe('Formal debate');
      expect(await textOf(board, 'board-next')).toMatch(/Mexico.*China.*Panama/);
      const timer = board.getByRole('timer', { name: 'Speaking time for France' });
      expect(await timer.isVisible()).toBe(true);
      expect(await timer.textContent()).toMatch(/1:[0-3]\d/);
      expect(await textOf(board, 'board-announcer')).toContain('France has the floor');
      expect(await textOf(board, 'board-motions')).toMatch(/Unmoderated caucus.*Moderated caucus/);

      await capture(projector, '', 'board-floor-1920-light', 'board-speaker');
      await capture(
        projector,
        '?theme=dark',
        'board-floor-1920-dark',
        'board-speaker',
        async (page) => {
          expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
        },
      );
      // scale=1.5 for a far projector: every size grows by half.
      const rootSize = (page: Page): Promise<number> =>
        page.evaluate('parseFloat(getComputedStyle(document.documentElement).fontSize)');
      const normal = await rootSize(board);
      await capture(
        projector,
        '?scale=1.5',
        'board-floor-1920-scale',
        'board-speaker',
        async (page) => {
          expect(await rootSize(page)).toBeCloseTo(normal * 1.5, 0);
        },
      );
      const phone = await phoneContext(browser);
      await capture(phone, '', 'board-floor-390', 'board-speaker');
      await phone.close();
    },
    SCREENSHOT_TEST_MS,
  );

  it(
    'shows a moderated caucus: placards raised, the speaker and the caucus timer',
    async () => {
      await send(seat('FRA'), { type: 'speech.yield', payload: { to: 'chair' } });
      const caucus = state().motions.find((motion) => motion.spec.kind === 'moderatedCaucus');
      if (!caucus) throw new Error('no caucus motion');
      await send(seat('COL'), { type: 'motion.second', payload: { motionId: caucus.id } });
      await send(chair, { type: 'motion.putToVote', payload: {} });
      const vote = openVote();
      for (const code of memberCodes()) {
        await send(seat(code), { type: 'vote.cast', payload: { voteId: vote.id, choice: 'yes' } });
      }
      await send(chair, { type: 'vote.close', payload: { voteId: vote.id } });
      for (const code of ['PAN', 'MEX', 'CHN'])
        await send(seat(code), { type: 'placard.raise', payload: {} });

      await eventually(
        async () => (await textOf(board, 'board-floor')) === 'Moderated caucus',
        2000,
        'the caucus on the board',
      );
      // The caucus carried and moved the floor on: no banner, the placards instead.
      expect(await board.getByTestId('board-result').count()).toBe(0);
      expect(await board.getByRole('heading', { name: 'Placards raised' }).isVisible()).toBe(true);
      // Observers get batches coalesced (up to 100 ms): wait for the last placard.
      await eventually(
        async () => (await textOf(board, 'board-next')).includes('China'),
        2000,
        'the placards on the board',
      );
      expect(await textOf(board, 'board-next')).toMatch(/Panama.*Mexico.*China/);
      expect(await textOf(board, 'board-motions')).toBe(''); // the other motion lapsed
      await send(chair, { type: 'caucus.recognise', payload: { delegation: 'PAN' } });
      await eventually(
        async () => (await textOf(board, 'board-speaker')).includes('Panama'),
        2000,
        'Panama speaking',
      );
      expect(await textOf(board, 'board-caucus')).toMatch(/Ports.*60 s per speaker.*Caucus time/);
      expect(await board.getByRole('timer', { name: 'Caucus time' }).isVisible()).toBe(true);
      await capture(projector, '?theme=dark', 'board-caucus-1920-dark', 'board-caucus');
      const phone = await phoneContext(browser);
      await capture(phone, '?theme=contrast', 'board-caucus-390-contrast', 'board-caucus');
      await phone.close();
      await send(chair, { type: 'speech.end', payload: {} });
      await send(chair, { type: 'caucus.end', payload: {} });
    },
    SCREENSHOT_TEST_MS,
  );

  it('runs a roll-call vote live: each tile and the tally within 1 s, then ADOPTED', async () => {
    // Back in formal debate after the caucus: debate is closed.
    await carryMotion('FRA', 'GBR', { kind: 'closeDebate' });
    await eventually(
      async () => (await textOf(board, 'board-floor')) === 'Voting procedure',
      2000,
      'voting procedure on the board',
    );

    // China passes and is recalled; Russia abstains (not a veto); France votes yes with rights.
    await rollCallVote('S/2026/101: Countering transnational organized crime', (code) =>
      code === 'CHN'
        ? 'pass'
        : code === 'RUS'
          ? 'abstain'
          : code === 'FRA'
            ? 'yesWithRights'
            : 'yes',
    );
    const banner = await textOf(board, 'board-result');
    expect(banner).toMatch(/^✔ Adopted/);
    expect(banner).toContain('Recorded: 14 in favour, 0 against, 1 abstaining');
    expect(await board.getByTestId('tile-CHN').getAttribute('data-choice')).toBe('yes');
    expect(await textOf(board, 'tile-FRA')).toContain('with rights');
    expect(await textOf(board, 'tile-RUS')).toMatch(/P5.*Abstain/);
    expect(await textOf(board, 'board-invitees')).toContain('Mexico (Without vote)');
    await eventually(
      async () => (await textOf(board, 'board-announcer')).includes('Adopted'),
      2000,
      'the result announced',
    );
    // France gives up its explanation of vote: the banner stays until the committee moves on.
    await send(seat('FRA'), { type: 'explanation.waive', payload: {} });
  });

  it('declares a vote with fewer than 9 yes FAILED, recording a P5 "no" without calling it a veto', async () => {
    const no = ['USA', 'PAK', 'SOM', 'BHR'];
    const abstain = ['LBR', 'COD', 'LVA'];
    await rollCallVote('S/2026/102: Maritime interdiction', (code) =>
      no.includes(code) ? 'no' : abstain.includes(code) ? 'abstain' : 'yes',
    );
    const banner = await textOf(board, 'board-result');
    expect(banner).toContain('Failed (not enough votes)');
    expect(banner).toContain('Recorded: 8 in favour, 4 against, 3 abstaining');
    expect(banner).toContain('Permanent members voting no: United States');
    expect(banner).not.toContain('Vetoed');
    await capture(projector, '', 'board-failed-1920-light', 'board-result');
  });

  it(
    'declares a vote with 9 or more yes and a P5 "no" VETOED by that member',
    async () => {
      await rollCallVote('S/2026/103: Sanctions on cartel finance', (code) =>
        code === 'RUS' ? 'no' : code === 'PAK' ? 'abstain' : 'yes',
      );
      const banner = await textOf(board, 'board-result');
      expect(banner).toMatch(/^⊘ Vetoed by Russia/);
      expect(banner).toContain('Recorded: 13 in favour, 1 against, 1 abstaining');
      await eventually(
        async () => (await textOf(board, 'board-announcer')).includes('Vetoed by Russia'),
        2000,
        'the veto announced',
      );

      // Every vote reached the board within a second of being sent.
      expect(latencies.length).toBe(15 * 3 + 1); // China passed once, and answered again
      expect(Math.max(...latencies)).toBeLessThan(1000);
      console.info(
        `board latency per vote: median ${[...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)]} ms, max ${Math.max(...latencies)} ms`,
      );

      // Screenshots of the result in both themes, on a phone, and as a livestream overlay.
      await capture(projector, '', 'board-vote-1920-light', 'board-result');
      await capture(projector, '?theme=dark', 'board-vote-1920-dark', 'board-result');
      await capture(projector, '?theme=contrast', 'board-vote-1920-contrast', 'board-result');
      await capture(
        projector,
        '?panels=votes&transparent=1&theme=dark',
        'board-overlay-votes',
        'board-result',
        async (overlay) => {
          expect(await overlay.getByTestId('board-decisions').count()).toBe(0);
          expect(await overlay.getByTestId('board-speaker').count()).toBe(0);
          expect(await overlay.evaluate('getComputedStyle(document.body).backgroundColor')).toBe(
            'rgba(0, 0, 0, 0)',
          );
          // As a streaming tool composites it: only the tiles, over nothing.
          await overlay.screenshot({
            path: join(ARTIFACTS, 'board-overlay-votes-transparent.png'),
            omitBackground: true,
          });
        },
      );
      const phone = await phoneContext(browser);
      await capture(phone, '', 'board-vote-390', 'board-result');
      await phone.close();
    },
    SCREENSHOT_TEST_MS,
  );

  it(
    'shows an open roll call mid-way (screenshot) with the called member marked',
    async () => {
      await carryMotion('GBR', 'FRA', { kind: 'rollCallVote' });
      await send(chair, {
        type: 'vote.open',
        payload: {
          subject: { id: 'D-open', title: 'S/2026/104: Precursor chemicals' },
        },
      });
      for (let i = 0; i < 6; i++) {
        const vote = openVote();
        const code = vote.rollCall ? calledMember(vote.rollCall) : null;
        if (!code) break;
        await send(seat(code), {
          type: 'vote.cast',
          payload: {
            voteId: vote.id,
            choice: i === 2 ? 'pass' : i === 4 ? 'no' : 'yes',
          },
        });
      }
      const called = openVote().rollCall;
      const code = called ? calledMember(called) : null;
      await board.waitForSelector(`[data-testid="tile-${code ?? ''}"][aria-current="step"]`, {
        timeout: 2000,
      });
      expect(await textOf(board, `tile-${code ?? ''}`)).toContain('Called now');
      await board.bringToFront();
      await screenshot(board, 'board-rollcall-1920-light');
      await capture(projector, '?theme=dark', 'board-rollcall-1920-dark', 'board-tally');
      const phone = await phoneContext(browser);
      await capture(phone, '?scale=1', 'board-rollcall-390', 'board-tally');
      await phone.close();
    },
    SCREENSHOT_TEST_MS,
  );
});

describe('the board over Socket.IO transports', () => {
  it('connected by long-polling first and then upgraded to WebSocket (the default)', () => {
    expect(transports.polling).toBeGreaterThan(0);
    expect(transports.websocket).toBeGreaterThan(0);
    expect(transports.websocketFrames).toBeGreaterThan(10);
  });

  for (const [how, block] of [
    [
      'WebSocket refused by the network',
      (context: BrowserContext) => context.routeWebSocket(/.*/, (socket) => socket.close()),
    ],
    [
      'no WebSocket in the browser',
      (context: BrowserContext) =>
        context.addInitScript(() => {
          delete (globalThis as { WebSocket?: unknown }).WebSocket;
        }),
    ],
  ] as const) {
    it(`stays live over long-polling only (${how})`, async () => {
      const context = await browser.newContext({ viewport: PROJECTOR });
      await block(context);
      const page = await context.newPage();
      let polls = 0;
      let sockets = 0;
      page.on('request', (request) => {
        if (request.url().includes('transport=polling')) polls += 1;
      });
      page.on('websocket', () => (sockets += 1));
      await page.goto(`${server.url}/board/${server.committeeId}`);
      await page.getByRole('heading', { level: 1, name: 'Security Council' }).waitFor();
      await eventually(
        async () => (await textOf(page, 'board-connection')).includes('Live'),
        5000,
        'the board live',
      );
      const pollsBefore = polls;

      // A live update: the next member called answers; the board shows it over polling.
      const vote = openVote();
      const code = vote.rollCall ? calledMember(vote.rollCall) : null;
      if (!code) throw new Error('no member to call');
      const started = Date.now();
      await send(seat(code), { type: 'vote.cast', payload: { voteId: vote.id, choice: 'yes' } });
      await page.waitForSelector(`[data-testid="tile-${code}"][data-choice="yes"]`, {
        timeout: 5000,
      });
      const elapsed = Date.now() - started;
      expect(polls).toBeGreaterThan(pollsBefore);
      expect(await textOf(page, 'board-connection')).toContain('Live');
      if (how === 'no WebSocket in the browser') expect(sockets).toBe(0);
      console.info(`long-polling (${how}): update shown in ${elapsed} ms`);
      await context.close();
    });
  }
});
