/**
 * Phase 16, the minutes: the chair opens them from the link under the speakers'
 * list (the print-ready page the server makes from the record) and they hold
 * every phase of the session: the roll call, the speeches with their yields, the
 * competing motions and how each ended, both caucuses, the point of order and
 * its ruling, the right of reply, the draft with its amendment, closure and the
 * roll-call vote with the pass and the "with rights", and the resolution.
 */
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { ARTIFACTS } from '../browser.ts';
import { showPanel } from './console.ts';
import type { PhaseRun } from './session.ts';
import { PAPER_TITLE } from './workingPaper.ts';

/** A section of the minutes, as its text reads (its heading's id). */
const section = async (page: Locator, id: string): Promise<string> =>
  (await page.locator(`section[aria-labelledby="${id}"]`).innerText()).replace(/[ \t]+/g, ' ');

export const minutes: PhaseRun = async (room, photograph) => {
  const { chair } = room;
  await showPanel(chair, 'speakers', "Speakers' list");
  const link = chair.getByRole('link', { name: 'Minutes (print or save as PDF)' });
  const href = await link.getAttribute('href');
  expect(href).toBe(`/api/committees/${room.live.committeeId}/minutes.html`);
  await photograph({ chair });

  const page = await chair.context().newPage();
  try {
    await page.goto(new URL(href ?? '', chair.url()).href);
    await page.getByRole('heading', { level: 1, name: /Security Council/ }).waitFor();
    const body = page.locator('body');

    const attendance = await section(body, 'attendance');
    expect(attendance).toMatch(/Present and voting\s+France/);
    expect(attendance).toMatch(/Absent\s+Somalia/);

    const proceedings = await section(body, 'proceedings');
    for (const line of [
      /Roll call: 15 present, 1 absent\./,
      /France spoke \(speakers' list, S\d+\) for .*; yielded .* to Panama\./,
      /Panama spoke \(yielded time, S\d+\)/,
      /China spoke \(speakers' list, S\d+\) for .*; yielded to the chair\./,
      /Motion M\d+ by United Kingdom: Unmoderated caucus of 5 min: Working paper\. Seconded by Russia\. Failed \(vote V\d+, 4–10–0 \(1 absent\)\)\./,
      /Motion M\d+ by France: Moderated caucus of 10 min.*Precursor chemicals\. Seconded by Panama\. Carried \(vote V\d+, 14–0–0 \(1 absent\)\)\./,
      /Moderated caucus \(10 min planned, 60 s per speaker\): Precursor chemicals; ran .*, ended by the chair\./,
      /Panama spoke \(moderated caucus, S\d+\)/,
      /Unmoderated caucus \(1 min planned\): Writing the working paper; ran 1 min( \d+ s)?, time elapsed\./,
      /Point of order by Panama \(P\d+\) “Speeches in the caucus ran over their time”; ruled well taken/,
      /Right of reply requested by France \(\w+\) to speech S\d+ by China; granted and given \(S\d+\)\./,
      /France spoke \(right of reply, S\d+\)/,
      /Motion M\d+ by France: Introduce a draft resolution.*Seconded by Denmark\. Granted by the chair\./,
      /Motion M\d+ by United States: Close debate\. Seconded by United Kingdom\. Carried/,
      /Motion M\d+ by Russia: Vote by roll call\. Seconded by China\. Carried/,
      /Vote V\d+ \(substantive, by roll call, starting with Bahrain, 9 needed\) on .*DR\/1.*: adopted, 12–1–1 \(1 absent\)\./,
      /France spoke \(explanation of vote, S\d+\)/,
    ]) {
      expect(proceedings).toMatch(line);
    }

    // The roll-call vote on the draft, member by member: the pass and the "with rights" noted.
    const draftVote = (
      await body.locator('section[aria-labelledby="votes"] .vote').last().innerText()
    ).replace(/[ \t]+/g, ' ');
    expect(draftVote).toMatch(/Vote V\d+: Drug cartels and precursor chemicals \(DR\/1\)/);
    expect(draftVote).toMatch(/Substantive vote by roll call, 9 affirmative votes needed/);
    expect(draftVote).toMatch(/called first: Bahrain/);
    expect(draftVote).toMatch(/Result: adopted, 12–1–1 \(1 absent\)/);
    expect(draftVote).toMatch(/Bahrain No/);
    expect(draftVote).toMatch(/France P5 Yes with rights/);
    expect(draftVote).toMatch(/Panama Yes passed in the first round/);
    expect(draftVote).toMatch(/Russia P5 Abstain/);
    expect(draftVote).toMatch(/Somalia Absent/);
    expect(draftVote).not.toMatch(/entered by the chair/);

    const drafts = await section(body, 'drafts');
    expect(drafts).toContain(`DR/1: ${PAPER_TITLE}`);
    expect(drafts).toMatch(
      /sponsored by France; signed by Panama, Denmark and Colombia; introduced by France\./,
    );
    expect(drafts).toMatch(/Outcome: adopted as resolution 1/);
    expect(drafts).toMatch(/Amendment A\/1 by Panama: .*\(incorporated\)/);

    await page.screenshot({
      path: join(ARTIFACTS, 'full-session-16-minutes-page.png'),
      fullPage: true,
    });
  } finally {
    await page.close();
  }
};
