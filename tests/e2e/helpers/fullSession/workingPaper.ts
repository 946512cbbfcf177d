/**
 * Phase 7, the working paper (during the unmoderated caucus): France pastes it
 * on its phone's Drafts tab and submits it; Panama signs it on its phone,
 * Denmark and Colombia (simulated) too; with three signatories the chair's
 * Drafts panel lets the chair approve it, and it becomes DR/1 on every phone.
 */
import type { Page } from 'playwright-core';
import { showPanel } from './console.ts';
import { openTab } from './phone.ts';
import { see, seeAttr, seeCount, type PhaseRun } from './session.ts';

export const PAPER_TITLE = 'Drug cartels and precursor chemicals';

/** France's paper, in the paste format of DRAFT-3. */
const PAPER = `The Security Council,

Alarmed by the violence of drug cartels in Mexico and South America,
Recognizing that transnational organized crime threatens international peace and security,

1. Calls upon all States to share financial intelligence on cartel networks;
2. Urges States to control the trade in precursor chemicals:
(a) by licensing their import and export;
(b) by reporting suspicious shipments;
3. Requests the Secretary-General to report within 90 days;
4. Decides to remain seized of the matter.`;

/** Show a draft on a phone's Drafts tab, from the list (the tab remembers the last draft shown). */
export async function openDraft(phone: Page, id: string): Promise<void> {
  await openTab(phone, 'drafts');
  await phone.getByTestId('drafts-screen').waitFor();
  const card = phone.getByTestId(`draft-card-${id}`);
  const back = phone.getByTestId('draft-back');
  await card.or(back).first().waitFor();
  if ((await back.count()) > 0) await back.tap();
  await card.tap();
  await phone.getByTestId('draft-view').waitFor();
}

export const workingPaper: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, delegations } = room;
  await openTab(france, 'drafts');
  await france.getByTestId('draft-new').tap();
  await france.getByTestId('draft-title-input').fill(PAPER_TITLE);
  await france.getByTestId('draft-paste').fill(PAPER);
  await seeCount(france.getByTestId('draft-words-error'), 0);
  await france.getByTestId('draft-submit').tap();
  await france.getByTestId('draft-view').waitFor();
  await see(france.getByTestId('draft-status'), 'Working paper');
  await see(france.getByTestId('draft-progress'), 'signatories 0 of 3');

  await openDraft(panama, 'WP/1');
  await see(panama.getByTestId('draft-view'), PAPER_TITLE);
  await panama.getByTestId('draft-sign').tap();
  await panama.getByTestId('draft-unsign').waitFor();
  await delegations.act('DNK', { type: 'draft.sign', payload: { draftId: 'WP/1' } });
  await delegations.act('COL', { type: 'draft.sign', payload: { draftId: 'WP/1' } });
  await see(france.getByTestId('draft-signatories'), /Panama.*Denmark.*Colombia/s);
  await see(france.getByTestId('draft-progress'), 'the chair may approve it');

  await showPanel(chair, 'drafts', 'Draft resolutions');
  const row = chair.getByTestId('draft-row-WP/1');
  await see(row, PAPER_TITLE);
  await see(row, /3 of 3 needed/);
  await seeAttr(chair.getByTestId('draft-approve-WP/1'), 'disabled', null);
  await chair.getByTestId('draft-approve-WP/1').click();
  await seeAttr(row, 'data-status', 'draft');
  await see(row, /DR\/1/);
  for (const phone of [france, panama]) {
    await see(phone.getByTestId('draft-status'), 'Approved draft resolution: open to amendments');
    await see(phone.getByTestId('draft-view'), /DR\/1/);
  }
  // The board shows drafts once on the floor (phase 10): here, the phones and the console.
  await photograph({ chair, france, panama });
};
