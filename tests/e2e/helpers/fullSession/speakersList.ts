/**
 * Phase 3, the general speakers' list: France and Panama ask for the floor on
 * their phones, China (simulated) too; France speaks with its countdown on its
 * phone, Panama's and the board, and yields its remaining time to Panama from
 * the phone; Panama speaks the yielded time (which cannot be yielded again);
 * then China speaks and yields to the chair. Panama stays on the list.
 */
import type { Locator } from 'playwright-core';
import { endSpeech, press, speakerCard } from './console.ts';
import { button, reads } from './phone.ts';
import { see, seeCount, WAIT, type PhaseRun } from './session.ts';
import { expect } from 'vitest';

/** A timer shows `shown` and, a moment later, something else: it is counting down. */
export async function ticking(timer: Locator, shown: RegExp): Promise<void> {
  const value = timer.getByTestId('timer-value');
  await see(value, shown);
  const first = await value.innerText();
  await expect.poll(() => value.innerText(), { timeout: WAIT, interval: 200 }).not.toBe(first);
}

/** What is left of 90 seconds a moment later (loosely: the machine may be slow). */
const SPEAKING = /^[01]:[0-5]\d$/;

export const speakersList: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;
  await button(france, 'Ask for the floor').tap();
  await reads(france, 'You are next: first of 1 on the list.');
  await delegations.act('CHN', { type: 'gsl.add', payload: {} });
  await button(panama, 'Ask for the floor').tap();
  await reads(panama, 'You are number 3 of 3 on the list.');
  const queue = chair.locator('[data-testid="gsl-queue"] li');
  await expect
    .poll(() => queue.evaluateAll((items) => items.map((item) => item.getAttribute('data-code'))))
    .toEqual(['FRA', 'CHN', 'PAN']);
  await see(board.getByTestId('board-next'), /France.*China.*Panama/s);

  // France has the floor: its countdown on every screen.
  await press(chair, 'n');
  await see(chair.getByTestId('speaker'), 'France');
  await ticking(speakerCard(chair), SPEAKING);
  await france.getByRole('heading', { name: 'You have the floor' }).waitFor();
  await ticking(france.getByRole('timer', { name: 'Your speaking time' }), SPEAKING);
  await ticking(panama.getByRole('timer', { name: 'Speaker’s time' }), SPEAKING);
  await see(board.getByTestId('board-speaker'), /France\s+General speakers' list/);
  await ticking(board.getByRole('timer', { name: 'Speaking time for France' }), SPEAKING);

  // It yields the rest of its time to Panama, from the phone.
  await france.locator('#yield-recipient').selectOption('PAN');
  await button(france, 'Yield').tap();
  await panama.getByRole('heading', { name: 'You have the floor' }).waitFor();
  await ticking(panama.getByRole('timer', { name: 'Your speaking time' }), SPEAKING);
  await seeCount(button(panama, 'Yield to the chair'), 0);
  await see(chair.getByTestId('speaker'), 'Panama');
  await see(speakerCard(chair), 'Yielded time');
  await see(board.getByTestId('board-speaker'), /Panama\s+Time yielded by the previous speaker/);
  await ticking(board.getByRole('timer', { name: 'Speaking time for Panama' }), SPEAKING);
  await ticking(france.getByRole('timer', { name: 'Speaker’s time' }), SPEAKING);
  await photograph();
  await endSpeech(chair);

  // China speaks next, and yields to the chair.
  await press(chair, 'n');
  await see(chair.getByTestId('speaker'), 'China');
  await see(board.getByTestId('board-speaker'), 'China');
  await delegations.act('CHN', { type: 'speech.yield', payload: { to: 'chair' } });
  await see(speakerCard(chair), 'No one has the floor.');
  await see(board.getByTestId('board-speaker'), 'No one has the floor');
  await reads(panama, 'You are next: first of 1 on the list.');
  await reads(france, 'Nobody has the floor.');
};
