/**
 * Phase 5, the moderated caucus: its clock on every screen; France and Panama
 * raise their placards on their phones, the United States (simulated) too; the
 * chair recognises Panama, whose phone gives it the floor and its minute, then
 * the United States; the chair ends the caucus and formal debate resumes.
 */
import { endSpeech, heading, main, speakerCard } from './console.ts';
import { button, openTab, reads } from './phone.ts';
import { see, type PhaseRun } from './session.ts';
import { ticking } from './speakersList.ts';
import { expect } from 'vitest';

/** What is left of the caucus's ten minutes a moment after it began. */
const TEN_MINUTES = /^(10:00|[5-9]:[0-5]\d)$/;

export const moderatedCaucus: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;
  await see(heading(chair), 'Moderated caucus');
  await see(chair.getByTestId('moderated-caucus'), /Precursor chemicals/);
  await ticking(chair.getByTestId('moderated-caucus'), TEN_MINUTES);
  await see(board.getByTestId('board-floor'), 'Moderated caucus');
  await see(board.getByTestId('board-caucus'), /Precursor chemicals.*60 s per speaker/s);
  await ticking(board.getByRole('timer', { name: 'Caucus time' }), TEN_MINUTES);

  for (const phone of [france, panama]) {
    await openTab(phone, 'now');
    await reads(phone, 'Precursor chemicals · 60 s per speaker');
    await ticking(phone.getByRole('timer', { name: 'Caucus time left' }), TEN_MINUTES);
  }
  await button(france, 'Raise my placard').tap();
  await reads(france, 'Your placard is up (1 of 1 raised)');
  await button(panama, 'Raise my placard').tap();
  await reads(panama, 'Your placard is up (2 of 2 raised)');
  await delegations.act('USA', { type: 'placard.raise', payload: {} });
  const placards = chair.locator('[data-testid="placards"] li');
  await expect
    .poll(() =>
      placards.evaluateAll((items) => items.map((item) => item.getAttribute('data-code'))),
    )
    .toEqual(['FRA', 'PAN', 'USA']);
  await see(board.getByTestId('board-next'), /France.*Panama.*United States/s);

  // The chair recognises Panama: its phone gives it the floor for the caucus's speaking time.
  await placards.filter({ hasText: 'Panama' }).getByRole('button', { name: 'Recognise' }).click();
  await panama.getByRole('heading', { name: 'You have the floor' }).waitFor();
  await ticking(panama.getByRole('timer', { name: 'Your speaking time' }), /^(1:00|0:[0-5]\d)$/);
  await see(chair.getByTestId('speaker'), 'Panama');
  await see(speakerCard(chair), 'Moderated caucus');
  await see(board.getByTestId('board-speaker'), /Panama\s+Moderated caucus speech/);
  await see(board.getByTestId('board-next'), /France.*United States/s);
  await reads(france, 'Your placard is up (1 of 2 raised)');
  await photograph();
  await endSpeech(chair);

  await placards
    .filter({ hasText: 'United States' })
    .getByRole('button', { name: 'Recognise' })
    .click();
  await see(board.getByTestId('board-speaker'), /United States\s+Moderated caucus speech/);
  await endSpeech(chair);

  await main(chair).getByRole('button', { name: 'End the caucus' }).click();
  await see(chair.getByTestId('floor'), 'Formal debate');
  await see(board.getByTestId('board-floor'), 'Formal debate');
  for (const phone of [france, panama]) {
    await phone.getByRole('region', { name: 'Formal debate' }).waitFor();
  }
};
