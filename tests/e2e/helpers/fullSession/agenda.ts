/**
 * Phase 2, the agenda: the committee has one topic, under debate from the start
 * (AGENDA-1), so there is no agenda to set: every screen names the topic, and a
 * phone that tries to move "set the agenda" is told why not, in the rules' words,
 * before it can send it (AGENDA-3). The chair opens the speakers' list (GSL-1).
 */
import { expect } from 'vitest';
import { heading, main, showPanel } from './console.ts';
import { button, openTab, reads } from './phone.ts';
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

  await openTab(france, 'motions');
  await france.getByLabel('Motion', { exact: true }).selectOption('setAgenda');
  await france.getByLabel('Topic to take up').selectOption({ label: `1. ${TOPIC}` });
  await reads(france, 'Not in order now: topic 1 is already under debate.');
  expect(await button(france, 'Move the motion').isDisabled()).toBe(true);
  await france.getByLabel('Motion', { exact: true }).selectOption('moderatedCaucus');
  await openTab(france, 'now');

  await showPanel(chair, 'speakers', "Speakers' list");
  await main(chair).getByRole('button', { name: "Open the speakers' list" }).click();
  await see(heading(chair), "Speakers' list");
  await see(chair.getByTestId('floor'), 'Formal debate');
  for (const phone of [france, panama]) await reads(phone, 'Open · 0 waiting');
  await board.getByText('No one is waiting to speak', { exact: true }).waitFor();
  await photograph();
};
