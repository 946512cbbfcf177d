/**
 * Phase 2, the agenda: the committee has one topic, under debate from the start
 * (AGENDA-1), so there is nothing to move: every screen names it, and the chair
 * opens the speakers' list on it (GSL-1).
 */
import { heading, main, showPanel } from './console.ts';
import { reads } from './phone.ts';
import { see, type PhaseRun } from './session.ts';

export const TOPIC = 'Transnational organized crime: drug cartels in Mexico and South America';

export const agenda: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board } = room;
  await chair.getByRole('banner').getByText(TOPIC, { exact: true }).waitFor();
  // (The board prefixes the title with "Topic:" for screen readers only.)
  await see(board.getByRole('heading', { level: 1 }).locator('xpath=..'), TOPIC);
  for (const phone of [france, panama]) {
    await phone.getByRole('region', { name: 'Formal debate' }).getByText(TOPIC).waitFor();
  }

  await showPanel(chair, 'speakers', "Speakers' list");
  await main(chair).getByRole('button', { name: "Open the speakers' list" }).click();
  await see(heading(chair), "Speakers' list");
  await see(chair.getByTestId('floor'), 'Formal debate');
  for (const phone of [france, panama]) await reads(phone, 'Open · 0 waiting');
  await board.getByText('No one is waiting to speak', { exact: true }).waitFor();
  await photograph();
};
