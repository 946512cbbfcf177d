/**
 * The delegate app (issue 6) on phones: three delegations (France, China,
 * Panama) in 390×844 touch browsers, the chair and the other members as
 * protocol clients, through a session: roll call, speakers' list, a speech and
 * its yield, a moderated caucus moved and voted, a roll-call vote with a pass,
 * a reload, a revoked seat. Every screen is photographed and checked by axe.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calledMember, type CommitteeState, type Command, type MotionSpec } from '@placard/shared';
import type { CommitteeClient } from '@placard/shared/client';
import { connect, until, type LiveServer } from '../integration/helpers/liveServer.ts';
import { launchBrowser, phoneContext, screenshot } from './helpers/browser.ts';
import { capturePhone as capture } from './helpers/screens.ts';
import { startWebServer } from './helpers/webServer.ts';

/** What a member may answer in a vote. */
type Choice = Extract<Command, { type: 'vote.cast' }>['payload']['choice'];

const PHONES = ['FRA', 'CHN', 'PAN'] as const;
type Phone = (typeof PHONES)[number];
const WAIT = 10_000;

let server: LiveServer;
let browser: Browser;
let chair: CommitteeClient;
const bots: Record<string, CommitteeClient> = {};
const contexts: Partial<Record<Phone, BrowserContext>> = {};
const pages: Partial<Record<Phone, Page>> = {};

function phone(code: Phone): Page {
  const page = pages[code];
  if (!page) throw new Error(`no page for ${code}`);
  return page;
}

function bot(code: string): CommitteeClient {
  const client = bots[code];
  if (!client) throw new Error(`no client for ${code}`);
  return client;
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

/** Wait until the chair's state satisfies `check`. */
const chairSees = (check: (state: CommitteeState) => boolean, what: string): Promise<void> =>
  until(() => chair.state !== null && check(chair.state), WAIT, what);

/** Wait for something on a phone's screen; when it never shows, photograph the screen for the report. */
async function see(target: Locator): Promise<void> {
  try {
    await target.waitFor({ timeout: WAIT });
  } catch (error) {
    await screenshot(target.page(), 'seat-failure');
    throw error;
  }
}
const text = (page: Page, words: string): Locator => page.getByText(words).first();
const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name }).tap();
}

/** The accessible names of the vote buttons on a page. */
async function voteChoices(page: Page): Promise<string[]> {
  const group = page.getByRole('group', { name: 'Your vote' });
  await see(group);
  const names: string[] = [];
  for (const choice of await group.getByRole('button').all()) {
    names.push(((await choice.textContent()) ?? '').replace('✓', '').trim());
  }
  return names;
}

async function openSeat(code: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const token = server.seatTokens[code];
  if (!token) throw new Error(`no token for ${code}`);
  await page.goto(`${server.url}/seat/${server.committeeId}#token=${token}`);
  return { context, page };
}

/** Every bot answers the roll call until a phone (or nobody) is called. */
async function botsAnswerRollCall(answer: (code: string) => Choice): Promise<string | null> {
  for (;;) {
    const vote = chairState().votes.find((candidate) => candidate.status === 'open');
    const called = vote?.rollCall ? calledMember(vote.rollCall) : null;
    if (!vote || called === null || !(called in bots)) return called;
    await act(bot(called), {
      type: 'vote.cast',
      payload: { voteId: vote.id, choice: answer(called) },
    });
  }
}

/** A motion moved by a bot, seconded by another, put to a vote everyone (or the chair for a phone) answers yes. */
async function passMotion(motion: MotionSpec): Promise<void> {
  await act(bot('GBR'), { type: 'motion.move', payload: { motion } });
  const moved = chairState().motions.at(-1);
  if (!moved) throw new Error('no motion');
  await act(bot('RUS'), { type: 'motion.second', payload: { motionId: moved.id } });
  await act(chair, { type: 'motion.putToVote', payload: {} });
  const vote = chairState().votes.find((candidate) => candidate.status === 'open');
  if (!vote) throw new Error('no vote');
  for (const member of chairState().members) {
    const payload: { voteId: string; choice: Choice } = { voteId: vote.id, choice: 'yes' };
    if (member.code in bots) await act(bot(member.code), { type: 'vote.cast', payload: payload });
    else await act(chair, { type: 'vote.cast', payload: { ...payload, delegation: member.code } });
  }
  await act(chair, { type: 'vote.close', payload: { voteId: vote.id } });
}

beforeAll(async () => {
  // The roll call's lot always draws the first member in English order (Bahrain).
  server = await startWebServer({ live: { draw: () => 0 } });
  browser = await launchBrowser();
  chair = connect(server, { chairKey: server.chairKey });
  for (const code of Object.keys(server.seatTokens)) {
    if (!(PHONES as readonly string[]).includes(code)) {
      bots[code] = connect(server, { seatToken: server.seatTokens[code] ?? '' });
    }
  }
  await until(
    () => chair.state !== null && Object.values(bots).every((client) => client.state !== null),
    WAIT,
    'protocol clients connected',
  );
});

afterAll(async () => {
  for (const client of [chair, ...Object.values(bots)]) client?.close();
  await browser?.close();
  await server?.dispose();
});

describe('the delegate app on a phone', () => {
  it('joins by the seat link and answers the roll call, on the phone and at the chair', async () => {
    await act(chair, { type: 'session.open', payload: {} });
    for (const code of PHONES) {
      const { context, page } = await openSeat(code);
      contexts[code] = context;
      pages[code] = page;
    }
    await see(phone('FRA').getByRole('heading', { name: 'France', level: 1 }));
    await see(phone('CHN').getByRole('heading', { name: 'China', level: 1 }));
    await see(phone('PAN').getByRole('heading', { name: 'Panama', level: 1 }));
    // The token left the address bar once remembered.
    expect(phone('FRA').url()).not.toContain('#token=');

    await act(chair, { type: 'attendance.startRollCall', payload: {} });
    await see(text(phone('FRA'), 'The chair is calling the roll'));
    await capture(phone('FRA'), 'seat-now-rollcall');

    await button(phone('FRA'), 'Present and voting').tap();
    await button(phone('CHN'), 'Present').tap();
    await button(phone('PAN'), 'Present').tap();
    await see(text(phone('FRA'), 'Recorded: Present and voting.'));
    await see(text(phone('CHN'), 'Recorded: Present.'));
    await see(text(phone('PAN'), 'Recorded: Present.'));
    await chairSees(
      (state) =>
        state.attendance.delegations['FRA']?.status === 'presentAndVoting' &&
        state.attendance.delegations['CHN']?.status === 'present' &&
        state.attendance.delegations['PAN']?.status === 'present',
      'the phones recorded present at the chair',
    );
    for (const code of Object.keys(bots)) {
      await act(bot(code), { type: 'attendance.record', payload: { status: 'present' } });
    }
    await act(chair, { type: 'attendance.closeRollCall', payload: {} });
  }, 60_000);

  it('asks for the floor once, only when the list is open (saying why not), and sees its place; a reload keeps seat and state', async () => {
    const fra = phone('FRA');
    await see(text(fra, "Not now: the speakers' list is not open."));
    expect(await button(fra, 'Ask for the floor').isDisabled()).toBe(true);

    await act(chair, { type: 'gsl.open', payload: {} });
    await button(fra, 'Ask for the floor').tap();
    await see(text(fra, 'You are next: first of 1 on the list.'));
    await button(phone('CHN'), 'Ask for the floor').tap();
    await see(text(phone('CHN'), 'You are number 2 of 2 on the list.'));
    await chairSees(
      (state) => state.speakersList.entries.join() === 'FRA,CHN',
      'FRA and CHN on the list at the chair',
    );
    // Once on the list, the button to join is gone: a delegation is on it once.
    expect(await button(fra, 'Ask for the floor').count()).toBe(0);
    await see(text(fra, 'You are next'));
    await capture(fra, 'seat-now-gsl');

    await fra.reload();
    await see(fra.getByRole('heading', { name: 'France', level: 1 }));
    await see(text(fra, 'You are next: first of 2 on the list.'));
    await see(button(fra, 'Withdraw my name'));
  }, 60_000);

  it('has the floor: its countdown and the yield; the next delegate is told', async () => {
    await act(chair, { type: 'gsl.next', payload: {} });
    const fra = phone('FRA');
    await see(fra.getByRole('heading', { name: 'You have the floor' }));
    await see(fra.getByRole('timer', { name: 'Your speaking time' }));
    await see(text(phone('CHN'), 'You are next: first of 1 on the list.'));
    await capture(fra, 'seat-now-floor');

    await button(fra, 'Yield to the chair').tap();
    await chairSees(
      (state) => state.speech === null && state.speeches[0]?.yielded === 'chair',
      'FRA yielded to the chair',
    );
    await see(button(fra, 'Ask for the floor'));
  }, 60_000);

  it('moves a moderated caucus with the divisibility hint and sees its place in the voting order', async () => {
    // An unmoderated caucus (more disruptive) is pending first, unseconded.
    await act(bot('USA'), {
      type: 'motion.move',
      payload: {
        motion: { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper' },
      },
    });
    const fra = phone('FRA');
    await openTab(fra, 'Motions');
    await see(fra.getByLabel('Motion', { exact: true }));
    expect(await fra.getByLabel('Motion', { exact: true }).inputValue()).toBe('moderatedCaucus');
    await fra.getByLabel('Total time').fill('10');
    await fra.getByLabel('Speaking time').fill('45');
    await see(text(fra, 'Does not divide evenly: 13 full speeches'));
    await fra.getByLabel('Speaking time').fill('60');
    await see(text(fra, '10 speeches.'));
    // Validation by the shared schema, in words under the field.
    await button(fra, 'Move the motion').tap();
    await see(text(fra, 'Required.'));
    await fra.getByLabel('Topic').fill('Precursor chemicals');
    await capture(fra, 'seat-motions');
    await button(fra, 'Move the motion').tap();
    await see(text(fra, 'Your motion is number 2 of 2 in the voting order.'));
    await chairSees(
      (state) =>
        state.motions.some(
          (motion) =>
            motion.mover === 'FRA' &&
            motion.spec.kind === 'moderatedCaucus' &&
            motion.spec.totalSeconds === 600 &&
            motion.spec.speakingSeconds === 60,
        ),
      "FRA's motion at the chair",
    );

    // China seconds it from its phone.
    const chn = phone('CHN');
    await openTab(chn, 'Motions');
    await button(chn, 'Second it').last().tap();
    await chairSees(
      (state) => state.motions.some((motion) => motion.seconds.includes('CHN')),
      'CHN seconded',
    );
    await see(text(fra, 'seconded by China'));
  }, 60_000);

  it('keeps a vote choice being made through 20 unrelated live updates', async () => {
    await act(chair, { type: 'motion.putToVote', payload: {} });
    const fra = phone('FRA');
    await openTab(fra, 'Now');
    await see(fra.getByRole('heading', { name: 'Procedural vote · 9 votes needed' }));
    const yes = fra.getByRole('group', { name: 'Your vote' }).getByRole('button', { name: 'Yes' });
    await yes.tap();
    await see(button(fra, 'Confirm: Yes'));
    const seqBefore = chair.seq;

    // 20 updates that have nothing to do with France's vote.
    const others = ['BHR', 'COL', 'COD', 'DNK', 'GRC', 'LVA', 'LBR', 'PAK', 'SOM', 'MEX'];
    for (const code of others) await act(bot(code), { type: 'gsl.add', payload: {} });
    await see(text(fra, 'Open · 11 waiting'));
    for (const code of others) await act(bot(code), { type: 'gsl.remove', payload: {} });
    await see(text(fra, 'Open · 1 waiting'));
    expect(chair.seq - seqBefore).toBe(20);

    expect(await yes.getAttribute('aria-pressed')).toBe('true');
    expect(await button(fra, 'Confirm: Yes').isVisible()).toBe(true);
    // The delegate's finger is still on it: the button kept the focus through the updates.
    expect(await fra.evaluate<string>('document.activeElement?.textContent ?? ""')).toContain(
      'Yes',
    );
    await capture(fra, 'seat-now-vote');
  }, 60_000);

  it('shows an invited delegation no vote and no motion controls; it may still ask for the floor', async () => {
    const { context, page } = await openSeat('MEX');
    try {
      await see(page.getByRole('heading', { name: 'Mexico', level: 1 }));
      await see(text(page, 'Invited, without vote'));
      await see(page.getByRole('heading', { name: 'Procedural vote · 9 votes needed' }));
      await see(text(page, 'Your delegation participates without vote.'));
      expect(await page.getByRole('group', { name: 'Your vote' }).count()).toBe(0);
      expect(await button(page, 'Ask for the floor').isEnabled()).toBe(true);
      await capture(page, 'seat-invited-now');
      await openTab(page, 'Motions');
      await see(text(page, 'participates without vote: it does not move or second motions'));
      await see(text(page, 'Unmoderated caucus of 5 min'));
      expect(await button(page, 'Move the motion').count()).toBe(0);
      expect(await button(page, 'Second it').count()).toBe(0);
      await capture(page, 'seat-invited-motions');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('votes in a placard vote with only the choices it may give, confirmed on the phone and at the chair', async () => {
    const fra = phone('FRA');
    // Procedural vote: no abstention under the default rules.
    expect(await voteChoices(fra)).toEqual(['Yes', 'No']);
    await see(text(fra, 'No abstention: abstentions are not allowed on procedural votes.'));
    await button(fra, 'Confirm: Yes').tap();
    await see(text(fra, 'Recorded: Yes'));

    const chn = phone('CHN');
    await openTab(chn, 'Now');
    await chn.getByRole('group', { name: 'Your vote' }).getByRole('button', { name: 'No' }).tap();
    await button(chn, 'Confirm: No').tap();
    await see(text(chn, 'Recorded: No'));
    const pan = phone('PAN');
    await pan.getByRole('group', { name: 'Your vote' }).getByRole('button', { name: 'Yes' }).tap();
    await button(pan, 'Confirm: Yes').tap();
    await see(text(pan, 'Recorded: Yes'));

    const vote = chairState().votes.find((candidate) => candidate.status === 'open');
    if (!vote) throw new Error('no open vote');
    await chairSees((state) => {
      const records = state.votes.find((candidate) => candidate.id === vote.id)?.records ?? [];
      const choice = (code: string) => records.find((r) => r.delegation === code)?.choice;
      return choice('FRA') === 'yes' && choice('CHN') === 'no' && choice('PAN') === 'yes';
    }, 'the phones voted at the chair');
    for (const code of Object.keys(bots)) {
      if (code !== 'MEX')
        await act(bot(code), { type: 'vote.cast', payload: { voteId: vote.id, choice: 'yes' } });
    }
    await act(chair, { type: 'vote.close', payload: { voteId: vote.id } });
    await see(fra.getByRole('heading', { name: 'Moderated caucus' }).first());
  }, 60_000);

  it('raises its placard in the moderated caucus; raises a point and asks for a right of reply', async () => {
    const fra = phone('FRA');
    await openTab(fra, 'Now');
    await button(fra, 'Raise my placard').tap();
    await see(text(fra, 'Your placard is up (1 of 1 raised)'));
    await chairSees(
      (state) => state.floor.kind === 'moderatedCaucus' && state.floor.placards.includes('FRA'),
      'FRA placard at the chair',
    );
    await capture(fra, 'seat-now-caucus');

    const pan = phone('PAN');
    await openTab(pan, 'Points & replies');
    await pan.getByLabel('Parliamentary inquiry').check();
    await pan.getByLabel('In a few words (optional)').fill('May a caucus be extended twice?');
    await button(pan, 'Raise the point').tap();
    await see(text(pan, 'Your points waiting for the chair'));
    await chairSees(
      (state) =>
        state.points.some((p) => p.delegation === 'PAN' && p.kind === 'parliamentaryInquiry'),
      'PAN point at the chair',
    );

    await pan.getByLabel('The speech').selectOption({ index: 1 });
    await button(pan, 'Ask for a right of reply').tap();
    await see(text(pan, 'waiting for the chair'));
    await chairSees(
      (state) =>
        state.replies.some((r) => r.delegation === 'PAN' && r.speechId === state.speeches[0]?.id),
      'PAN reply request at the chair',
    );
    await pan.evaluate('window.scrollTo(0, 0)');
    await capture(pan, 'seat-points');

    await openTab(fra, 'Briefing');
    await see(fra.getByRole('heading', { name: 'Position of France' }));
    await capture(fra, 'seat-briefing-p5');
    await openTab(pan, 'Briefing');
    await see(pan.getByRole('heading', { name: 'Topic overview' }));
    expect(await pan.getByRole('heading', { name: /Position of/ }).count()).toBe(0);
    await capture(pan, 'seat-briefing');
  }, 60_000);

  it('answers a roll call: only the choices allowed, one pass, recalled with yes or no only', async () => {
    await act(chair, { type: 'caucus.end', payload: {} });
    await passMotion({ kind: 'closeDebate' });
    await passMotion({ kind: 'rollCallVote' });
    await act(chair, {
      type: 'vote.open',
      payload: {
        subject: { id: 'S/2026/1', title: 'Draft resolution on precursor chemicals' },
      },
    });
    const yesFromBots = (): Choice => 'yes';

    // Bahrain first (the lot), then China.
    expect(await botsAnswerRollCall(yesFromBots)).toBe('CHN');
    const chn = phone('CHN');
    await openTab(chn, 'Now');
    await see(text(chn, 'You are called: answer now.'));
    expect(await voteChoices(chn)).toEqual([
      'Yes',
      'No',
      'Abstain',
      'Pass',
      'Yes, with rights',
      'No, with rights',
    ]);
    await chn.getByRole('group', { name: 'Your vote' }).getByRole('button', { name: 'Pass' }).tap();
    await button(chn, 'Confirm: Pass').tap();
    await see(text(chn, 'You passed: you will be called again'));
    await chairSees(
      (state) => state.votes.at(-1)?.rollCall?.recall.includes('CHN') === true,
      'CHN passed at the chair',
    );

    expect(await botsAnswerRollCall(yesFromBots)).toBe('FRA');
    const fra = phone('FRA');
    await openTab(fra, 'Now');
    await see(text(fra, 'You are called: answer now.'));
    // Present and voting: no abstention on a substantive vote.
    expect(await voteChoices(fra)).toEqual([
      'Yes',
      'No',
      'Pass',
      'Yes, with rights',
      'No, with rights',
    ]);
    await capture(fra, 'seat-now-rollcall-vote');
    await fra
      .getByRole('group', { name: 'Your vote' })
      .getByRole('button', { name: 'Yes, with rights' })
      .tap();
    await button(fra, 'Confirm: Yes, with rights').tap();
    await see(text(fra, 'Recorded: Yes'));
    await see(text(fra, 'with rights'));

    expect(await botsAnswerRollCall(yesFromBots)).toBe('PAN');
    const pan = phone('PAN');
    await openTab(pan, 'Now');
    await pan
      .getByRole('group', { name: 'Your vote' })
      .getByRole('button', { name: 'Abstain' })
      .tap();
    await button(pan, 'Confirm: Abstain').tap();
    await see(text(pan, 'Recorded: Abstain'));

    // The recall round: China again, yes or no only.
    expect(await botsAnswerRollCall(yesFromBots)).toBe('CHN');
    await see(text(chn, 'You are called: answer now.'));
    expect(await voteChoices(chn)).toEqual(['Yes', 'No']);
    await chn.getByRole('group', { name: 'Your vote' }).getByRole('button', { name: 'Yes' }).tap();
    await button(chn, 'Confirm: Yes').tap();
    await see(text(chn, 'Recorded: Yes'));

    const vote = chairState().votes.at(-1);
    if (!vote) throw new Error('no vote');
    await act(chair, { type: 'vote.close', payload: { voteId: vote.id } });
    const closed = chairState().votes.find((candidate) => candidate.id === vote.id);
    const record = (code: string) => closed?.records.find((r) => r.delegation === code);
    expect(record('CHN')).toMatchObject({ choice: 'yes', passed: true });
    expect(record('FRA')).toMatchObject({ choice: 'yes', withRights: true });
    expect(record('PAN')).toMatchObject({ choice: 'abstain' });
    expect(closed?.status).toBe('closed');
    // France voted with rights: its phone says an explanation of vote is coming, also after a reload.
    await see(fra.getByRole('heading', { name: 'Explanation of vote' }));
    await fra.reload();
    await see(fra.getByRole('heading', { name: 'Explanation of vote' }));
  }, 90_000);

  it('tells a revoked seat so and leaves it no control, also after a reload; a wrong code is refused', async () => {
    const pan = phone('PAN');
    server.app.placard.access.revokeSeat(server.committeeId, 'PAN', Date.now());
    await see(pan.getByRole('heading', { name: 'This phone no longer holds the seat' }));
    await see(text(pan, 'The chair has revoked this seat'));
    const controls = await pan.getByRole('button').all();
    const names = await Promise.all(controls.map((control) => control.textContent()));
    expect(names.map((name) => name?.trim())).toEqual(['Enter a new code']);
    expect(await pan.getByRole('navigation').count()).toBe(0);
    await capture(pan, 'seat-revoked');

    await pan.reload();
    await see(pan.getByRole('heading', { name: 'This phone no longer holds the seat' }));
    expect(await button(pan, 'Ask for the floor').count()).toBe(0);

    await button(pan, 'Enter a new code').tap();
    await see(pan.getByRole('heading', { name: 'Take your seat' }));
    await pan.getByLabel('Seat code').fill('7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-EE');
    await button(pan, 'Take my seat').tap();
    await see(text(pan, 'This code does not open a seat of this committee.'));
    await capture(pan, 'seat-join');
  }, 60_000);

  it('takes a seat by its short code typed by hand, lower case and dashes included (on the smallest phone, 360×640)', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/seat/${server.committeeId}`);
      const token = server.seatTokens['DNK'] ?? '';
      const shortCode = (token.match(/.{1,4}/g) ?? []).join('-').toLowerCase();
      await page.getByLabel('Seat code').fill(shortCode);
      await button(page, 'Take my seat').tap();
      await see(page.getByRole('heading', { name: 'Denmark', level: 1 }));
      await see(page.getByRole('heading', { name: 'Speakers’ list' }));
      await capture(page, 'seat-now-360');
      await button(page, 'Leave seat').tap();
      await button(page, 'Leave the seat').tap();
      await see(page.getByRole('heading', { name: 'Take your seat' }));
      await page.reload();
      await see(page.getByRole('heading', { name: 'Take your seat' }));
    } finally {
      await context.close();
    }
  }, 60_000);
});
