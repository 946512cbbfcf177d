/**
 * The chair console at 1280×800: a whole session run from the console alone
 * (the chair entering every delegation's answers), a roll-call vote with the
 * keyboard alone, every main view screenshotted and checked with axe, and a
 * server restart mid-caucus that the console rides out without a reload.
 */
import type { Command, MotionSpec } from '@placard/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { CommitteeClient } from '@placard/shared/client';
import { launchBrowser, screenshot } from './helpers/browser.ts';
import { expectAccessible, see, seeAttr } from './helpers/screens.ts';
import { startWebServer } from './helpers/webServer.ts';
import { connect, until, type LiveServer } from '../integration/helpers/liveServer.ts';
import { TEST_ADMIN_KEY } from '../integration/helpers/testApp.ts';

/** What a member may answer in a vote. */
type Choice = Extract<Command, { type: 'vote.cast' }>['payload']['choice'];

const LAPTOP = { width: 1280, height: 800 };
const MEMBERS = [
  'BHR', 'CHN', 'COL', 'COD', 'DNK', 'FRA', 'GRC', 'LVA',
  'LBR', 'PAK', 'PAN', 'RUS', 'SOM', 'GBR', 'USA',
] as const; // prettier-ignore
/** The roll call's order: members in English alphabetical order, then the invitee. */
const ROLL = [...MEMBERS, 'MEX'] as const;

let browser: Browser;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------- helpers

/**
 * A server with the 2026 Council. The roll call of a vote starts with the first member in
 * English order (Bahrain). `scripted`: the test also drives the committee through a
 * protocol client, faster than any chair, so the socket rate limit is lifted.
 */
async function server(scripted = false): Promise<LiveServer> {
  const started = await startWebServer({
    live: {
      draw: () => 0,
      ...(scripted
        ? { rateLimit: { burst: 10_000, perSecond: 10_000, disconnectAfter: 10_000 } }
        : {}),
    },
  });
  cleanups.push(() => started.dispose());
  return started;
}

async function laptop(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: LAPTOP });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return { context, page };
}

async function openConsole(live: LiveServer): Promise<Page> {
  const { page } = await laptop();
  await page.goto(`${live.url}/chair/${live.committeeId}#key=${live.chairKey}`);
  await seeAttr(page.getByTestId('connection'), 'data-status', 'live', 15_000);
  return page;
}

async function codesIn(list: Locator): Promise<string[]> {
  return list.evaluateAll((items) => items.map((item) => item.getAttribute('data-code') ?? ''));
}

/** Screenshot a view at 1280×800, check nothing overflows sideways, and check it with axe. */
async function capture(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150); // let the timers tick and transitions settle
  await screenshot(page, name);
  // Anything sticking out of the panel, the overview or the side bar (named by tag and class).
  const overflowing = await page.evaluate(`[...document.querySelectorAll('main, aside, nav')]
    .flatMap((box) => {
      const edge = box.getBoundingClientRect().right;
      return [...box.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > edge + 1)
        .map((element) => element.tagName + '.' + String(element.className).split(' ')[0]);
    })`);
  expect(overflowing, `${name}: elements wider than their box`).toEqual([]);
  await expectAccessible(page, name);
}

const main = (page: Page) => page.getByRole('main');
const overview = (page: Page) => page.getByRole('complementary', { name: 'Overview' });
const heading = (page: Page) => page.locator('#panel-heading');

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

// ------------------------------------------------ protocol set-up for tests

function chairClient(live: LiveServer): CommitteeClient {
  const client = connect(live, { chairKey: live.chairKey });
  cleanups.push(async () => client.close());
  return client;
}

async function send(client: CommitteeClient, command: Command) {
  const ack = await client.send(command);
  if (!ack.ok) throw new Error(`${command.type}: ${ack.error.message}`);
  await client.waitForSeq(ack.seq);
}

/** Meeting open, every delegation present (Pakistan present and voting), the list open. */
async function openSitting(chair: CommitteeClient): Promise<void> {
  await until(() => chair.state !== null, 5000, 'chair state');
  await send(chair, { type: 'session.open', payload: {} });
  await send(chair, { type: 'attendance.startRollCall', payload: {} });
  for (const code of ROLL) {
    const status = code === 'PAK' ? 'presentAndVoting' : 'present';
    await send(chair, { type: 'attendance.record', payload: { delegation: code, status } });
  }
  await send(chair, { type: 'attendance.closeRollCall', payload: {} });
  await send(chair, { type: 'gsl.open', payload: {} });
}

function openVoteId(chair: CommitteeClient): string {
  const vote = chair.state?.votes.find((candidate) => candidate.status === 'open');
  if (!vote) throw new Error('no vote is open');
  return vote.id;
}

/** A motion moved and seconded, put to a placard vote, every member voting `choice`. */
async function carry(
  chair: CommitteeClient,
  mover: string,
  seconder: string,
  motion: MotionSpec,
  choice: (code: string) => 'yes' | 'no' = () => 'yes',
): Promise<void> {
  await send(chair, { type: 'motion.move', payload: { delegation: mover, motion } });
  const moved = chair.state?.motions.at(-1);
  if (!moved) throw new Error('no motion');
  await send(chair, {
    type: 'motion.second',
    payload: { delegation: seconder, motionId: moved.id },
  });
  await send(chair, { type: 'motion.putToVote', payload: {} });
  const voteId = openVoteId(chair);
  for (const code of MEMBERS) {
    await send(chair, {
      type: 'vote.cast',
      payload: { voteId, delegation: code, choice: choice(code) },
    });
  }
  await send(chair, { type: 'vote.close', payload: { voteId } });
}

// ------------------------------------------------------------------- tests

describe('chair console', () => {
  it('runs a whole session from the console alone, the chair entering every answer', async () => {
    const live = await server();
    const page = await openConsole(live);
    // The key left the address bar once remembered.
    expect(new URL(page.url()).hash).toBe('');

    // Before the meeting is called to order the list cannot be opened, and the panel says why.
    await press(page, '2');
    const openList = main(page).getByRole('button', { name: "Open the speakers' list" });
    await expect.poll(() => openList.isDisabled()).toBe(true);
    await see(page.getByTestId('gsl-open-reason'), /Not now: .*not in order/);
    await press(page, '1');

    // --- Roll call
    await see(heading(page), 'Attendance');
    await main(page).getByRole('button', { name: 'Call the meeting to order' }).click();
    await see(page.getByTestId('floor'), 'Formal debate');
    await see(heading(page), 'Attendance');
    await page.getByRole('button', { name: 'Start the roll call' }).click();
    await see(main(page), /Roll call open: 0 of 16 answered/);
    const answers: Record<string, string> = { PAK: 'v', SOM: 'a' };
    for (const code of ROLL) await press(page, answers[code] ?? 'p');
    await see(main(page), /Roll call open: 16 of 16 answered/);
    const row = (code: string) => page.locator(`[data-testid="roll"] tr[data-code="${code}"]`);
    await see(row('PAK').getByTestId('attendance-status'), 'Present and voting');
    await see(row('SOM').getByTestId('attendance-status'), 'Absent');
    await see(row('MEX').getByTestId('attendance-status'), 'Present');
    await see(page.getByTestId('present-count'), '14 of 15 members present');
    await see(page.getByTestId('quorum'), 'Quorum (9)');
    await screenshot(page, 'chair-session-01-roll-call');
    await page.getByRole('button', { name: 'Close the roll call' }).click();
    await see(main(page), /The roll call is closed/);
    // Somalia arrives late.
    await row('SOM').getByRole('button', { name: 'Present', exact: true }).click();
    await see(row('SOM').getByTestId('attendance-status'), /Present\s+Late/i);
    await see(page.getByTestId('present-count'), '15 of 15 members present');

    // --- General Speakers' List: two speakers and a yield
    await press(page, '2');
    await see(heading(page), "Speakers' list");
    // A refusal from the server comes back as a plain-language toast.
    await press(page, 'n');
    await see(page.getByTestId('toast'), /Not now\s+The speakers' list is empty\./);
    await page.getByRole('button', { name: "Open the speakers' list" }).click();
    const add = (code: string) =>
      page.locator(`[data-testid="gsl-add"] button[data-code="${code}"]`);
    for (const code of ['FRA', 'CHN', 'PAN']) await add(code).click();
    const queue = page.locator('[data-testid="gsl-queue"] li');
    await expect.poll(() => codesIn(queue)).toEqual(['FRA', 'CHN', 'PAN']);
    // Drag Panama to the head of the list.
    await page
      .locator('[data-testid="gsl-queue"] li[data-code="PAN"]')
      .dragTo(page.locator('[data-testid="gsl-queue"] li[data-code="FRA"]'));
    await expect.poll(() => codesIn(queue)).toEqual(['PAN', 'FRA', 'CHN']);
    // And France down one place with the keyboard.
    await page.locator('[data-handle="FRA"]').focus();
    await press(page, 'Alt+ArrowDown');
    await expect.poll(() => codesIn(queue)).toEqual(['PAN', 'CHN', 'FRA']);
    await page.locator('#panel-heading').focus();
    await press(page, 'n');
    await see(page.getByTestId('speaker'), 'Panama');
    await see(page.getByTestId('speaker-card'), /Speakers' list/);
    await see(page.getByTestId('speaker-card').getByTestId('timer-value'), /^1:(30|29|28)$/);
    await expect.poll(() => codesIn(queue)).toEqual(['CHN', 'FRA']);
    // Panama yields its remaining time to Colombia.
    await page.locator('#yield-recipient').selectOption('COL');
    await page.getByRole('button', { name: 'Yield to this delegation' }).click();
    await see(page.getByTestId('speaker'), 'Colombia');
    await see(page.getByTestId('speaker-card'), /Yielded time/);
    await screenshot(page, 'chair-session-02-yield');
    await press(page, 'e');
    await see(page.getByTestId('speaker-card'), 'No one has the floor.');
    await press(page, 'n');
    await see(page.getByTestId('speaker'), 'China');
    await page.getByRole('button', { name: 'Yield to the chair' }).click();
    await see(page.getByTestId('speaker-card'), 'No one has the floor.');
    await expect.poll(() => codesIn(queue)).toEqual(['FRA']);
    // France speaks and ends with no yield: the chair takes a comment from Mexico.
    await press(page, 'n');
    await see(page.getByTestId('speaker'), 'France');
    await press(page, 'e');
    await see(main(page), "Comments on France's speech: 2 left");
    await page.locator('#commenter').selectOption('MEX');
    await page.getByRole('button', { name: 'Give the floor for a comment' }).click();
    await see(page.getByTestId('speaker'), 'Mexico');
    await see(page.getByTestId('speaker-card'), /Comment/);
    await press(page, 'e');
    await see(main(page), "Comments on France's speech: 1 left");

    // --- Two competing motions, voted on in precedence order
    await press(page, '3');
    await see(heading(page), 'Motions');
    const form = page.getByTestId('motion-form');
    await form.locator('#motion-mover').selectOption('FRA');
    await form.locator('#motion-kind').selectOption('moderatedCaucus');
    await form.locator('#motion-minutes').fill('10');
    await form.locator('#motion-speaking').fill('60');
    await form.locator('#motion-text').fill('Precursor chemicals');
    await form.getByRole('button', { name: 'Enter the motion' }).click();
    await see(page.getByTestId('pending-motions'), /Moderated caucus of 10 min/);
    await form.locator('#motion-mover').selectOption('CHN');
    await form.locator('#motion-kind').selectOption('unmoderatedCaucus');
    await form.locator('#motion-minutes').fill('5');
    await form.locator('#motion-text').fill('Draft a working paper');
    await form.getByRole('button', { name: 'Enter the motion' }).click();
    const pending = page.getByTestId('pending-motion');
    await expect.poll(() => pending.count()).toBe(2);
    // The unmoderated caucus, moved second, is voted on first; each says why.
    await see(pending.nth(0), /Unmoderated caucus of 5 min: Draft a working paper/);
    await see(pending.nth(0).getByTestId('motion-reason'), /first: the most disruptive/);
    await see(pending.nth(1), /Moderated caucus of 10 min/);
    await see(
      pending.nth(1).getByTestId('motion-reason'),
      'moderated caucus is less disruptive than unmoderated caucus',
    );
    for (const [index, seconder] of [
      [0, 'PAK'],
      [1, 'GBR'],
    ] as const) {
      await pending.nth(index).locator('select').selectOption(seconder);
      await pending.nth(index).getByRole('button', { name: 'Second', exact: true }).click();
      await see(pending.nth(index), /Seconded by/);
    }
    await see(pending.nth(0), /Next to vote/);
    await screenshot(page, 'chair-session-03-motions');
    await press(page, 'v');
    const vote = page.getByTestId('placard-vote');
    await see(vote, /Vote on: Unmoderated caucus of 5 min/);
    // Six in favour (Y on the highlighted member moves on), everyone else against.
    for (let i = 0; i < 6; i++) {
      await press(page, 'y');
      await expect
        .poll(() => page.getByTestId('tally-yes').first().innerText())
        .toBe(String(i + 1));
    }
    await vote.getByRole('button', { name: /Everyone left: no/ }).click();
    await see(page.getByTestId('tally-no'), '9');
    await press(page, 'c');
    await see(page.getByTestId('vote-headline'), 'Failed (not enough votes)');
    await expect.poll(() => pending.count()).toBe(1);
    await see(pending.nth(0), /Moderated caucus of 10 min/);
    await press(page, 'v');
    await see(vote, /Vote on: Moderated caucus of 10 min/);
    await vote.getByRole('button', { name: /Everyone left: yes/ }).click();
    await see(page.getByTestId('tally-yes'), '15');
    await press(page, 'c');

    // --- The moderated caucus starts by itself, and ends
    await see(page.getByTestId('floor'), 'Moderated caucus');
    await see(heading(page), 'Caucus');
    await see(page.getByTestId('moderated-caucus'), /Precursor chemicals/);
    await see(page.getByTestId('moderated-caucus').getByTestId('timer-value'), /^(10:00|9:5\d)$/);
    for (const code of ['GRC', 'LVA']) {
      await page.locator(`[data-testid="raise-placard"] button[data-code="${code}"]`).click();
    }
    await expect
      .poll(() => codesIn(page.locator('[data-testid="placards"] li')))
      .toEqual(['GRC', 'LVA']);
    await page
      .locator('[data-testid="placards"] li[data-code="LVA"]')
      .getByRole('button', { name: 'Recognise' })
      .click();
    await see(page.getByTestId('speaker'), 'Latvia');
    await see(page.getByTestId('speaker-card'), /Moderated caucus/);
    await see(page.getByTestId('speaker-card').getByTestId('timer-value'), /^(1:00|0:5\d)$/);
    await screenshot(page, 'chair-session-04-caucus');
    await press(page, 'e');
    await see(page.getByTestId('speaker-card'), 'No one has the floor.');
    await main(page).getByRole('button', { name: 'End the caucus' }).click();
    await see(page.getByTestId('floor'), 'Formal debate');
    await see(heading(page), "Speakers' list");

    // --- Closure of debate, then a motion for a roll-call vote
    await press(page, '3');
    await see(main(page), /Failed\s+Unmoderated caucus/);
    await see(main(page), /Passed\s+Moderated caucus/);
    await form.locator('#motion-mover').selectOption('USA');
    await form.locator('#motion-kind').selectOption('closeDebate');
    await form.getByRole('button', { name: 'Enter the motion' }).click();
    await see(pending.nth(0), /Close debate/);
    await see(pending.nth(0), /needs 10 yes/);
    await pending.nth(0).locator('select').selectOption('GBR');
    await pending.nth(0).getByRole('button', { name: 'Second', exact: true }).click();
    await see(pending.nth(0), /Seconded by United Kingdom/);
    await press(page, 'v');
    await vote.getByRole('button', { name: /Everyone left: yes/ }).click();
    await see(page.getByTestId('tally-yes'), '15');
    await press(page, 'c');
    await see(page.getByTestId('floor'), 'Voting procedure');
    await see(heading(page), 'Voting');
    await page.locator('#roll-call-mover').selectOption('RUS');
    await main(page).getByRole('button', { name: 'Enter the motion' }).click();
    await press(page, '3');
    await see(pending.nth(0), /Vote by roll call/);
    await pending.nth(0).locator('select').selectOption('CHN');
    await pending.nth(0).getByRole('button', { name: 'Second', exact: true }).click();
    await see(pending.nth(0), /Seconded by China/);
    await press(page, 'v');
    await vote.getByRole('button', { name: /Everyone left: yes/ }).click();
    await see(page.getByTestId('tally-yes'), '15');
    await press(page, 'c');
    await see(page.getByTestId('vote-headline'), 'Adopted');

    // --- The roll-call vote: one pass, one "with rights", a veto
    await press(page, '6');
    await see(heading(page), 'Voting');
    await see(overview(page), 'The next vote is by roll call.');
    const picker = page.getByTestId('subject-picker');
    await see(picker, /By roll call/);
    await picker.locator('#subject-symbol').fill('S/2026/1');
    await picker.locator('#subject-text').fill('Draft resolution on transnational organized crime');
    await picker.getByRole('button', { name: 'Open the vote' }).click();
    const rollCall = page.getByTestId('roll-call');
    await see(rollCall, /Vote on: Draft resolution on transnational organized crime/);
    const called = page.getByTestId('called-member');
    const script: Record<string, string[]> = {
      CHN: ['p'],
      COL: ['r', 'y'],
      RUS: ['n'],
      SOM: ['a'],
    };
    for (const code of MEMBERS) {
      await seeAttr(called, 'data-code', code);
      await see(rollCall.locator(`li[data-code="${code}"][aria-current="step"]`), /./);
      if (code === 'COL') await screenshot(page, 'chair-session-05-roll-call');
      await press(page, ...(script[code] ?? ['y']));
    }
    // China passed: it is called again in a second round, and must vote yes or no.
    await seeAttr(called, 'data-code', 'CHN');
    await see(rollCall, /Second round: calling again/);
    await see(rollCall.locator('li[data-code="CHN"] [data-testid="roll-answer"]'), 'Passed');
    await see(
      rollCall.locator('li[data-code="COL"] [data-testid="roll-answer"]'),
      'Yes, with rights',
    );
    await press(page, 'y');
    await see(rollCall, 'Every member has answered.');
    await press(page, 'c');
    const result = page.getByTestId('vote-result').first();
    await see(page.getByTestId('vote-headline'), 'Vetoed by Russia');
    await seeAttr(result, 'data-outcome', 'vetoed');
    await see(result.getByTestId('tally-yes'), '13');
    await see(result.getByTestId('tally-no'), '1');
    await see(result.locator('tr[data-code="COL"]'), /Yes, with rights/);
    await see(result.locator('tr[data-code="CHN"]'), /Yes\s+Passed, then voted when called again/);
    await see(result.locator('tr[data-code="RUS"]'), /No/);
    await screenshot(page, 'chair-session-06-veto');
    // Colombia explains its vote.
    const explanations = page.getByTestId('explanations');
    await see(explanations, /Explanations of vote \(1\)/);
    await explanations.getByRole('button', { name: 'Give the floor to Colombia' }).click();
    await see(page.getByTestId('speaker'), 'Colombia');
    await see(page.getByTestId('speaker-card'), /Explanation of vote/);
    await press(page, 'e');
    await see(page.getByTestId('speaker-card'), 'No one has the floor.');
    await expect.poll(() => explanations.count()).toBe(0);
  }, 180_000);

  it('completes a roll-call vote with the keyboard alone', async () => {
    const live = await server(true);
    const chair = chairClient(live);
    await openSitting(chair);
    await carry(chair, 'USA', 'GBR', { kind: 'closeDebate' });
    await carry(chair, 'RUS', 'CHN', { kind: 'rollCallVote' });
    expect(chair.state?.floor).toMatchObject({ kind: 'votingProcedure', rollCallNext: true });

    const page = await openConsole(live);
    await see(heading(page), 'Voting');
    // Tab to the text's symbol, type it and its title, Enter opens the vote.
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'subject-symbol'; i++) {
      await press(page, 'Tab');
      focused = String(await page.evaluate('document.activeElement?.id ?? ""'));
    }
    expect(focused).toBe('subject-symbol');
    await page.keyboard.type('S/2026/7');
    await press(page, 'Tab');
    await page.keyboard.type('Draft resolution on precursor chemicals');
    await press(page, 'Enter');
    const rollCall = page.getByTestId('roll-call');
    await see(rollCall, /Draft resolution on precursor chemicals/);
    const called = page.getByTestId('called-member');
    const keys: Record<string, string[]> = { CHN: ['p'], FRA: ['r', 'y'], USA: ['r', 'n'] };
    for (const code of MEMBERS) {
      await seeAttr(called, 'data-code', code);
      await press(page, ...(keys[code] ?? ['y']));
    }
    await seeAttr(called, 'data-code', 'CHN');
    await press(page, 'y');
    await see(rollCall, 'Every member has answered.');
    await press(page, 'c');
    await see(page.getByTestId('vote-headline'), 'Vetoed by United States');
    await see(page.getByTestId('vote-result').locator('tr[data-code="FRA"]'), /Yes, with rights/);
    await see(page.getByTestId('vote-result').locator('tr[data-code="USA"]'), /No, with rights/);
    // The explanations of vote, still by keyboard: Tab to the first and press Enter.
    await see(page.getByTestId('explanations'), /Explanations of vote \(2\)/);
    let button = '';
    for (let i = 0; i < 40 && !button.startsWith('Give the floor to'); i++) {
      await press(page, 'Tab');
      button = String(await page.evaluate('document.activeElement?.textContent?.trim() ?? ""'));
    }
    await press(page, 'Enter');
    await see(page.getByTestId('speaker'), 'France');
    await press(page, 'e');
    await see(page.getByTestId('speaker-card'), 'No one has the floor.');
    await until(() => chair.state?.votes.at(-1)?.status === 'closed', 5000, 'the vote closed');
    const record = chair.state?.votes.at(-1);
    expect(record?.status === 'closed' && record.result.outcome).toBe('vetoed');
    expect(record?.records.filter((entry) => entry.by === 'chair')).toHaveLength(15);
  }, 120_000);

  it('shows every main view at 1280×800, finished and accessible', async () => {
    const live = await server(true);
    const chair = chairClient(live);
    await until(() => chair.state !== null, 5000, 'chair state');

    // Without a key: the key form, which takes the whole chair link.
    const { page } = await laptop();
    await page.goto(`${live.url}/chair/${live.committeeId}`);
    await page.getByLabel('Chair key').waitFor();
    await capture(page, 'chair-key-form');
    await page.getByLabel('Chair key').fill(`http://placard.test/chair/unsc#key=${live.chairKey}`);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await seeAttr(page.getByTestId('connection'), 'data-status', 'live', 15_000);

    // Attendance: a roll call half way through.
    await send(chair, { type: 'session.open', payload: {} });
    await send(chair, { type: 'attendance.startRollCall', payload: {} });
    for (const code of ROLL.slice(0, 7)) {
      await send(chair, {
        type: 'attendance.record',
        payload: { delegation: code, status: 'present' },
      });
    }
    await see(main(page), /Roll call open: 7 of 16 answered/);
    await capture(page, 'chair-attendance');
    for (const code of ROLL.slice(7)) {
      await send(chair, {
        type: 'attendance.record',
        payload: {
          delegation: code,
          status: code === 'PAK' ? 'presentAndVoting' : 'present',
        },
      });
    }
    await send(chair, { type: 'attendance.closeRollCall', payload: {} });

    // Speakers' list: a speaker at the lectern and five waiting.
    await send(chair, { type: 'gsl.open', payload: {} });
    for (const code of ['FRA', 'MEX', 'CHN', 'BHR', 'DNK', 'PAN']) {
      await send(chair, { type: 'gsl.add', payload: { delegation: code } });
    }
    await send(chair, { type: 'gsl.next', payload: {} });
    await press(page, '2');
    await see(page.getByTestId('now-speaking'), /France/);
    await capture(page, 'chair-speakers');
    await send(chair, { type: 'speech.yield', payload: { to: 'chair' } });

    // Motions: three pending, two seconded, one put to a vote.
    const moves: [string, MotionSpec, string | null][] = [
      ['GRC', { kind: 'moderatedCaucus', totalSeconds: 600, speakingSeconds: 60, topic: 'Financing of cartels' }, 'LVA'],
      ['CHN', { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper on precursors' }, 'PAK'],
      ['PAN', { kind: 'setSpeakingTime', seconds: 60 }, null],
    ]; // prettier-ignore
    for (const [mover, motion, seconder] of moves) {
      await send(chair, { type: 'motion.move', payload: { delegation: mover, motion } });
      const id = chair.state?.motions.at(-1)?.id ?? '';
      if (seconder)
        await send(chair, {
          type: 'motion.second',
          payload: { delegation: seconder, motionId: id },
        });
    }
    await press(page, '3');
    await expect.poll(() => page.getByTestId('pending-motion').count()).toBe(3);
    await capture(page, 'chair-motions');
    await send(chair, { type: 'motion.putToVote', payload: {} });
    const voteId = openVoteId(chair);
    for (const [index, code] of MEMBERS.slice(0, 9).entries()) {
      await send(chair, {
        type: 'vote.cast',
        payload: {
          voteId,
          delegation: code,
          choice: index % 3 === 2 ? 'no' : 'yes',
        },
      });
    }
    await see(page.getByTestId('tally-yes'), '6');
    await capture(page, 'chair-motions-vote');
    for (const code of MEMBERS.slice(9)) {
      await send(chair, { type: 'vote.cast', payload: { voteId, delegation: code, choice: 'no' } });
    }
    await send(chair, { type: 'vote.close', payload: { voteId } });
    await send(chair, { type: 'motion.putToVote', payload: {} });
    const second = openVoteId(chair);
    for (const code of MEMBERS) {
      await send(chair, {
        type: 'vote.cast',
        payload: { voteId: second, delegation: code, choice: 'yes' },
      });
    }
    await send(chair, { type: 'vote.close', payload: { voteId: second } });

    // Caucus: placards up and a speaker recognised.
    await see(heading(page), 'Caucus');
    for (const code of ['USA', 'COL', 'RUS', 'SOM']) {
      await send(chair, { type: 'placard.raise', payload: { delegation: code } });
    }
    await send(chair, { type: 'caucus.recognise', payload: { delegation: 'COL' } });
    await see(page.getByTestId('speaker'), 'Colombia');
    await capture(page, 'chair-caucus');
    await send(chair, { type: 'speech.end', payload: {} });

    // Points and replies: personal privilege first (it flashes), a reply to ask for.
    await send(chair, {
      type: 'point.raise',
      payload: {
        delegation: 'DNK',
        kind: 'parliamentaryInquiry',
        text: 'May a caucus be extended twice?',
      },
    });
    await send(chair, {
      type: 'point.raise',
      payload: {
        delegation: 'PAK',
        kind: 'order',
        text: 'The speaker exceeded the time',
      },
    });
    await send(chair, {
      type: 'point.raise',
      payload: {
        delegation: 'GRC',
        kind: 'personalPrivilege',
        text: 'We cannot hear the speaker',
      },
    });
    const speech = chair.state?.speeches.find((record) => record.delegation === 'COL')?.id ?? '';
    await send(chair, { type: 'reply.request', payload: { delegation: 'RUS', speechId: speech } });
    await press(page, '5');
    await see(page.getByTestId('points'), /Point of personal privilege/);
    await capture(page, 'chair-points');
    // The chair takes them in order, then grants the reply and gives Russia the floor.
    const points = page.getByTestId('points');
    await points.getByRole('button', { name: 'Dealt with' }).click();
    await points.getByRole('button', { name: 'Not well taken' }).click();
    await points.getByRole('button', { name: 'Answered' }).click();
    await see(main(page), 'No point is pending.');
    const replies = page.getByTestId('replies');
    await replies.getByRole('button', { name: 'Grant' }).click();
    await replies.getByRole('button', { name: 'Give the floor for the reply' }).click();
    await see(page.getByTestId('speaker'), 'Russia');
    await see(page.getByTestId('speaker-card'), /Right of reply/);
    await press(page, 'e');
    await see(page.getByTestId('speaker-card'), 'No one has the floor.');
    await until(
      () => /ruled not well taken/.test(chair.state?.rulings.at(-1)?.text ?? ''),
      5000,
      'the ruling on the point of order',
    );

    // Voting: a roll call under way (China passed), then its result.
    await send(chair, { type: 'caucus.end', payload: {} });
    await carry(chair, 'USA', 'GBR', { kind: 'closeDebate' });
    await carry(chair, 'RUS', 'CHN', { kind: 'rollCallVote' });
    await send(chair, {
      type: 'vote.open',
      payload: {
        subject: { id: 'S/2026/1', title: 'Draft resolution on transnational organized crime' },
      },
    });
    const rollCallVote = openVoteId(chair);
    const answers: Record<string, Choice> = {
      CHN: 'pass',
      COL: 'yesWithRights',
      RUS: 'no',
      SOM: 'abstain',
    };
    for (const code of MEMBERS.slice(0, 6)) {
      await send(chair, {
        type: 'vote.cast',
        payload: {
          voteId: rollCallVote,
          delegation: code,
          choice: answers[code] ?? 'yes',
        },
      });
    }
    await press(page, '6');
    await seeAttr(page.getByTestId('called-member'), 'data-code', 'GRC');
    await capture(page, 'chair-voting-roll-call');
    for (const code of [...MEMBERS.slice(6), 'CHN']) {
      await send(chair, {
        type: 'vote.cast',
        payload: {
          voteId: rollCallVote,
          delegation: code,
          choice: answers[code] === 'pass' ? 'yes' : (answers[code] ?? 'yes'),
        },
      });
    }
    await send(chair, { type: 'vote.close', payload: { voteId: rollCallVote } });
    await see(page.getByTestId('vote-headline'), 'Vetoed by Russia');
    await capture(page, 'chair-voting-result');

    // Seats: who is connected, and a new card for Greece.
    const greece = connect(live, { seatToken: live.seatTokens['GRC'] ?? '' });
    const france = connect(live, { seatToken: live.seatTokens['FRA'] ?? '' });
    cleanups.push(
      async () => greece.close(),
      async () => france.close(),
    );
    await until(() => greece.status === 'live' && france.status === 'live', 5000, 'phones');
    await press(page, '7');
    await see(
      page.locator('[data-testid="seats"] tr[data-code="FRA"] [data-testid="seat-connection"]'),
      'Connected',
      8000,
    );
    await page
      .locator('[data-testid="seats"] tr[data-code="GRC"]')
      .getByRole('button', { name: 'New card' })
      .click();
    await page.getByTestId('seat-card').waitFor();
    await see(page.getByTestId('short-code'), /^([0-9A-Z]{4}-){6}[0-9A-Z]{2}$/);
    await until(
      () => greece.closingReason?.code === 'unauthorized',
      5000,
      'old Greek card refused',
    );
    await capture(page, 'chair-seats');
    // Printed, the page is the seat cards alone.
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'chair-seat-cards-print');
    expect(await page.getByRole('navigation', { name: 'Panels' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    // Revoking takes two clicks.
    const revoke = page
      .locator('[data-testid="seats"] tr[data-code="FRA"]')
      .getByRole('button', { name: 'Revoke' });
    await revoke.click();
    await page
      .locator('[data-testid="seats"] tr[data-code="FRA"]')
      .getByRole('button', { name: 'Revoke? Click again' })
      .click();
    await see(page.locator('[data-testid="seats"] tr[data-code="FRA"]'), /Revoked/);
    await until(() => france.closingReason?.code === 'unauthorized', 5000, 'French phone dropped');

    // Rules profile and the keyboard help.
    await press(page, '8');
    await see(page.getByTestId('rules'), /Affirmative votes to adopt a decision\s+9 votes/);
    await capture(page, 'chair-rules');
    // On a tablet the panels become a bar under the header; nothing spills sideways.
    await page.setViewportSize({ width: 1024, height: 768 });
    await press(page, '2');
    await capture(page, 'chair-tablet-speakers');
    await page.setViewportSize(LAPTOP);
    await press(page, '?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await capture(page, 'chair-help');
    await press(page, 'Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Signing out forgets the key on this device.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Chair key').waitFor();
    await page.reload();
    await page.getByLabel('Chair key').waitFor();
  }, 180_000);

  it('says when the chair key is wrong or was changed', async () => {
    const live = await server();
    const { page } = await laptop();
    await page.goto(`${live.url}/chair/${live.committeeId}#key=NOT-A-KEY`);
    await page.getByText('This chair key is wrong or was changed').waitFor();
    // A well-formed key that is not this committee's.
    await page.getByLabel('Chair key').fill('0123456789ABCDEFGHJKMNPQRS');
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page.getByText('This chair key is wrong or was changed').waitFor();
    await page.getByLabel('Chair key').fill(live.chairKey);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await seeAttr(page.getByTestId('connection'), 'data-status', 'live', 15_000);
    // The key is changed while the console is open: the chair is told, and asked for the new one.
    await live.app.inject({
      method: 'POST',
      url: `/api/admin/committees/${live.committeeId}/keys/reissue`,
      headers: { authorization: `Bearer ${TEST_ADMIN_KEY}` },
      payload: { chair: true },
    });
    await page.getByText('This chair key is wrong or was changed').waitFor();
    await page.getByLabel('Chair key').waitFor();
  }, 60_000);

  it('rides out a server restart mid-caucus: reconnecting, then the same state and timers, no reload', async () => {
    let live = await server(true);
    const chair = chairClient(live);
    await openSitting(chair);
    await carry(chair, 'FRA', 'GBR', {
      kind: 'moderatedCaucus',
      totalSeconds: 600,
      speakingSeconds: 60,
      topic: 'Precursor chemicals',
    });
    chair.close();
    const page = await openConsole(live);
    await see(heading(page), 'Caucus');
    await page.locator('[data-testid="raise-placard"] button[data-code="GRC"]').click();
    await expect.poll(() => codesIn(page.locator('[data-testid="placards"] li'))).toEqual(['GRC']);
    const caucusClock = page.getByTestId('moderated-caucus').getByTestId('timer-value');
    await see(caucusClock, /^9:5\d$/);
    await page.evaluate('window.placardMarker = "same page"');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    await live.stop();
    await seeAttr(page.getByTestId('connection'), 'data-status', 'reconnecting');
    await see(page.getByTestId('connection'), 'Reconnecting…');
    await capture(page, 'chair-reconnecting');
    // Work goes on while the server is away: this is sent when the connection is back.
    await page.locator('[data-testid="raise-placard"] button[data-code="LVA"]').click();

    live = await live.restart();
    cleanups.push(() => live.dispose());
    await seeAttr(page.getByTestId('connection'), 'data-status', 'live', 15_000);
    await see(page.getByTestId('floor'), 'Moderated caucus');
    await expect
      .poll(() => codesIn(page.locator('[data-testid="placards"] li')), { timeout: 5000 })
      .toEqual(['GRC', 'LVA']);
    await see(caucusClock, /^9:[0-5]\d$/);
    expect(await page.evaluate('window.placardMarker')).toBe('same page');
    expect(navigations).toEqual([]);
  }, 90_000);
});
