/**
 * Phase 4, competing motions: France moves a moderated caucus from its phone
 * and Panama seconds it from its own; the United Kingdom (simulated) moves an
 * unmoderated caucus, seconded by Russia. Console, phones and board list them
 * in precedence order, the unmoderated caucus first; the chair puts it to the
 * vote and it fails (4 to 10), then the moderated caucus passes (14 to 0).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { VoteAnswer } from '@placard/shared';
import { main, pendingMotions, press, showPanel } from './console.ts';
import { button, openTab, reads, vote } from './phone.ts';
import { see, WAIT, type PhaseRun, type Room } from './session.ts';

/** How a procedural vote is to go: who votes what, and the tally the console must show. */
export interface PlacardVotePlan {
  readonly ballot: (code: string) => 'yes' | 'no';
  readonly france: 'Yes' | 'No';
  readonly panama: 'Yes' | 'No';
  readonly yes: number;
  readonly no: number;
  /** Votes needed, as the phones announce it (closure needs 10). */
  readonly needed?: number;
}

/**
 * A procedural vote as the chair runs it from the Motions panel: V puts the next
 * motion to the vote, the simulated delegations vote as the plan says, the
 * phones as told on their screens, and once the console's tally shows every
 * vote the chair closes it (C).
 */
export async function placardVote(room: Room, plan: PlacardVotePlan): Promise<void> {
  const { chair, france, panama, delegations } = room;
  delegations.ballot = (_vote, code): VoteAnswer => plan.ballot(code);
  await press(chair, 'v');
  const counted = chair.getByTestId('placard-vote');
  await counted.waitFor();
  for (const [phone, answer] of [
    [france, plan.france],
    [panama, plan.panama],
  ] as const) {
    await openTab(phone, 'now');
    await reads(phone, `Procedural vote · ${plan.needed ?? 9} votes needed`);
    await vote(phone, answer, `Recorded: ${answer}`);
  }
  await see(counted.getByTestId('tally-yes'), new RegExp(`^${plan.yes}$`));
  await see(counted.getByTestId('tally-no'), new RegExp(`^${plan.no}$`));
  await press(chair, 'c');
  await counted.waitFor({ state: 'detached' });
}

/** A motion everyone present wants: 14 to 0. */
export const EVERYONE_YES: PlacardVotePlan = {
  ballot: () => 'yes',
  france: 'Yes',
  panama: 'Yes',
  yes: 14,
  no: 0,
};

/** The motions a phone lists as pending, in voting order. */
const listed = (phone: Page) =>
  phone
    .getByRole('region', { name: 'Pending motions, in voting order' })
    .locator('li .what')
    .evaluateAll((items) => items.map((item) => (item.textContent ?? '').trim()));

export const motions: PhaseRun = async (room, photograph) => {
  const { chair, france, panama, board, delegations } = room;

  // France moves a moderated caucus from its phone.
  await openTab(france, 'motions');
  await france.getByLabel('Motion', { exact: true }).selectOption('moderatedCaucus');
  await france.getByLabel('Total time').fill('10');
  await france.getByLabel('Speaking time').fill('60');
  await reads(france, '10 speeches.');
  await france.getByLabel('Topic').fill('Precursor chemicals');
  await button(france, 'Move the motion').tap();
  await reads(france, 'Your motion is number 1 of 1 in the voting order.');

  // The United Kingdom moves an unmoderated caucus: more disruptive, it goes first.
  await delegations.act('GBR', {
    type: 'motion.move',
    payload: {
      motion: { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper' },
    },
  });
  await reads(france, 'Your motion is number 2 of 2 in the voting order.');
  await delegations.second('RUS', (kind) => kind === 'unmoderatedCaucus');

  // Panama seconds France's motion from its phone.
  await openTab(panama, 'motions');
  await panama
    .getByRole('listitem')
    .filter({ hasText: /Moderated caucus of 10 min/ })
    .getByRole('button', { name: 'Second it' })
    .tap();
  await reads(france, 'seconded by Panama');
  for (const phone of [france, panama]) {
    await expect
      .poll(() => listed(phone), { timeout: WAIT })
      .toEqual([
        expect.stringMatching(/^1\s*Unmoderated caucus of 5 min/),
        expect.stringMatching(/^2\s*Moderated caucus of 10 min/),
      ]);
  }

  await showPanel(chair, 'motions', 'Motions');
  const pending = pendingMotions(chair);
  await expect.poll(() => pending.count()).toBe(2);
  await see(pending.nth(0), /Unmoderated caucus of 5 min: Working paper/);
  await see(pending.nth(0), /Seconded by Russia/);
  await see(pending.nth(0).getByTestId('motion-reason'), /first: the most disruptive/);
  await see(pending.nth(1), /Moderated caucus of 10 min/);
  await see(pending.nth(1), /Seconded by Panama/);
  await see(
    pending.nth(1).getByTestId('motion-reason'),
    'moderated caucus is less disruptive than unmoderated caucus',
  );
  await see(board.getByTestId('board-motions'), /Unmoderated caucus.*Moderated caucus/s);
  await photograph();

  // The unmoderated caucus fails: only four members want it.
  const wanting = ['GBR', 'RUS', 'CHN', 'BHR'];
  await placardVote(room, {
    ballot: (code) => (wanting.includes(code) ? 'yes' : 'no'),
    france: 'No',
    panama: 'No',
    yes: 4,
    no: 10,
  });
  await see(chair.getByTestId('vote-headline'), 'Failed (not enough votes)');
  await see(board.getByTestId('board-result'), /Failed/);
  await see(board.getByTestId('board-result'), 'Recorded: 4 in favour, 10 against, 0 abstaining');
  await see(main(chair), /Failed\s+Unmoderated caucus/);
  await openTab(france, 'motions');
  await reads(france, 'Your motion is number 1 of 1 in the voting order.');

  // The moderated caucus passes.
  await placardVote(room, EVERYONE_YES);
  await see(chair.getByTestId('floor'), 'Moderated caucus');
};
