/**
 * Phase 8, a friendly amendment (still during the caucus): Panama proposes on
 * its phone to replace clause 3 (a report in 60 days, not 90); France, the
 * sponsor, sees it waiting on its Drafts tab and accepts it, so it goes into
 * the text without a vote (AMEND-2). Both phones and the console show the old
 * words struck and the new ones inserted.
 */
import { expect } from 'vitest';
import { showPanel } from './console.ts';
import { marks, openTab } from './phone.ts';
import { see, WAIT, type PhaseRun } from './session.ts';
import { openDraft } from './workingPaper.ts';

export const NEW_WORDS = 'Requests the Secretary-General to report within 60 days;';
/** The operative clauses once the amendment is in: "number mark [proposed]". */
export const AMENDED = ['1 none', '2 none', '- struck', '3 inserted', '4 none'];

export const amendment: PhaseRun = async (room, photograph) => {
  const { chair, france, panama } = room;
  await openDraft(panama, 'WP/1');
  await panama.getByTestId('amendment-action-replace').check();
  await panama.getByTestId('amendment-clause').selectOption('3');
  await expect
    .poll(() => panama.getByTestId('amendment-text').inputValue())
    .toBe('Requests the Secretary-General to report within 90 days;');
  await panama.getByTestId('amendment-text').fill(NEW_WORDS);
  await panama.getByTestId('amendment-propose').tap();
  await see(panama.getByTestId('amendment-status-A/1'), 'Awaiting the sponsors: France');
  await expect
    .poll(() => marks(panama, 'draft-text'), { timeout: WAIT })
    .toEqual(['1 none', '2 none', '3 struck proposed', '- inserted proposed', '4 none']);

  // France's Drafts tab counts the amendment waiting for its answer as sponsor.
  await openTab(france, 'now');
  await see(france.getByTestId('drafts-tab-badge'), '1');
  await openDraft(france, 'WP/1');
  await france.getByTestId('draft-answer-A/1').tap();
  await france.getByTestId('amendment-accept-A/1').tap();
  await see(france.getByTestId('amendment-status-A/1'), 'Friendly: incorporated in the text');
  await expect.poll(() => france.getByTestId('drafts-tab-badge').count()).toBe(0);
  for (const phone of [france, panama]) {
    await expect.poll(() => marks(phone, 'draft-text'), { timeout: WAIT }).toEqual(AMENDED);
    await see(phone.getByTestId('draft-text').locator('del').first(), 'within 90 days');
    await see(phone.getByTestId('draft-text').locator('ins').first(), 'within 60 days');
  }

  await showPanel(chair, 'drafts', 'Draft resolutions');
  await chair.getByTestId('draft-select-WP/1').click();
  await see(chair.getByTestId('amendment-row-A/1'), /replaces operative clause 3.*Panama/s);
  await see(chair.getByTestId('amendment-row-A/1'), 'Friendly: in the text');
  await expect.poll(() => marks(chair, 'chair-draft-text'), { timeout: WAIT }).toEqual(AMENDED);
  await chair.getByTestId('chair-draft-text').scrollIntoViewIfNeeded();
  await france.getByTestId('draft-text').locator('ins').first().scrollIntoViewIfNeeded();
  await panama.getByTestId('amendment-status-A/1').scrollIntoViewIfNeeded();
  await photograph({ chair, france, panama });
};
