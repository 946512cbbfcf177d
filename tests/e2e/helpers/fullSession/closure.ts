/**
 * Phase 12, closure of debate and voting procedure: the United States
 * (simulated) moves to close debate, the United Kingdom seconds; it needs 10
 * votes and gets 14, and the chamber is sealed on every screen. Russia moves a
 * roll-call vote, China seconds, it passes: the next vote is by roll call.
 */
import { heading, pendingMotions, showPanel } from './console.ts';
import { EVERYONE_YES, placardVote } from './motions.ts';
import { openTab, reads } from './phone.ts';
import { see, seeAttr, type PhaseRun } from './session.ts';

export const closure: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;
  await delegations.act('USA', {
    type: 'motion.move',
    payload: { motion: { kind: 'closeDebate' } },
  });
  await delegations.second('GBR', (kind) => kind === 'closeDebate');
  await showPanel(chair, 'motions', 'Motions');
  await see(pendingMotions(chair).first(), /Close debate/);
  await see(pendingMotions(chair).first(), /needs 10 yes/);
  await placardVote(room, { ...EVERYONE_YES, needed: 10 });

  await see(chair.getByTestId('floor'), 'Voting procedure');
  await see(heading(chair), 'Voting');
  await see(board.getByTestId('board-floor'), 'Voting procedure');
  for (const phone of [france, panama]) {
    await openTab(phone, 'now');
    await reads(phone, 'The chamber is sealed: no speeches, only points about the vote.');
  }

  await delegations.act('RUS', {
    type: 'motion.move',
    payload: { motion: { kind: 'rollCallVote' } },
  });
  await delegations.second('CHN', (kind) => kind === 'rollCallVote');
  await showPanel(chair, 'motions', 'Motions');
  await see(pendingMotions(chair).first(), /Vote by roll call/);
  await placardVote(room, EVERYONE_YES);
  await see(chair.getByTestId('vote-headline'), 'Adopted');

  await showPanel(chair, 'voting', 'Voting');
  await see(
    chair.getByRole('complementary', { name: 'Overview' }),
    'The next vote is by roll call.',
  );
  // The board shows the motion's result until the next vote opens, and the closure among the decisions.
  await see(board.getByTestId('board-vote'), /Vote by roll call/);
  await seeAttr(board.getByTestId('board-result'), 'data-outcome', 'adopted');
  await see(
    board.getByTestId('board-result'),
    'Recorded: 14 in favour, 0 against, 0 abstaining, 1 absent.',
  );
  await see(board.getByTestId('board-decisions'), 'Debate closed: voting procedure');
  await photograph();
};
