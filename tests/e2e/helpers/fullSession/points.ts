/**
 * Phases 9 and 10, once the caucus's minute is up: Panama raises a point of
 * order on its phone and France asks for a right of reply to China's speech on
 * its own; the chair's Points panel shows both. The chair rules the point well
 * taken (Panama's pending point goes, and the ruling is one France may appeal),
 * grants the reply and gives France the floor for its 30 seconds.
 */
import { endSpeech, main, showPanel, speakerCard } from './console.ts';
import { button, openTab, reads } from './phone.ts';
import { see, seeCount, type PhaseRun } from './session.ts';
import { ticking } from './speakersList.ts';
import { caucusIsOver } from './unmoderatedCaucus.ts';

const POINT = 'Speeches in the caucus ran over their time';

export const pointOfOrder: PhaseRun = async (room, photograph) => {
  const { chair, france, panama } = room;
  await caucusIsOver(room);

  await openTab(panama, 'points');
  await panama.getByRole('radio', { name: /^Order\b/ }).check();
  await panama.getByLabel('In a few words (optional)').fill(POINT);
  await button(panama, 'Raise the point').tap();
  await reads(panama, 'Your points waiting for the chair');
  await reads(panama, `Order: ${POINT}`);

  await openTab(france, 'points');
  const speech = france.locator('#reply-speech option', { hasText: /^China, speakers’ list/ });
  const speechId = await speech.getAttribute('value');
  if (!speechId) throw new Error("China's speech is not offered for a reply");
  await france.locator('#reply-speech').selectOption(speechId);
  await button(france, 'Ask for a right of reply').tap();
  await reads(france, /China, speakers’ list, .* — waiting for the chair/);

  await showPanel(chair, 'points', 'Points & replies');
  await see(chair.getByTestId('points'), /Point of order.*Panama/);
  await see(chair.getByTestId('points'), POINT);
  await see(chair.getByTestId('replies'), /France\s+to China's speech at/);
  await photograph({ chair, france, panama });

  await chair
    .getByTestId('points')
    .getByRole('button', { name: 'Well taken', exact: true })
    .click();
  await see(main(chair), 'No point is pending.');
  await seeCount(panama.getByText('Your points waiting for the chair'), 0);
  // The ruling stands, and may be appealed: France's motion form offers it.
  await openTab(france, 'motions');
  await france.getByLabel('Motion', { exact: true }).selectOption('appeal');
  await see(france.locator('#m-rulingId'), 'Point of order by Panama ruled well taken');
};

export const rightOfReply: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board } = room;
  const replies = chair.getByTestId('replies');
  await replies.getByRole('button', { name: 'Grant' }).click();
  await openTab(france, 'now');
  await reads(france, 'Right of reply granted');
  await reads(france, 'The chair will give you the floor for your reply.');
  await replies.getByRole('button', { name: 'Give the floor for the reply' }).click();

  await france.getByRole('heading', { name: 'You have the floor' }).waitFor();
  await ticking(france.getByRole('timer', { name: 'Your speaking time' }), /^0:([0-2]\d|30)$/);
  await see(chair.getByTestId('speaker'), 'France');
  await see(speakerCard(chair), 'Right of reply');
  await see(board.getByTestId('board-speaker'), /France\s+Right of reply/);
  await ticking(board.getByRole('timer', { name: 'Speaking time for France' }), /^0:[0-3]\d$/);
  await openTab(panama, 'now');
  await see(panama.getByRole('region', { name: 'Formal debate' }), /France\s+· right of reply/);
  await photograph();
  await endSpeech(chair);
  await see(board.getByTestId('board-speaker'), 'No one has the floor');
};
