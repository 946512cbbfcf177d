/**
 * Drafts on delegates' phones (issue 8): France pastes a working paper (the
 * reader's message first, for text that does not read), writes it on clause by
 * clause, and submits it; China and Panama sign it from their phones; the chair
 * approves it over the protocol; the United Kingdom proposes to replace a
 * clause and Panama to strike one; France sees the amendment waiting on its
 * Drafts tab, accepts it, and every phone shows the text marked: the old
 * words struck, the new ones inserted, Panama's strike proposed (until Panama
 * withdraws it). France also edits its paper and adds and removes a
 * co-sponsor. Mexico,
 * invited, reads the drafts without the controls. Screens are photographed
 * (artifacts/seat-drafts-*.png) and checked by axe and for touch targets.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitteeState, Command } from '@placard/shared';
import type { CommitteeClient } from '@placard/shared/client';
import { connect, until, type LiveServer } from '../integration/helpers/liveServer.ts';
import { launchBrowser, phoneContext, screenshot } from './helpers/browser.ts';
import { clauseMarks, openDraft, openDrafts } from './helpers/drafts.ts';
import { capturePhone as capture } from './helpers/screens.ts';
import { startWebServer } from './helpers/webServer.ts';

const PHONES = ['FRA', 'CHN', 'PAN', 'GBR'] as const;
type Phone = (typeof PHONES)[number];
const WAIT = 10_000;
const poll = { timeout: WAIT };

const BAD_TEXT = `(a) to share financial intelligence;
1. Calls upon all States to act.`;

const PASTED = `The Security Council,

Recalling its resolutions on transnational organized crime,
Deeply concerned by the violence of drug cartels
in Mexico and South America,

1. Calls upon all States:
(a) to share financial intelligence;
(b) to control precursor chemicals;
2. Requests the Secretary-General to report within 90 days;
3. Decides to remain seized of the matter.`;

let server: LiveServer;
let browser: Browser;
let chair: CommitteeClient;
let bahrain: CommitteeClient;
const contexts: BrowserContext[] = [];
const pages: Partial<Record<Phone, Page>> = {};

function phone(code: Phone): Page {
  const page = pages[code];
  if (!page) throw new Error(`no page for ${code}`);
  return page;
}

function chairState(): CommitteeState {
  if (!chair.state) throw new Error('the chair has no state');
  return chair.state;
}

/** Send a command that must be accepted, and wait until the chair's state includes it. */
async function act(client: CommitteeClient, command: Command): Promise<void> {
  const ack = await client.send(command);
  if (!ack.ok) throw new Error(`${command.type} refused: ${ack.error.message}`);
  await chair.waitForSeq(ack.seq);
}

const chairSees = (check: (state: CommitteeState) => boolean, what: string): Promise<void> =>
  until(() => chair.state !== null && check(chair.state), WAIT, what);

/** Wait for something on a phone's screen; when it never shows, photograph the screen for the report. */
async function see(target: Locator): Promise<void> {
  try {
    await target.waitFor({ timeout: WAIT });
  } catch (error) {
    await screenshot(target.page(), 'seat-drafts-failure');
    throw error;
  }
}

/** Wait until a locator's text contains `words`. */
async function reads(target: Locator, words: string): Promise<void> {
  await see(target);
  try {
    await expect.poll(() => target.textContent(), poll).toContain(words);
  } catch (error) {
    await screenshot(target.page(), 'seat-drafts-failure');
    throw error;
  }
}

async function openSeat(code: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = viewport
    ? await browser.newContext({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    : await phoneContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  const token = server.seatTokens[code];
  if (!token) throw new Error(`no token for ${code}`);
  await page.goto(`${server.url}/seat/${server.committeeId}#token=${token}`);
  return page;
}

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
  chair = connect(server, { chairKey: server.chairKey });
  bahrain = connect(server, { seatToken: server.seatTokens['BHR'] ?? '' });
  await until(
    () => chair.state !== null && bahrain.state !== null,
    WAIT,
    'protocol clients connected',
  );
  await act(chair, { type: 'session.open', payload: {} });
  for (const code of PHONES) pages[code] = await openSeat(code);
  for (const code of PHONES) {
    const name = chairState().members.find((member) => member.code === code)?.shortName ?? code;
    await see(phone(code).getByRole('heading', { name, level: 1 }));
  }
});

afterAll(async () => {
  chair?.close();
  bahrain?.close();
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.dispose();
});

describe('drafts on the phones', () => {
  it('submits a working paper: the reader says why a pasted text does not read, the clause editor carries the words over', async () => {
    const fra = phone('FRA');
    await openDrafts(fra);
    await see(fra.getByText('No working paper yet.'));
    await fra.getByTestId('draft-new').tap();
    await see(fra.getByTestId('draft-format-hint'));
    await fra.getByTestId('draft-title-input').fill('Drug cartels and precursor chemicals');

    // A sub-clause before any clause: the rules' reader says so, on the line it read.
    await fra.getByTestId('draft-paste').fill(BAD_TEXT);
    await reads(
      fra.getByTestId('draft-words-error'),
      'line 1: a sub-clause must follow a numbered operative clause',
    );
    await fra.getByTestId('draft-submit').tap();
    expect(chairState().drafts).toEqual([]);

    await fra.getByTestId('draft-paste').fill(PASTED);
    await expect.poll(() => fra.getByTestId('draft-words-error').count(), poll).toBe(0);
    await capture(fra, 'seat-drafts-paste');

    // Clause by clause: the pasted words are there, row by row; a paragraph is added and moved first.
    await fra.getByTestId('draft-mode-clauses').tap();
    await see(fra.getByTestId('draft-clause-3'));
    expect(await fra.getByTestId('draft-clause-1').inputValue()).toBe('Calls upon all States:');
    expect(await fra.getByTestId('draft-subclause-1-2').inputValue()).toBe(
      'to control precursor chemicals;',
    );
    expect(await fra.getByTestId('draft-preamble-2').inputValue()).toBe(
      'Deeply concerned by the violence of drug cartels in Mexico and South America,',
    );
    await fra.getByTestId('draft-add-preamble').tap();
    await fra.getByTestId('draft-preamble-3').fill('Guided by the Charter of the United Nations,');
    await fra.getByTestId('draft-preamble-3-up').tap();
    await fra.getByTestId('draft-preamble-2-up').tap();
    expect(await fra.getByTestId('draft-preamble-1').inputValue()).toBe(
      'Guided by the Charter of the United Nations,',
    );
    await capture(fra, 'seat-drafts-clauses');

    await fra.getByTestId('draft-submit').tap();
    await see(fra.getByTestId('draft-view'));
    await reads(fra.getByTestId('draft-status'), 'Working paper');
    await chairSees((state) => state.drafts.length === 1, 'the working paper at the chair');
    const paper = chairState().drafts[0];
    expect(paper).toMatchObject({
      id: 'WP/1',
      title: 'Drug cartels and precursor chemicals',
      sponsors: ['FRA'],
      signatories: [],
      preambular: [
        'Guided by the Charter of the United Nations,',
        'Recalling its resolutions on transnational organized crime,',
        'Deeply concerned by the violence of drug cartels in Mexico and South America,',
      ],
    });
    expect(paper?.operative.map((clause) => clause.subClauses.length)).toEqual([2, 0, 0]);
    await reads(fra.getByTestId('draft-progress'), 'signatories 0 of 3');

    // The sponsor edits the title, and adds a co-sponsor it then removes again.
    await fra.getByTestId('draft-edit').tap();
    await fra
      .getByTestId('draft-title-input')
      .fill('Drug cartels, precursor chemicals and finance');
    await fra.getByTestId('draft-edit-save').tap();
    await chairSees(
      (state) => state.drafts[0]?.title === 'Drug cartels, precursor chemicals and finance',
      'the new title at the chair',
    );
    await see(fra.getByTestId('draft-text'));
    await fra.getByTestId('draft-sponsor-select').selectOption('COL');
    await fra.getByTestId('draft-add-sponsor').tap();
    await chairSees((state) => state.drafts[0]?.sponsors.join() === 'FRA,COL', 'COL co-sponsor');
    await reads(fra.getByTestId('draft-sponsors'), 'France, Colombia');
    await fra.getByTestId('draft-remove-sponsor-COL').tap();
    await chairSees((state) => state.drafts[0]?.sponsors.join() === 'FRA', 'COL removed');
  }, 90_000);

  it('is signed from two other phones (and a third member), then approved by the chair as DR/1', async () => {
    for (const code of ['CHN', 'PAN'] as const) {
      const page = phone(code);
      await openDraft(page, 'WP/1');
      await see(page.getByTestId('draft-sign'));
      if (code === 'CHN') await capture(page, 'seat-drafts-sign');
      await page.getByTestId('draft-sign').tap();
      await see(page.getByTestId('draft-unsign'));
    }
    await chairSees(
      (state) => state.drafts[0]?.signatories.join() === 'CHN,PAN',
      'China and Panama signed at the chair',
    );
    // Sponsors do not sign: France's phone offers no signature.
    expect(await phone('FRA').getByTestId('draft-sign').count()).toBe(0);
    await reads(phone('FRA').getByTestId('draft-signatories'), 'China, Panama');

    await act(bahrain, { type: 'draft.sign', payload: { draftId: 'WP/1' } });
    await reads(phone('FRA').getByTestId('draft-progress'), 'the chair may approve it');
    await act(chair, { type: 'draft.approve', payload: { draftId: 'WP/1' } });
    await reads(phone('FRA').getByTestId('draft-status'), 'Approved draft resolution');
    // Approved: signatures are frozen, so the button to take one back is gone.
    await expect.poll(() => phone('CHN').getByTestId('draft-unsign').count(), poll).toBe(0);

    // The phone's Back button closes the draft, back to the list, and stays on the seat page;
    // the list's own button does the same, and a draft opens again at once after it.
    const chn = phone('CHN');
    const seatPage = chn.url();
    await chn.goBack();
    await see(chn.getByTestId('draft-card-WP/1'));
    expect(await chn.getByTestId('draft-view').count()).toBe(0);
    expect(chn.url()).toBe(seatPage);
    await chn.getByTestId('draft-card-WP/1').tap();
    await chn.getByTestId('draft-back').tap();
    await chn.getByTestId('draft-card-WP/1').tap();
    await chn.getByTestId('draft-view').waitFor();
    await chn.goBack();
    await see(chn.getByTestId('draft-card-WP/1'));
    expect(chn.url()).toBe(seatPage);
  }, 60_000);

  it('takes amendments from other phones; the sponsor sees one waiting, accepts it, and the text shows the marks', async () => {
    const gbr = phone('GBR');
    await openDraft(gbr, 'WP/1');
    await see(gbr.getByTestId('amendment-form'));
    await gbr.getByTestId('amendment-action-replace').check();
    await gbr.getByTestId('amendment-clause').selectOption('2');
    // Replacing starts from the clause's present words.
    expect(await gbr.getByTestId('amendment-text').inputValue()).toBe(
      'Requests the Secretary-General to report within 90 days;',
    );
    await gbr
      .getByTestId('amendment-text')
      .fill('Requests the Secretary-General to report within 60 days, and every six months after;');
    await capture(gbr, 'seat-drafts-amend');
    await gbr.getByTestId('amendment-propose').tap();
    await chairSees(
      (state) => state.amendments.some((a) => a.id === 'A/1' && a.proposer === 'GBR'),
      "the United Kingdom's amendment at the chair",
    );
    await reads(gbr.getByTestId('amendment-status-A/1'), 'Awaiting the sponsors: France');

    const pan = phone('PAN');
    await openDraft(pan, 'WP/1');
    await pan.getByTestId('amendment-action-strike').check();
    await pan.getByTestId('amendment-clause').selectOption('3');
    await pan.getByTestId('amendment-propose').tap();
    await chairSees((state) => state.amendments.length === 2, "Panama's amendment at the chair");

    // France, the sponsor: the Drafts tab counts what waits for its answer.
    const fra = phone('FRA');
    await fra.getByTestId('now-tab').tap();
    await reads(fra.getByTestId('drafts-tab-badge'), '2');
    await openDrafts(fra);
    await fra.getByTestId('draft-back').tap();
    await reads(fra.getByTestId('draft-card-WP/1-waiting'), 'A/1, A/2');
    await capture(fra, 'seat-drafts-list');
    await fra.getByTestId('draft-card-WP/1').tap();
    await fra.getByTestId('draft-answer-A/1').tap();
    await see(fra.getByTestId('amendment-accept-A/1'));
    await fra.getByTestId('amendment-accept-A/1').tap();
    await chairSees(
      (state) => state.amendments.find((a) => a.id === 'A/1')?.status.kind === 'incorporated',
      'A/1 incorporated at the chair',
    );
    await reads(fra.getByTestId('amendment-status-A/1'), 'Friendly: incorporated in the text');
    await reads(fra.getByTestId('drafts-tab-badge'), '1');

    // The text: clause 2's old words struck and its new ones inserted (A/1), clause 3 proposed struck (A/2).
    const expected = ['1 none', '- struck A/1', '2 inserted A/1', '3 struck proposed A/2'];
    await expect.poll(() => clauseMarks(fra, 'draft-text'), poll).toEqual(expected);
    const text = fra.getByTestId('draft-text');
    expect(await text.locator('del').first().textContent()).toContain('within 90 days');
    expect(await text.locator('ins').first().textContent()).toContain('within 60 days');
    await text.locator('ins').first().scrollIntoViewIfNeeded();
    await capture(fra, 'seat-drafts-text');

    // Another phone shows the same marks.
    await expect.poll(() => clauseMarks(gbr, 'draft-text'), poll).toEqual(expected);

    // Panama withdraws its proposal: the proposed mark and France's badge go.
    await pan.getByTestId('amendment-withdraw-A/2').tap();
    await reads(pan.getByTestId('amendment-status-A/2'), 'Withdrawn');
    await expect
      .poll(() => clauseMarks(fra, 'draft-text'), poll)
      .toEqual(['1 none', '- struck A/1', '2 inserted A/1', '3 none']);
    await expect.poll(() => fra.getByTestId('drafts-tab-badge').count(), poll).toBe(0);
  }, 90_000);

  it('shows an invited delegation the drafts without submit, sign or amend controls, and why', async () => {
    const mex = await openSeat('MEX');
    await see(mex.getByRole('heading', { name: 'Mexico', level: 1 }));
    await openDrafts(mex);
    await see(mex.getByTestId('drafts-invited-note'));
    expect(await mex.getByTestId('draft-new').count()).toBe(0);
    await mex.getByTestId('draft-card-WP/1').tap();
    await see(mex.getByTestId('draft-text'));
    expect(await mex.getByTestId('amendment-form').count()).toBe(0);
    expect(await mex.getByTestId('draft-sign').count()).toBe(0);
    expect(await mex.getByTestId('amendment-accept-A/2').count()).toBe(0);
    await capture(mex, 'seat-drafts-invited');
  }, 60_000);

  it('keeps five tabs usable on the smallest phone (360×640)', async () => {
    const dnk = await openSeat('DNK', { width: 360, height: 640 });
    await see(dnk.getByRole('heading', { name: 'Denmark', level: 1 }));
    const tabs = dnk.getByRole('navigation', { name: 'Screens' }).getByRole('button');
    expect(await tabs.count()).toBe(5);
    for (const tab of await tabs.all()) {
      const box = await tab.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360.5);
    }
    await openDraft(dnk, 'WP/1');
    await capture(dnk, 'seat-drafts-360');
  }, 60_000);
});
