/**
 * A draft resolution from a phone to a numbered resolution, through the real
 * screens (issue 8, acceptance 2 and 3): France pastes a working paper on its
 * phone; China, Panama and the United Kingdom sign it on theirs; the chair
 * approves it in the console's Drafts panel. China proposes to replace clause
 * 1 and France declines, so it is unfriendly: France moves to introduce the
 * draft and China the amendment from their phones, others second, and the
 * chair grants both in the Motions panel. The United Kingdom proposes a new
 * clause, France accepts it (friendly, in the text at once). Debate is closed;
 * the chair opens the questions from the voting order: China's amendment is
 * voted and adopted, then the draft as amended, adopted as resolution 1 (the
 * four phones vote on their screens, the other members as protocol clients).
 * The board shows the text with the amendments marked at each step, and the
 * resolution's exports read as adopted. Screens are photographed at each step
 * as artifacts/drafts-<nn>-<step>-<screen>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CommitteeState, Command } from '@placard/shared';
import type { CommitteeClient } from '@placard/shared/client';
import { connect, until, type LiveServer } from '../integration/helpers/liveServer.ts';
import { launchBrowser, phoneContext, screenshot } from './helpers/browser.ts';
import { clauseMarks, openDraft } from './helpers/drafts.ts';
import { see, seeAttr } from './helpers/screens.ts';
import { startWebServer } from './helpers/webServer.ts';

/** Waits on the screens: generous, as the machine may be loaded. */
const WAIT = 10_000;
const poll = { timeout: WAIT, interval: 100 };

const PHONES = ['FRA', 'CHN', 'PAN', 'GBR'] as const;
type Phone = (typeof PHONES)[number];
const MEMBERS = [
  'BHR', 'CHN', 'COL', 'COD', 'DNK', 'FRA', 'GRC', 'LVA',
  'LBR', 'PAK', 'PAN', 'RUS', 'SOM', 'GBR', 'USA',
] as const; // prettier-ignore

const TITLE = 'Drug cartels and precursor chemicals';
const PAPER = `The Security Council,

Alarmed by the violence of drug cartels in Mexico and South America,

1. Calls upon all States to share financial intelligence on cartel networks;
2. Urges States to control the trade in precursor chemicals:
(a) by licensing their import and export;
(b) by reporting suspicious shipments;
3. Requests the Secretary-General to report within 90 days;
4. Decides to remain seized of the matter.`;
/** China's unfriendly amendment A/1: clause 1 in these words. */
const CHINA_WORDS =
  'Calls upon all States to share financial intelligence on cartel networks, with full respect for their sovereignty;';
/** The United Kingdom's friendly amendment A/2: a new clause 4. */
const UK_WORDS = 'Encourages regional cooperation on maritime interdiction;';

let server: LiveServer;
let browser: Browser;
let chair: CommitteeClient;
/** The members without a phone in this test, as protocol clients on their own seat tokens. */
const seats = new Map<string, CommitteeClient>();
let chairConsole: Page;
let board: Page;
const phones: Partial<Record<Phone, Page>> = {};

function phone(code: Phone): Page {
  const page = phones[code];
  if (!page) throw new Error(`no phone for ${code}`);
  return page;
}

function chairState(): CommitteeState {
  if (!chair.state) throw new Error('the chair has no state');
  return chair.state;
}

/** A command that must be accepted; resolves once the chair's state includes it. */
async function act(client: CommitteeClient, command: Command): Promise<void> {
  const ack = await client.send(command);
  if (!ack.ok) throw new Error(`${command.type} refused: ${ack.error.message}`);
  await chair.waitForSeq(ack.seq);
}

function seat(code: string): CommitteeClient {
  const client = seats.get(code);
  if (!client) throw new Error(`no protocol client for ${code}`);
  return client;
}

const chairSees = (check: (state: CommitteeState) => boolean, what: string): Promise<void> =>
  until(() => chair.state !== null && check(chair.state), WAIT, what);

/** Photograph screens of one step: artifacts/drafts-<nn>-<step>-<screen>.png. */
async function shoot(step: number, name: string, screens: Record<string, Page>): Promise<void> {
  for (const [screen, page] of Object.entries(screens)) {
    await page.bringToFront();
    await screenshot(page, `drafts-${String(step).padStart(2, '0')}-${name}-${screen}`);
  }
}

// ------------------------------------------------------------ the console

const heading = () => chairConsole.locator('#panel-heading');

/** Show a console panel by its number key, pressed with the focus off any field. */
async function showPanel(key: string, title: string): Promise<void> {
  await chairConsole.bringToFront();
  await heading().focus();
  await chairConsole.keyboard.press(key);
  await see(heading(), title, WAIT);
}

/** Grant the first pending motion (one the chair decides) in the Motions panel. */
async function grantFirstMotion(what: RegExp): Promise<void> {
  await showPanel('3', 'Motions');
  const motion = chairConsole.getByTestId('pending-motion').first();
  await see(motion, what, WAIT);
  await see(motion, /the chair's decision/, WAIT);
  await motion.getByRole('button', { name: 'Grant', exact: true }).click();
  await see(chairConsole.getByRole('main'), 'No motion is pending.', WAIT);
}

// -------------------------------------------------------------- the phones

const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

async function openTab(page: Page, tab: 'now' | 'motions' | 'drafts'): Promise<void> {
  const tabButton = page.getByTestId(`${tab}-tab`);
  await tabButton.tap();
  await seeAttr(tabButton, 'aria-current', 'page', WAIT);
}

/** Move a motion naming a draft from a phone's Motions tab. */
async function moveFromPhone(page: Page, fill: () => Promise<void>): Promise<void> {
  await openTab(page, 'motions');
  await fill();
  await button(page, 'Move the motion').tap();
  await see(page.getByRole('status').filter({ hasText: 'Your motion is number' }), /number 1 of 1/);
}

/** Second the (only) pending motion from a phone's Motions tab. */
async function secondFromPhone(page: Page, what: RegExp): Promise<void> {
  await openTab(page, 'motions');
  await page
    .getByRole('listitem')
    .filter({ hasText: what })
    .getByRole('button', { name: 'Second it' })
    .tap();
}

/** Vote on a phone's Now tab: pick, confirm, and see the phone say what it recorded. */
async function voteOnPhone(page: Page, answer: 'Yes' | 'No' | 'Abstain'): Promise<void> {
  await openTab(page, 'now');
  await page
    .getByRole('group', { name: 'Your vote' })
    .getByRole('button', { name: answer, exact: true })
    .tap();
  await button(page, `Confirm: ${answer}`).tap();
  await see(page.getByRole('status').filter({ hasText: 'Recorded' }), `Recorded: ${answer}`, WAIT);
}

/**
 * A substantive question opened from the console's voting order: the phones vote on their
 * screens, the other members over the protocol, and the chair closes it once all are in.
 */
async function voteQuestion(
  subject: string,
  phoneAnswers: Record<Phone, 'Yes' | 'No' | 'Abstain'>,
  seatAnswer: (code: string) => 'yes' | 'no' | 'abstain',
  tally: { yes: number; no: number },
  shots: { step: number; name: string; board: readonly string[] },
): Promise<void> {
  await showPanel('9', 'Draft resolutions');
  const open = chairConsole.getByTestId('open-next-question');
  await see(open, `Put ${subject} to the vote`, WAIT);
  await open.click();
  // The vote runs on the Voting panel, which comes up.
  await see(heading(), 'Voting', WAIT);
  const vote = chairState().votes.find((candidate) => candidate.status === 'open');
  if (!vote) throw new Error(`no vote open on ${subject}`);
  // The board: the vote's tiles, and beside them the text in question with its marks.
  await seeAttr(board.getByTestId('board-draft'), 'data-moment', 'voting', WAIT);
  await expect.poll(() => clauseMarks(board, 'board-draft-text'), poll).toEqual(shots.board);

  for (const code of PHONES) {
    await voteOnPhone(phone(code), phoneAnswers[code]);
    if (code === 'CHN') {
      await shoot(shots.step, shots.name, { board, chair: chairConsole, china: phone('CHN') });
    }
  }
  for (const [code, client] of seats) {
    if ((MEMBERS as readonly string[]).includes(code)) {
      await act(client, {
        type: 'vote.cast',
        payload: { voteId: vote.id, choice: seatAnswer(code) },
      });
    }
  }
  const counted = chairConsole.getByTestId('placard-vote');
  await chairSees(
    (state) => state.votes.find((candidate) => candidate.id === vote.id)?.records.length === 15,
    `every member's vote on ${subject}`,
  );
  await chairConsole.bringToFront();
  await see(counted.getByTestId('tally-yes'), new RegExp(`^${tally.yes}$`), WAIT);
  await see(counted.getByTestId('tally-no'), new RegExp(`^${tally.no}$`), WAIT);
  await counted.getByRole('button', { name: 'Close the vote' }).click();
  await chairSees(
    (state) => state.votes.find((candidate) => candidate.id === vote.id)?.status === 'closed',
    `the vote on ${subject} closed`,
  );
}

// ------------------------------------------------------------------- set-up

beforeAll(async () => {
  // The test enters the roll call faster than any chair: the socket rate limit is lifted.
  server = await startWebServer({
    live: { rateLimit: { burst: 10_000, perSecond: 10_000, disconnectAfter: 10_000 } },
  });
  browser = await launchBrowser();
  chair = connect(server, { chairKey: server.chairKey });
  for (const code of Object.keys(server.seatTokens)) {
    if ((PHONES as readonly string[]).includes(code)) continue;
    seats.set(code, connect(server, { seatToken: server.seatTokens[code] ?? '' }));
  }
  await until(
    () => chair.state !== null && [...seats.values()].every((client) => client.state !== null),
    20_000,
    'protocol clients connected',
  );

  // The meeting open, everyone present, the speakers' list open: the topic is under debate.
  await act(chair, { type: 'session.open', payload: {} });
  await act(chair, { type: 'attendance.startRollCall', payload: {} });
  for (const code of Object.keys(server.seatTokens)) {
    await act(chair, {
      type: 'attendance.record',
      payload: { delegation: code, status: 'present' },
    });
  }
  await act(chair, { type: 'attendance.closeRollCall', payload: {} });
  await act(chair, { type: 'gsl.open', payload: {} });

  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  chairConsole = await laptop.newPage();
  chairConsole.setDefaultTimeout(WAIT);
  chairConsole.on('pageerror', (error) => console.error('console page error:', error.message));
  await chairConsole.goto(`${server.url}/chair/${server.committeeId}#key=${server.chairKey}`);
  const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  board = await projector.newPage();
  board.setDefaultTimeout(WAIT);
  board.on('pageerror', (error) => console.error('board page error:', error.message));
  await board.goto(`${server.url}/board/${server.committeeId}`);
  for (const code of PHONES) {
    const page = await (await phoneContext(browser)).newPage();
    page.setDefaultTimeout(WAIT);
    page.on('pageerror', (error) => console.error(`${code} page error:`, error.message));
    await page.goto(`${server.url}/seat/${server.committeeId}#token=${server.seatTokens[code]}`);
    phones[code] = page;
  }
  // (Plain waits: expect.poll belongs to tests, and this runs before them.)
  await chairConsole
    .locator('[data-testid="connection"][data-status="live"]')
    .waitFor({ timeout: 20_000 });
  await board.getByTestId('board-connection').getByText('Live').waitFor({ timeout: 20_000 });
  for (const code of PHONES) {
    const name = chairState().members.find((member) => member.code === code)?.shortName ?? code;
    await phone(code).getByRole('heading', { name, level: 1 }).waitFor({ timeout: 20_000 });
  }
}, 120_000);

afterAll(async () => {
  chair?.close();
  for (const client of seats.values()) client.close();
  await browser?.close();
  await server?.dispose();
});

// -------------------------------------------------------------------- tests

describe('a draft resolution from a phone to resolution 1', () => {
  it('is submitted from a phone, signed on three others, and approved in the console', async () => {
    const fra = phone('FRA');
    await openTab(fra, 'drafts');
    await fra.getByTestId('draft-new').tap();
    await fra.getByTestId('draft-title-input').fill(TITLE);
    await fra.getByTestId('draft-mode-paste').tap();
    await seeAttr(fra.getByTestId('draft-mode-paste'), 'aria-pressed', 'true');
    await fra.getByTestId('draft-paste').fill(PAPER);
    await expect.poll(() => fra.getByTestId('draft-words-error').count(), poll).toBe(0);
    await shoot(1, 'paste', { france: fra });
    await fra.getByTestId('draft-submit').tap();
    await see(fra.getByTestId('draft-status'), 'Working paper', WAIT);
    await see(fra.getByTestId('draft-progress'), 'signatories 0 of 3', WAIT);
    await chairSees((state) => state.drafts[0]?.id === 'WP/1', 'WP/1 at the chair');
    expect(chairState().drafts[0]).toMatchObject({ title: TITLE, sponsors: ['FRA'] });
    expect(await clauseMarks(fra, 'draft-text')).toEqual(['1 none', '2 none', '3 none', '4 none']);
    await shoot(1, 'submitted', { france: fra });

    for (const code of ['CHN', 'PAN', 'GBR'] as const) {
      const page = phone(code);
      await openDraft(page, 'WP/1');
      await see(page.getByTestId('draft-view'), TITLE, WAIT);
      await page.getByTestId('draft-sign').tap();
      await page.getByTestId('draft-unsign').waitFor();
      if (code === 'CHN') await shoot(2, 'signed', { china: page });
    }
    await see(fra.getByTestId('draft-signatories'), /China, Panama, United Kingdom/, WAIT);
    await see(fra.getByTestId('draft-progress'), 'the chair may approve it', WAIT);
    await shoot(2, 'signed', { france: fra });

    await showPanel('9', 'Draft resolutions');
    const row = chairConsole.getByTestId('draft-row-WP/1');
    await see(row, /3 of 3 needed/, WAIT);
    await shoot(3, 'approval', { chair: chairConsole });
    await chairConsole.getByTestId('draft-approve-WP/1').click();
    await seeAttr(row, 'data-status', 'draft', WAIT);
    await see(row, /DR\/1/);
    await see(
      fra.getByTestId('draft-status'),
      'Approved draft resolution: open to amendments',
      WAIT,
    );
    await see(fra.getByTestId('draft-view'), /DR\/1/);
    await shoot(3, 'approved', { chair: chairConsole, france: fra });
  }, 120_000);

  it('takes an amendment the sponsor declines, then introduces the draft and the amendment by motion', async () => {
    const chn = phone('CHN');
    const fra = phone('FRA');
    // China proposes to replace clause 1 (still on DR/1's view from signing).
    await openDraft(chn, 'WP/1');
    await chn.getByTestId('amendment-action-replace').check();
    await chn.getByTestId('amendment-clause').selectOption('1');
    await expect
      .poll(() => chn.getByTestId('amendment-text').inputValue(), poll)
      .toBe('Calls upon all States to share financial intelligence on cartel networks;');
    await chn.getByTestId('amendment-text').fill(CHINA_WORDS);
    await chn.getByTestId('amendment-propose').tap();
    await see(chn.getByTestId('amendment-status-A/1'), 'Awaiting the sponsors: France', WAIT);

    // France, the only sponsor, declines it on its phone: unfriendly.
    await openDraft(fra, 'WP/1');
    await fra.getByTestId('draft-answer-A/1').tap();
    await fra.getByTestId('amendment-decline-A/1').tap();
    await chairSees(
      (state) => state.amendments[0]?.declinedBy.join() === 'FRA',
      'A/1 declined at the chair',
    );
    for (const page of [fra, chn]) {
      await see(page.getByTestId('amendment-status-A/1'), 'Unfriendly: declined by France', WAIT);
      await expect
        .poll(() => clauseMarks(page, 'draft-text'), poll)
        .toEqual([
          '1 struck proposed A/1',
          '- inserted proposed A/1',
          '2 none',
          '3 none',
          '4 none',
        ]);
    }
    await chn.getByTestId('amendment-status-A/1').scrollIntoViewIfNeeded();
    await shoot(4, 'unfriendly', { china: chn, france: fra });

    // France moves to introduce its draft; Panama seconds from its phone; the chair grants it.
    await moveFromPhone(fra, async () => {
      await fra.getByLabel('Motion', { exact: true }).selectOption('introduceDraft');
      await fra.getByLabel('Draft to introduce').selectOption('WP/1');
    });
    await secondFromPhone(phone('PAN'), /Introduce a draft resolution/);
    await fra
      .getByText(/seconded by Panama/)
      .first()
      .waitFor();
    await grantFirstMotion(/Introduce a draft resolution/);
    await chairSees((state) => state.drafts[0]?.introduced !== null, 'DR/1 introduced');
    const onBoard = board.getByTestId('board-draft');
    await seeAttr(onBoard, 'data-moment', 'onFloor', WAIT);
    await see(onBoard, /Draft resolution DR\/1/, WAIT);
    await expect
      .poll(() => clauseMarks(board, 'board-draft-text'), poll)
      .toEqual(['1 struck proposed A/1', '- inserted proposed A/1', '2 none', '3 none', '4 none']);
    await shoot(5, 'draft-introduced', { board, chair: chairConsole, france: fra });

    // China moves to introduce its amendment; the United Kingdom seconds; the chair grants it.
    await moveFromPhone(chn, async () => {
      await chn.getByLabel('Motion', { exact: true }).selectOption('introduceAmendment');
      await chn.getByLabel('Draft it amends').selectOption('WP/1');
      await chn.getByLabel('Amendment number').fill('A/1');
      await chn.getByLabel('What it changes').fill('Replace operative clause 1');
    });
    await secondFromPhone(phone('GBR'), /Introduce an unfriendly amendment/);
    await grantFirstMotion(/Introduce an unfriendly amendment/);
    await chairSees(
      (state) => state.amendments[0]?.status.kind === 'introduced',
      'A/1 introduced at the chair',
    );
    await openDraft(chn, 'WP/1');
    await see(
      chn.getByTestId('amendment-status-A/1'),
      'On the floor: voted before the draft',
      WAIT,
    );
    await shoot(6, 'amendment-introduced', { board, chair: chairConsole, china: chn });
  }, 120_000);

  it('takes a friendly amendment the sponsor accepts: in the text at once', async () => {
    const gbr = phone('GBR');
    const fra = phone('FRA');
    await openDraft(gbr, 'WP/1');
    await gbr.getByTestId('amendment-action-add').check();
    await gbr.getByTestId('amendment-clause').selectOption('4');
    await gbr.getByTestId('amendment-text').fill(UK_WORDS);
    await gbr.getByTestId('amendment-propose').tap();
    await see(gbr.getByTestId('amendment-status-A/2'), 'Awaiting the sponsors: France', WAIT);

    await openTab(fra, 'now');
    await see(fra.getByTestId('drafts-tab-badge'), '1', WAIT);
    await openDraft(fra, 'WP/1');
    await fra.getByTestId('draft-answer-A/2').tap();
    await fra.getByTestId('amendment-accept-A/2').tap();
    await chairSees(
      (state) => state.amendments[1]?.status.kind === 'incorporated',
      'A/2 incorporated at the chair',
    );
    const marked = [
      '1 struck proposed A/1',
      '- inserted proposed A/1',
      '2 none',
      '3 none',
      '4 inserted A/2',
      '5 none',
    ];
    for (const page of [fra, gbr]) {
      await see(page.getByTestId('amendment-status-A/2'), 'Friendly: incorporated in the text');
      await expect.poll(() => clauseMarks(page, 'draft-text'), poll).toEqual(marked);
    }
    await expect.poll(() => clauseMarks(board, 'board-draft-text'), poll).toEqual(marked);
    await see(board.getByTestId('board-draft-text').locator('ins').last(), UK_WORDS, WAIT);
    await fra.getByTestId('draft-text').locator('ins').last().scrollIntoViewIfNeeded();
    await shoot(7, 'friendly', { board, france: fra, uk: gbr });
  }, 90_000);

  it('closes debate; the amendment is voted and adopted, the board showing only its clauses', async () => {
    await act(seat('USA'), { type: 'motion.move', payload: { motion: { kind: 'closeDebate' } } });
    const motionId = chairState().motions.at(-1)?.id ?? '';
    await act(seat('RUS'), { type: 'motion.second', payload: { motionId } });
    await showPanel('3', 'Motions');
    await see(chairConsole.getByTestId('pending-motion').first(), /needs 10 yes/, WAIT);
    await chairConsole.keyboard.press('v');
    const counted = chairConsole.getByTestId('placard-vote');
    await counted.getByRole('button', { name: /Everyone left: yes/ }).click();
    await see(counted.getByTestId('tally-yes'), /^15$/, WAIT);
    await counted.getByRole('button', { name: 'Close the vote' }).click();
    await see(chairConsole.getByTestId('floor'), 'Voting procedure', WAIT);

    // Between votes the board shows the question put next: China's amendment.
    const onBoard = board.getByTestId('board-draft');
    await seeAttr(onBoard, 'data-moment', 'next', WAIT);
    await see(
      board.getByTestId('board-draft-question'),
      /Amendment A\/1 to DR\/1: replaces operative clause 1/,
      WAIT,
    );
    await showPanel('9', 'Draft resolutions');
    await expect
      .poll(
        () =>
          chairConsole
            .getByTestId('voting-order-item')
            .evaluateAll((items) => items.map((item) => item.getAttribute('data-subject'))),
        poll,
      )
      .toEqual(['A/1', 'DR/1']);
    await shoot(8, 'voting-order', { board, chair: chairConsole });

    // France, the sponsor, abstains; two members vote no: 12 in favour, no P5 against.
    await voteQuestion(
      'A/1',
      { FRA: 'Abstain', CHN: 'Yes', PAN: 'Yes', GBR: 'Yes' },
      (code) => (code === 'DNK' || code === 'GRC' ? 'no' : 'yes'),
      { yes: 12, no: 2 },
      // Only the clauses the amendment touches.
      {
        step: 9,
        name: 'amendment-vote',
        board: ['1 struck proposed A/1', '- inserted proposed A/1'],
      },
    );
    expect(chairState().votes.at(-1)?.question).toEqual({
      kind: 'amendment',
      draftId: 'WP/1',
      amendmentId: 'A/1',
    });
    await chairSees(
      (state) => state.amendments[0]?.status.kind === 'adopted',
      'A/1 adopted at the chair',
    );
  }, 120_000);

  it('shows the amendment adopted, then votes the draft as amended: resolution 1 everywhere', async () => {
    const amended = [
      '- struck A/1',
      '1 inserted A/1',
      '2 none',
      '3 none',
      '4 inserted A/2',
      '5 none',
    ];
    await see(chairConsole.getByTestId('vote-headline'), 'Adopted', WAIT);
    // The board: the amendment's result beside its clauses, now as adopted.
    await seeAttr(board.getByTestId('board-draft'), 'data-moment', 'voted', WAIT);
    await seeAttr(board.getByTestId('board-draft'), 'data-question', 'amendment', WAIT);
    for (const code of ['FRA', 'CHN'] as const) {
      await openDraft(phone(code), 'WP/1');
      await see(phone(code).getByTestId('amendment-status-A/1'), 'Adopted: the text is changed');
      await expect.poll(() => clauseMarks(phone(code), 'draft-text'), poll).toEqual(amended);
    }
    await see(phone('FRA').getByTestId('draft-text').locator('ins').first(), CHINA_WORDS, WAIT);
    await shoot(10, 'amendment-adopted', { board, chair: chairConsole, france: phone('FRA') });

    await voteQuestion(
      'DR/1',
      { FRA: 'Yes', CHN: 'Yes', PAN: 'Yes', GBR: 'Yes' },
      (code) => (code === 'PAK' ? 'no' : 'yes'),
      { yes: 14, no: 1 },
      // The board marks what the amendments changed, each change naming its amendment.
      { step: 11, name: 'draft-vote', board: amended },
    );
    // With the result, the board still shows the draft whole, as adopted.
    const onBoard = board.getByTestId('board-draft');
    await seeAttr(onBoard, 'data-question', 'draft', WAIT);
    await see(board.getByTestId('board-draft-question'), /Draft resolution DR\/1 as a whole/);
    await expect.poll(() => clauseMarks(board, 'board-draft-text'), poll).toEqual(amended);
    await chairSees(
      (state) => state.drafts[0]?.status.kind === 'adopted',
      'DR/1 adopted at the chair',
    );
    expect(chairState().drafts[0]?.status).toMatchObject({
      kind: 'adopted',
      resolutionNumber: 1,
      tally: { yes: 14, no: 1, abstain: 0 },
    });

    // Resolution 1 on the board, the console and every phone.
    const resolution = board.getByTestId('board-resolution');
    await seeAttr(resolution, 'data-number', '1', WAIT);
    await see(resolution, /Resolution 1 \(\d{4}\)/);
    await see(resolution, TITLE);
    await showPanel('9', 'Draft resolutions');
    await chairConsole.getByTestId('draft-select-WP/1').click();
    await see(
      chairConsole.getByTestId('draft-row-WP/1').getByTestId('draft-status'),
      'Resolution 1',
    );
    await expect.poll(() => clauseMarks(chairConsole, 'chair-draft-text'), poll).toEqual(amended);
    for (const code of PHONES) {
      await openDraft(phone(code), 'WP/1');
      await see(
        phone(code).getByTestId('draft-status'),
        'Adopted as resolution 1: 14 in favour, 1 against, 0 abstaining',
        WAIT,
      );
    }
    await chairConsole.getByTestId('draft-exports').scrollIntoViewIfNeeded();
    await shoot(12, 'adopted', {
      board,
      chair: chairConsole,
      france: phone('FRA'),
      china: phone('CHN'),
    });
  }, 150_000);

  it('exports the resolution as adopted, from the console’s links', async () => {
    const base = `${server.url}`;
    const html = await chairConsole.getByTestId('draft-export-html').getAttribute('href');
    const markdown = await chairConsole.getByTestId('draft-export-md').getAttribute('href');
    expect(html).toBe(`/api/committees/${server.committeeId}/resolutions/1.html`);
    expect(markdown).toBe(`/api/committees/${server.committeeId}/resolutions/1.md`);

    const page = await fetch(`${base}${html}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const printed = await page.text();
    expect(printed).toContain('Resolution 1');
    expect(printed).toContain(TITLE);
    // The words as adopted: China's clause 1, the United Kingdom's clause 4; the old words gone.
    expect(printed).toContain('with full respect for their sovereignty');
    expect(printed).toContain(UK_WORDS);
    expect(printed).not.toContain('cartel networks;');

    const text = await fetch(`${base}${markdown}`);
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toMatch(/^text\/markdown/);
    const words = await text.text();
    expect(words).toMatch(/^# Resolution 1 \(\d{4}\)/);
    expect(words).toContain(`1. ${CHINA_WORDS}`);
    expect(words).toContain(`4. ${UK_WORDS}`);
    expect(words).toContain('5. Decides to remain seized of the matter.');

    // The console's link opens the printable page in the browser too.
    const opened = await chairConsole.context().newPage();
    await opened.goto(`${base}${html}`);
    await see(opened.locator('body'), 'Resolution 1');
    await screenshot(opened, 'drafts-13-export-html');
    await opened.close();
  }, 60_000);
});
