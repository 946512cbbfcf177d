/**
 * Phases 13 and 14, the roll-call vote on DR/1 and its result. The chair puts
 * the draft from the Drafts panel; members are called from Bahrain (the lot),
 * the simulated ones answering when called (Bahrain no, Russia abstains, the
 * rest yes; Somalia, absent, is not called). France, present and voting, is
 * offered no abstention and votes "yes, with rights" on its phone; Panama passes
 * and, called again after the first round, may only say yes or no: yes. The
 * result: 12 in favour, 1 against, 1 abstaining, 1 absent, a P5 abstention and
 * no P5 "no": adopted, resolution 1, on the console, the board and the phones.
 */
import { expect } from 'vitest';
import type { ClosedVote, VoteAnswer } from '@placard/shared';
import { heading, main, showPanel } from './console.ts';
import { choices, openTab, reads, vote } from './phone.ts';
import { see, seeAttr, type PhaseRun } from './session.ts';
import { openDraft } from './workingPaper.ts';

const SIMULATED: Readonly<Record<string, VoteAnswer>> = { BHR: 'no', RUS: 'abstain' };
const ADOPTED = 'Adopted as resolution 1: 12 in favour, 1 against, 1 abstaining';

export const rollCallVote: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;
  // Russia waits to be told, so the test sees Panama's pass before the roll call moves on.
  let russiaMayAnswer = false;
  delegations.ballot = (_vote, code) =>
    code === 'RUS' && !russiaMayAnswer ? null : (SIMULATED[code] ?? 'yes');
  await showPanel(chair, 'drafts', 'Draft resolutions');
  const open = chair.getByTestId('open-next-question');
  await see(open, /Put DR\/1 to the vote/);
  await open.click();
  await see(heading(chair), 'Voting');
  const rollCall = chair.getByTestId('roll-call');
  const called = chair.getByTestId('called-member');
  await see(rollCall, /Substantive · roll call/);
  await seeAttr(board.getByTestId('board-draft'), 'data-moment', 'voting');
  await see(board.getByTestId('board-invitees'), 'Mexico (Without vote)');

  // France is called after Bahrain, China, Colombia, the DR Congo and Denmark.
  await seeAttr(called, 'data-code', 'FRA');
  await openTab(france, 'now');
  await reads(france, 'Roll-call vote · 9 votes needed');
  await reads(france, 'You are called: answer now.');
  expect(await choices(france)).toEqual([
    'Yes',
    'No',
    'Pass',
    'Yes, with rights',
    'No, with rights',
  ]);
  await vote(france, 'Yes, with rights', /Recorded: Yes\s+— with rights/);
  await seeAttr(board.getByTestId('tile-FRA'), 'data-choice', 'yes');
  await see(board.getByTestId('tile-FRA'), 'with rights');

  // Panama's turn: every answer, abstention included (it answered "present").
  await seeAttr(called, 'data-code', 'PAN');
  await openTab(panama, 'now');
  await reads(panama, 'You are called: answer now.');
  expect(await choices(panama)).toEqual([
    'Yes',
    'No',
    'Abstain',
    'Pass',
    'Yes, with rights',
    'No, with rights',
  ]);
  await seeAttr(board.getByTestId('tile-PAN'), 'aria-current', 'step');
  await see(board.getByTestId('tile-PAN'), 'Called now');
  await see(
    rollCall.locator('li[data-code="FRA"] [data-testid="roll-answer"]'),
    'Yes, with rights',
  );
  await photograph();
  await vote(panama, 'Pass', 'You passed: you will be called again after the first round');
  await seeAttr(called, 'data-code', 'RUS');
  await see(rollCall.locator('li[data-code="PAN"] [data-testid="roll-answer"]'), 'Passed');
  await seeAttr(board.getByTestId('tile-PAN'), 'data-choice', 'pass');

  // Russia, the United Kingdom and the United States answer; then Panama is called again.
  russiaMayAnswer = true;
  delegations.wake();
  await see(rollCall, 'Second round: calling again');
  await seeAttr(called, 'data-code', 'PAN');
  await reads(panama, 'You are called: answer now.');
  expect(await choices(panama)).toEqual(['Yes', 'No']);
  await vote(panama, 'Yes', 'Recorded: Yes');
  await see(rollCall, 'Every member has answered.');
  await main(chair).getByRole('button', { name: 'Announce the result' }).click();
};

export const result: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;
  const outcome = chair.getByTestId('vote-result').first();
  await seeAttr(outcome, 'data-outcome', 'adopted');
  await see(chair.getByTestId('vote-headline'), /^Adopted$/);
  await see(outcome.getByTestId('tally-yes'), /^12$/);
  await see(outcome.getByTestId('tally-no'), /^1$/);
  const row = (code: string) => outcome.locator(`tr[data-code="${code}"]`);
  await see(row('FRA'), /Yes, with rights/);
  await see(row('PAN'), /Yes\s+Passed, then voted when called again/);
  await see(row('RUS'), /Abstain/);
  await see(row('BHR'), /No/);
  await see(row('SOM'), /Absent/);

  const banner = board.getByTestId('board-result');
  await seeAttr(banner, 'data-outcome', 'adopted');
  await see(banner, /^✔ Adopted/);
  await see(banner, 'Recorded: 12 in favour, 1 against, 1 abstaining, 1 absent.');
  expect(await banner.innerText()).not.toMatch(/veto/i);
  await see(board.getByTestId('tile-RUS'), /P5.*Abstain/s);
  await see(board.getByTestId('tile-PAN'), /Yes/);
  const resolution = board.getByTestId('board-resolution');
  await seeAttr(resolution, 'data-number', '1');
  await see(resolution, /Resolution 1 \(\d{4}\)/);

  // The record the delegations hold agrees with the screens.
  const closed = delegations
    .state()
    .votes.findLast((candidate): candidate is ClosedVote => candidate.status === 'closed');
  expect(closed?.result).toMatchObject({
    outcome: 'adopted',
    tally: { yes: 12, no: 1, abstain: 1, absent: 1 },
    vetoedBy: [],
    p5Against: [],
  });
  const record = (code: string) => closed?.records.find((entry) => entry.delegation === code);
  expect(record('FRA')).toMatchObject({ choice: 'yes', withRights: true, by: 'seat' });
  expect(record('PAN')).toMatchObject({ choice: 'yes', passed: true, by: 'seat' });

  await openDraft(panama, 'WP/1');
  await see(panama.getByTestId('draft-status'), ADOPTED);
  await openDraft(france, 'WP/1');
  await see(france.getByTestId('draft-status'), ADOPTED);
  // France voted with rights: its phone tells it an explanation of vote is coming.
  await openTab(france, 'now');
  await france.getByRole('heading', { name: 'Explanation of vote' }).waitFor();
  await reads(france, 'You voted “with rights”: the chair will give you the floor');
  await photograph();
};
