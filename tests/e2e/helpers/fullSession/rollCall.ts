/**
 * Phase 1, the roll call: the chair calls the meeting to order and calls the
 * roll; France answers "present and voting" and Panama "present" on their
 * phones, the simulated delegations answer present, Somalia stays away; the
 * console shows 14 of 15 members present and the quorum, and closing the roll
 * call records Somalia absent.
 */
import { main } from './console.ts';
import { button, reads } from './phone.ts';
import { see, type PhaseRun } from './session.ts';

export const rollCall: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;
  delegations.attendance = (code) => (code === 'SOM' ? null : 'present');

  await reads(france, 'The chair has not called the meeting to order yet.');
  await main(chair).getByRole('button', { name: 'Call the meeting to order' }).click();
  await see(chair.getByTestId('floor'), 'Formal debate');
  await see(board.getByTestId('board-floor'), 'Formal debate');
  await board.getByText('Meeting 1', { exact: true }).waitFor();

  await main(chair).getByRole('button', { name: 'Start the roll call' }).click();
  for (const phone of [france, panama]) {
    await reads(phone, 'The chair is calling the roll. Answer for your delegation:');
  }
  await button(france, 'Present and voting').tap();
  await button(panama, 'Present').tap();
  await reads(france, 'Recorded: Present and voting.');
  await reads(panama, 'Recorded: Present.');

  const status = (code: string) =>
    chair.locator(`[data-testid="roll"] tr[data-code="${code}"] [data-testid="attendance-status"]`);
  await see(main(chair), /Roll call open: 15 of 16 answered/);
  await see(status('FRA'), 'Present and voting');
  await see(status('PAN'), /^Present$/);
  await see(status('MEX'), /^Present$/);
  await see(status('SOM'), 'Not yet answered');
  await see(chair.getByTestId('present-count'), '14 of 15 members present');
  await see(chair.getByTestId('quorum'), 'Quorum (9)');
  await photograph();

  await main(chair).getByRole('button', { name: 'Close the roll call' }).click();
  await see(main(chair), 'The roll call is closed');
  await see(status('SOM'), 'Absent');
  await see(chair.getByTestId('present-count'), '14 of 15 members present');
  await see(board.getByTestId('board-decisions'), 'Roll call closed; absent: Somalia');
  // The phones drop the roll call once it is closed.
  for (const phone of [france, panama]) {
    await phone.getByRole('heading', { name: 'Roll call' }).waitFor({ state: 'detached' });
  }
};
