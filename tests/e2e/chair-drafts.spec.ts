/**
 * Draft resolutions in Chromium: the committee is set up over the protocol
 * (the chair acting for delegations), then the chair console's Drafts panel
 * approves a working paper once the rules allow it, files one from pasted
 * text, shows the marked text and the amendments, and opens the questions in
 * the engine's order; meanwhile the public board on a 1920×1080 projector
 * shows the draft on the floor, the question being voted with its marks, and
 * the resolution adopted with its number. Screenshots: chair-drafts-*.png and
 * board-draft-*.png under artifacts/; each view is checked with axe.
 */
import type { AmendmentChangeInput, Command, MotionSpec } from '@placard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CommitteeClient } from '@placard/shared/client';
import { launchBrowser, screenshot } from './helpers/browser.ts';
import { clauseMarks } from './helpers/drafts.ts';
import { expectAccessible, see, seeAttr } from './helpers/screens.ts';
import { startWebServer } from './helpers/webServer.ts';
import { connect, until, type LiveServer } from '../integration/helpers/liveServer.ts';

const MEMBERS = [
  'BHR', 'CHN', 'COL', 'COD', 'DNK', 'FRA', 'GRC', 'LVA',
  'LBR', 'PAK', 'PAN', 'RUS', 'SOM', 'GBR', 'USA',
] as const; // prettier-ignore

const WORDS = {
  preambular: ['Alarmed by the violence of drug cartels in the region,'],
  operative: [
    {
      text: 'Calls upon all States:',
      subClauses: ['to share intelligence on precursor chemicals;', 'to seize illicit assets;'],
    },
    { text: 'Requests a report from the Secretary-General within 90 days;' },
    { text: 'Encourages regional cooperation on maritime interdiction;' },
    { text: 'Decides to remain seized of the matter.' },
  ],
};

const PASTED = `The Security Council,
Recalling its resolutions on transnational organized crime,
1. Condemns the trafficking of small arms to criminal groups;
2. Urges States:
(a) to mark and trace firearms;
(b) to secure their stockpiles;
3. Decides to remain seized of the matter.`;

let browser: Browser;
let server: LiveServer;
let chair: CommitteeClient;
let consolePage: Page;
let board: Page;

beforeAll(async () => {
  // The test drives the committee faster than any chair: the socket rate limit is lifted.
  server = await startWebServer({
    live: {
      draw: () => 0,
      rateLimit: { burst: 10_000, perSecond: 10_000, disconnectAfter: 10_000 },
    },
  });
  browser = await launchBrowser();
  chair = connect(server, { chairKey: server.chairKey });
  await until(() => chair.state !== null, 10_000, 'chair state');
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  consolePage = await laptop.newPage();
  consolePage.setDefaultTimeout(5000);
  consolePage.on('pageerror', (error) => console.error('console page error:', error.message));
  const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  board = await projector.newPage();
  board.setDefaultTimeout(5000);
  board.on('pageerror', (error) => console.error('board page error:', error.message));
});

afterAll(async () => {
  chair?.close();
  await browser?.close();
  await server?.dispose();
});

// ---------------------------------------------------------------- helpers

async function send(command: Command): Promise<void> {
  const ack = await chair.send(command);
  if (!ack.ok) throw new Error(`${command.type}: ${ack.error.code}: ${ack.error.message}`);
  await chair.waitForSeq(ack.seq);
}

function pendingMotion(): string {
  const motion = chair.state?.motions.findLast((candidate) => candidate.status.kind === 'pending');
  if (!motion) throw new Error('no pending motion');
  return motion.id;
}

function openVoteId(): string {
  const vote = chair.state?.votes.find((candidate) => candidate.status === 'open');
  if (!vote) throw new Error('no vote is open');
  return vote.id;
}

/** A motion the chair grants (introductions), moved and seconded by delegations. */
async function grant(mover: string, seconder: string, motion: MotionSpec): Promise<void> {
  await send({ type: 'motion.move', payload: { delegation: mover, motion } });
  const motionId = pendingMotion();
  await send({ type: 'motion.second', payload: { delegation: seconder, motionId } });
  await send({ type: 'motion.rule', payload: { motionId, ruling: 'granted' } });
}

/** Every member's vote entered by the chair, then the vote closed. */
async function everyoneVotes(choice: (code: string) => 'yes' | 'no' = () => 'yes'): Promise<void> {
  const voteId = openVoteId();
  for (const code of MEMBERS) {
    await send({ type: 'vote.cast', payload: { voteId, delegation: code, choice: choice(code) } });
  }
  await send({ type: 'vote.close', payload: { voteId } });
}

/** Screenshot a view, check nothing sticks out of its box sideways, and check it with axe. */
async function capture(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await page.waitForTimeout(200);
  await screenshot(page, name);
  const overflowing =
    await page.evaluate(`[...document.querySelectorAll('main, aside, nav, section')]
    .flatMap((box) => {
      const edge = box.getBoundingClientRect().right;
      return [...box.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > edge + 1)
        .map((element) => element.tagName + '.' + String(element.className).split(' ')[0]);
    })`);
  expect(overflowing, `${name}: elements wider than their box`).toEqual([]);
  await expectAccessible(page, name);
}

const panel = () => consolePage.getByTestId('panel-drafts');
const row = (id: string) => consolePage.getByTestId(`draft-row-${id}`);

async function showDrafts(): Promise<void> {
  await consolePage.bringToFront();
  await consolePage.keyboard.press('9');
  await panel().waitFor();
}

// ------------------------------------------------------------------- tests

describe('draft resolutions on the chair console and the board', () => {
  it('approves a working paper once it has its signatories, and files one pasted', async () => {
    await send({ type: 'session.open', payload: {} });
    await send({ type: 'attendance.startRollCall', payload: {} });
    for (const code of MEMBERS) {
      await send({ type: 'attendance.record', payload: { delegation: code, status: 'present' } });
    }
    await send({ type: 'attendance.closeRollCall', payload: {} });
    await send({ type: 'gsl.open', payload: {} });
    await send({
      type: 'draft.submit',
      payload: { delegation: 'COL', title: 'Drug cartels', content: WORDS },
    });
    for (const code of ['FRA', 'GBR']) {
      await send({ type: 'draft.sign', payload: { delegation: code, draftId: 'WP/1' } });
    }

    await consolePage.goto(`${server.url}/chair/${server.committeeId}#key=${server.chairKey}`);
    await seeAttr(consolePage.getByTestId('connection'), 'data-status', 'live');
    await showDrafts();
    await see(consolePage.locator('#panel-heading'), 'Draft resolutions');
    // Two signatories of three: approval waits, and says why in the rules' words.
    const approve = consolePage.getByTestId('draft-approve-WP/1');
    expect(await approve.isDisabled()).toBe(true);
    await see(row('WP/1'), /2 of 3 needed/);
    await see(row('WP/1').getByTestId('draft-approve-reason'), /3 signatories/);
    await capture(consolePage, 'chair-drafts-01-working-paper');

    // The third signature: the button comes alive and the panel's badge counts it.
    await send({ type: 'draft.sign', payload: { delegation: 'USA', draftId: 'WP/1' } });
    await seeAttr(approve, 'disabled', null);
    await see(consolePage.getByRole('navigation', { name: 'Panels' }), /Draft resolutions\s*1/);
    await approve.click();
    await seeAttr(row('WP/1'), 'data-status', 'draft');
    await see(row('WP/1'), /DR\/1/);
    expect(chair.state?.drafts[0]?.symbol).toBe('DR/1');

    // A working paper filed for France from pasted text.
    const form = consolePage.getByTestId('draft-submit-form');
    await form.getByLabel('Submitted by').selectOption('FRA');
    await form.getByLabel('Title').fill('Small arms');
    await form.getByLabel('Text (paste it)').fill(PASTED);
    await form.getByTestId('draft-submit').click();
    await seeAttr(row('WP/2'), 'data-status', 'workingPaper');
    const filed = chair.state?.drafts[1];
    expect(filed?.sponsors).toEqual(['FRA']);
    expect(filed?.preambular).toEqual([
      'Recalling its resolutions on transnational organized crime,',
    ]);
    expect(filed?.operative.map((clause) => clause.subClauses.length)).toEqual([0, 2, 0]);
    await seeAttr(consolePage.getByTestId('draft-detail'), 'data-draft-id', 'WP/2');
  });

  it('shows the text with amendments marked, on the console and on the board', async () => {
    await grant('COL', 'FRA', {
      kind: 'introduceDraft',
      draft: { id: 'DR/1', title: 'Drug cartels' },
    });
    // A/1 from a sponsor: friendly at once. A/2 and A/3 unfriendly, introduced by motion.
    const amendments: [string, AmendmentChangeInput][] = [
      ['COL', { action: 'strike', clause: 3 }],
      ['RUS', { action: 'replace', clause: 2, text: 'Requests a report within 60 days;' }],
      ['CHN', { action: 'add', clause: 3, text: 'Invites States to train customs officers;' }],
    ];
    for (const [delegation, change] of amendments) {
      await send({ type: 'amendment.propose', payload: { delegation, draftId: 'DR/1', change } });
    }
    await grant('RUS', 'CHN', {
      kind: 'introduceAmendment',
      amendment: { id: 'A/2', title: 'Replace clause 2' },
      draftId: 'DR/1',
    });
    await grant('CHN', 'RUS', {
      kind: 'introduceAmendment',
      amendment: { id: 'A/3', title: 'Add a clause 3' },
      draftId: 'DR/1',
    });

    await consolePage.getByTestId('draft-select-WP/1').click();
    const text = consolePage.getByTestId('chair-draft-text');
    // 1 unchanged; 2 standing, proposed to be replaced, then its proposed words; the old 3
    // struck as friendly, the proposed new clause in its place; then 3 (was 4) unchanged.
    await expect
      .poll(() => clauseMarks(text, 'chair-draft-text'))
      .toEqual([
        '1 none',
        '2 struck proposed A/2',
        '- inserted proposed A/2',
        '- struck A/1',
        '- inserted proposed A/3',
        '3 none',
      ]);
    await see(consolePage.getByTestId('amendment-row-A/1'), /Friendly: in the text/);
    await see(consolePage.getByTestId('amendment-row-A/2'), /replaces operative clause 2.*Russia/s);
    await text.scrollIntoViewIfNeeded();
    await capture(consolePage, 'chair-drafts-02-marked-text');

    await board.goto(`${server.url}/board/${server.committeeId}`);
    const onBoard = board.getByTestId('board-draft');
    await seeAttr(onBoard, 'data-moment', 'onFloor');
    await see(onBoard, /Draft resolution DR\/1/);
    expect(await clauseMarks(board, 'board-draft-text')).toEqual([
      '1 none',
      '2 struck proposed A/2',
      '- inserted proposed A/2',
      '- struck A/1',
      '- inserted proposed A/3',
      '3 none',
    ]);
    await capture(board, 'board-draft-1-on-floor');
  });

  it('opens the questions in the voting order; the board shows which one and its marks', async () => {
    await send({
      type: 'motion.move',
      payload: { delegation: 'COL', motion: { kind: 'closeDebate' } },
    });
    await send({
      type: 'motion.second',
      payload: { delegation: 'DNK', motionId: pendingMotion() },
    });
    await send({ type: 'motion.putToVote', payload: {} });
    await everyoneVotes();
    expect(chair.state?.floor.kind).toBe('votingProcedure');

    // Between votes the board's main panel is the text about to be voted.
    const onBoard = board.getByTestId('board-draft');
    await seeAttr(onBoard, 'data-moment', 'next');
    await see(
      board.getByTestId('board-draft-question'),
      /Amendment A\/2 to DR\/1: replaces operative clause 2/,
    );
    await capture(board, 'board-draft-2-next-question');

    await showDrafts();
    const order = consolePage.getByTestId('voting-order-item');
    await expect
      .poll(() =>
        order.evaluateAll((items) => items.map((item) => item.getAttribute('data-subject'))),
      )
      .toEqual(['A/2', 'A/3', 'DR/1']);
    await capture(consolePage, 'chair-drafts-03-voting-order');
    await consolePage.getByTestId('open-next-question').click();
    // The vote runs on the Voting panel.
    await see(consolePage.locator('#panel-heading'), 'Voting');
    expect(chair.state?.votes.at(-1)?.question).toEqual({
      kind: 'amendment',
      draftId: 'WP/1',
      amendmentId: 'A/2',
    });

    // The board: the vote's tiles, and beside them only the clause the amendment touches.
    await seeAttr(onBoard, 'data-moment', 'voting');
    await seeAttr(onBoard, 'data-question', 'amendment');
    await see(board.getByTestId('board-draft-question'), /Amendment A\/2 to DR\/1/);
    expect(await clauseMarks(board, 'board-draft-text')).toEqual([
      '2 struck proposed A/2',
      '- inserted proposed A/2',
    ]);
    await see(board.getByTestId('board-draft-text'), /Requests a report within 60 days/);
    await capture(board, 'board-draft-3-amendment-vote');
    await everyoneVotes();

    // A/3 fails; then the draft as amended.
    await showDrafts();
    await see(consolePage.getByTestId('open-next-question'), /Put A\/3 to the vote/);
    await consolePage.getByTestId('open-next-question').click();
    await see(consolePage.locator('#panel-heading'), 'Voting');
    await everyoneVotes((code) =>
      ['USA', 'GBR', 'FRA', 'DNK', 'GRC', 'LVA', 'PAN'].includes(code) ? 'no' : 'yes',
    );

    await showDrafts();
    await see(consolePage.getByTestId('open-next-question'), /Put DR\/1 to the vote/);
    await consolePage.getByTestId('open-next-question').click();
    await seeAttr(onBoard, 'data-question', 'draft');
    await see(board.getByTestId('board-draft-question'), /Draft resolution DR\/1 as a whole/);
    // The text as amended, each change naming its amendment: clause 2 replaced by A/2
    // (adopted by vote), clause 3 struck by A/1 (friendly).
    expect(await clauseMarks(board, 'board-draft-text')).toEqual([
      '1 none',
      '- struck A/2',
      '2 inserted A/2',
      '- struck A/1',
      '3 none',
    ]);
    await capture(board, 'board-draft-4-draft-vote');
    await everyoneVotes((code) => (code === 'PAK' ? 'no' : 'yes'));
    expect(chair.state?.drafts[0]?.status).toMatchObject({ kind: 'adopted', resolutionNumber: 1 });
  });

  it('lists the adopted resolution with its number, and links to its exports', async () => {
    const resolution = board.getByTestId('board-resolution');
    await seeAttr(resolution, 'data-number', '1');
    await see(resolution, /Resolution 1 \(\d{4}\)/);
    await capture(board, 'board-draft-5-adopted');

    await showDrafts();
    await consolePage.getByTestId('draft-select-WP/1').click();
    await see(row('WP/1').getByTestId('draft-status'), 'Resolution 1');
    const html = consolePage.getByTestId('draft-export-html');
    const markdown = consolePage.getByTestId('draft-export-md');
    expect(await html.getAttribute('href')).toBe('/api/committees/unsc/resolutions/1.html');
    expect(await markdown.getAttribute('href')).toBe('/api/committees/unsc/resolutions/1.md');
    const page = await consolePage.request.get(
      `${server.url}/api/committees/unsc/resolutions/1.html`,
    );
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('Resolution 1');
    await consolePage.getByTestId('draft-detail').scrollIntoViewIfNeeded();
    await capture(consolePage, 'chair-drafts-04-adopted');
  });
});
