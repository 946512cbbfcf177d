/**
 * Phase 15, the explanation of vote: France voted "with rights", so the chair
 * gives it the floor for 30 seconds (ROLLCALL-6); France's phone, Panama's, the
 * console and the board show it speaking. Then the chair ends voting procedure
 * and formal debate resumes with the topic concluded (AGENDA-4).
 */
import { endSpeech, main, speakerCard } from './console.ts';
import { openTab } from './phone.ts';
import { see, seeCount, type PhaseRun } from './session.ts';
import { ticking } from './speakersList.ts';

export const explanation: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board } = room;
  const explanations = chair.getByTestId('explanations');
  await see(explanations, /Explanations of vote \(1\)/);
  await explanations.getByRole('button', { name: 'Give the floor to France' }).click();

  await france.getByRole('heading', { name: 'You have the floor' }).waitFor();
  await ticking(france.getByRole('timer', { name: 'Your speaking time' }), /^0:([0-2]\d|30)$/);
  await see(chair.getByTestId('speaker'), 'France');
  await see(speakerCard(chair), 'Explanation of vote');
  await see(board.getByTestId('board-speaker'), /France\s+Explanation of vote/);
  await ticking(board.getByRole('timer', { name: 'Speaking time for France' }), /^0:[0-3]\d$/);
  await openTab(panama, 'now');
  await see(
    panama.getByRole('region', { name: 'Voting procedure' }),
    /France\s+· explanation of vote/,
  );
  await photograph();

  await endSpeech(chair);
  await seeCount(explanations, 0);
  await main(chair).getByRole('button', { name: 'End voting procedure' }).click();
  await see(chair.getByTestId('floor'), 'Formal debate');
  await see(board.getByTestId('board-floor'), 'Formal debate');
  await france.getByRole('region', { name: 'Formal debate' }).waitFor();
};
