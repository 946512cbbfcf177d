/**
 * The record's words (the latest decisions on the board, the chair's overview):
 * in English the minutes' own, so a decision reads the same on the screen and
 * in the minutes. Another language gives its own catalog with these keys.
 */
import { recordPhrasesEn } from '@placard/shared';

export const record = recordPhrasesEn;
