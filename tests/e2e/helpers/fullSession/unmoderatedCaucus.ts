/**
 * Phase 6, the unmoderated caucus: the United Kingdom (simulated) moves one
 * minute to write a working paper, Russia seconds, everyone votes for it; its
 * single countdown runs on every screen. It ends by itself when its time is up
 * (the server's timer), while France drafts (phases 7 and 8): `caucusIsOver`
 * waits for that.
 */
import { heading, showPanel } from './console.ts';
import { EVERYONE_YES, placardVote } from './motions.ts';
import { openTab, reads } from './phone.ts';
import { see, type PhaseRun, type Room } from './session.ts';
import { ticking } from './speakersList.ts';

const PURPOSE = 'Writing the working paper';
const MINUTE = /^(1:00|0:[0-5]\d)$/;

export const unmoderatedCaucus: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;
  await delegations.act('GBR', {
    type: 'motion.move',
    payload: {
      motion: { kind: 'unmoderatedCaucus', totalSeconds: 60, purpose: PURPOSE },
    },
  });
  await delegations.second('RUS', (kind) => kind === 'unmoderatedCaucus');
  await showPanel(chair, 'motions', 'Motions');
  await see(
    chair.getByTestId('pending-motion'),
    /Unmoderated caucus of 1 min: Writing the working/,
  );
  await placardVote(room, EVERYONE_YES);

  await see(heading(chair), 'Unmoderated caucus');
  await see(chair.getByTestId('unmoderated-caucus'), PURPOSE);
  await ticking(chair.getByTestId('unmoderated-caucus'), MINUTE);
  await see(board.getByTestId('board-floor'), 'Unmoderated caucus');
  await see(board.getByTestId('board-caucus'), PURPOSE);
  await ticking(board.getByRole('timer', { name: 'Caucus time' }), MINUTE);
  for (const phone of [france, panama]) {
    await openTab(phone, 'now');
    await reads(phone, PURPOSE);
    await ticking(phone.getByRole('timer', { name: 'Caucus time left' }), MINUTE);
  }
  await photograph();
};

/** The caucus's minute is up: formal debate again on every screen, without the chair. */
export async function caucusIsOver(room: Room): Promise<void> {
  const { chair, france, panama, board } = room;
  await see(board.getByTestId('board-floor'), 'Formal debate', 90_000);
  await see(chair.getByTestId('floor'), 'Formal debate');
  for (const phone of [france, panama]) {
    await openTab(phone, 'now');
    await phone.getByRole('region', { name: 'Formal debate' }).waitFor();
  }
}
