/**
 * The chair's console as the chair works it: number keys for the panels and
 * single-letter shortcuts (V put to the vote, C close it, N next speaker, E end
 * the speech), pressed with the focus on the panel's heading so no field eats
 * them, as after the console's own panel switch.
 */
import type { Locator, Page } from 'playwright-core';
import { see } from './session.ts';

export const PANEL = {
  attendance: '1',
  speakers: '2',
  motions: '3',
  caucus: '4',
  points: '5',
  voting: '6',
  drafts: '9',
} as const;

export const main = (chair: Page): Locator => chair.getByRole('main');
export const heading = (chair: Page): Locator => chair.locator('#panel-heading');
export const speakerCard = (chair: Page): Locator => chair.getByTestId('speaker-card');

/** Press shortcut keys with the focus off any field. */
export async function press(chair: Page, ...keys: string[]): Promise<void> {
  await chair.bringToFront();
  await heading(chair).focus();
  for (const key of keys) await chair.keyboard.press(key);
}

/** Show a panel by its number key and wait for its heading. */
export async function showPanel(chair: Page, panel: keyof typeof PANEL, title: string | RegExp) {
  await press(chair, PANEL[panel]);
  await see(heading(chair), title);
}

/** The pending motions, in the order the console puts them to the vote. */
export const pendingMotions = (chair: Page): Locator => chair.getByTestId('pending-motion');

/** The chair ends the current speech (E) and sees the floor free. */
export async function endSpeech(chair: Page): Promise<void> {
  await press(chair, 'e');
  await see(speakerCard(chair), 'No one has the floor.');
}
