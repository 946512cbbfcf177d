/**
 * A whole session of the 2026 Security Council, every screen at once (issue 10):
 * the chair's console on a laptop, France and Panama on their phones, the public
 * board on a projector, and the other thirteen seats (Mexico, invited without
 * vote, among them) as scripted protocol clients. From the roll call to the
 * minutes, each phase checks what every screen involved shows and photographs it
 * (artifacts/full-session-<nn>-<phase>-<screen>.png). The phases run in order on
 * one committee; once one fails, the later ones are skipped rather than failing
 * on its wreckage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agenda } from './helpers/fullSession/agenda.ts';
import { amendment } from './helpers/fullSession/amendment.ts';
import { closure } from './helpers/fullSession/closure.ts';
import { explanation } from './helpers/fullSession/explanation.ts';
import { introduction } from './helpers/fullSession/introduction.ts';
import { minutes } from './helpers/fullSession/minutes.ts';
import { moderatedCaucus } from './helpers/fullSession/moderatedCaucus.ts';
import { motions } from './helpers/fullSession/motions.ts';
import { pointOfOrder, rightOfReply } from './helpers/fullSession/points.ts';
import { rollCall } from './helpers/fullSession/rollCall.ts';
import { result, rollCallVote } from './helpers/fullSession/rollCallVote.ts';
import {
  openRoom,
  refusalsOnScreen,
  shoot,
  type PhaseRun,
  type Room,
} from './helpers/fullSession/session.ts';
import { speakersList } from './helpers/fullSession/speakersList.ts';
import { unmoderatedCaucus } from './helpers/fullSession/unmoderatedCaucus.ts';
import { workingPaper } from './helpers/fullSession/workingPaper.ts';

/** The session, phase by phase, with the name its screenshots carry. */
const PHASES: readonly (readonly [string, PhaseRun])[] = [
  ['roll-call', rollCall],
  ['agenda', agenda],
  ['speakers-list', speakersList],
  ['motions', motions],
  ['moderated-caucus', moderatedCaucus],
  ['unmoderated-caucus', unmoderatedCaucus],
  ['working-paper', workingPaper],
  ['amendment', amendment],
  ['point-of-order', pointOfOrder],
  ['right-of-reply', rightOfReply],
  ['draft-introduced', introduction],
  ['closure', closure],
  ['roll-call-vote', rollCallVote],
  ['result', result],
  ['explanation-of-vote', explanation],
  ['minutes', minutes],
];

let room: Room | undefined;
let failed: string | null = null;

beforeAll(async () => {
  room = await openRoom();
}, 120_000);

afterAll(async () => {
  await room?.close();
}, 60_000);

describe('a full session on every screen', () => {
  for (const [index, [name, run]] of PHASES.entries()) {
    const number = index + 1;
    it(`${String(number).padStart(2, '0')} ${name}`, async (context) => {
      if (failed !== null) context.skip(`phase "${failed}" failed`);
      const here = room;
      if (!here) throw new Error('the room did not open');
      const screens = {
        chair: here.chair,
        france: here.france,
        panama: here.panama,
        board: here.board,
      };
      try {
        await run(here, (shown = screens) => shoot(shown, number, name));
        // Nobody was refused, on a screen or over the protocol: the session went as the rules allow.
        expect(await refusalsOnScreen(here)).toEqual([]);
        expect(here.refused).toEqual([]);
        expect(here.delegations.refusals).toEqual([]);
      } catch (error) {
        failed = name;
        await shoot(screens, number, `${name}-failure`).catch(() => undefined);
        throw error;
      }
    }, 120_000);
  }
});
