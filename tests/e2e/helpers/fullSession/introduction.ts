/**
 * Phase 11, the draft introduced: France moves from its phone to introduce
 * DR/1, Denmark (simulated) seconds, and the chair grants the motion (DRAFT-7).
 * The draft is on the floor: the board shows its text with the amendment's
 * marks, the phones say it awaits its vote.
 */
import { expect } from 'vitest';
import { AMENDED } from './amendment.ts';
import { main, pendingMotions, showPanel } from './console.ts';
import { button, marks, openTab, reads } from './phone.ts';
import { see, seeAttr, WAIT, type PhaseRun } from './session.ts';
import { PAPER_TITLE, openDraft } from './workingPaper.ts';

export const introduction: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;
  await openTab(france, 'motions');
  await france.getByLabel('Motion', { exact: true }).selectOption('introduceDraft');
  await france.getByLabel('Draft to introduce').selectOption('WP/1');
  await button(france, 'Move the motion').tap();
  await reads(france, 'Your motion is number 1 of 1 in the voting order.');
  await delegations.second('DNK', (kind) => kind === 'introduceDraft');
  await reads(france, 'seconded by Denmark');

  await showPanel(chair, 'motions', 'Motions');
  const motion = pendingMotions(chair).first();
  await see(motion, /Introduce a draft resolution/);
  await see(motion, /the chair's decision/);
  await motion.getByRole('button', { name: 'Grant' }).click();
  await see(main(chair), 'No motion is pending.');

  const onBoard = board.getByTestId('board-draft');
  await seeAttr(onBoard, 'data-moment', 'onFloor');
  await see(onBoard, /Draft resolution DR\/1/);
  await see(onBoard, PAPER_TITLE);
  await expect.poll(() => marks(board, 'board-draft-text'), { timeout: WAIT }).toEqual(AMENDED);
  for (const phone of [france, panama]) {
    await openDraft(phone, 'WP/1');
    await see(
      phone.getByTestId('draft-status'),
      'Draft resolution on the floor: awaiting its vote',
    );
  }
  await photograph();
};
