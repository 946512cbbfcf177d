/**
 * The one message catalog for every screen, here whole (the chair console and
 * shared components); `board.ts` and `seat.ts` give the public pages a `t`
 * over only their own and the common messages. English is complete; another
 * language is a catalog with the same keys (the type makes a missing key an
 * error), so Spanish and French can follow without touching components.
 * Each area keeps its messages in its own file under `en/`.
 */
import { board } from './en/board.ts';
import { chair } from './en/chair.ts';
import { chairCaucusPoints } from './en/chairCaucusPoints.ts';
import { chairDrafts } from './en/chairDrafts.ts';
import { chairMotions } from './en/chairMotions.ts';
import { chairSetup } from './en/chairSetup.ts';
import { common } from './en/common.ts';
import { record } from './en/record.ts';
import { rehearsal } from './en/rehearsal.ts';
import { seat } from './en/seat.ts';
import { translator } from './translator.ts';

export { setLanguage } from './translator.ts';

const en = {
  ...common,
  ...chair,
  ...chairMotions,
  ...chairCaucusPoints,
  ...chairSetup,
  ...chairDrafts,
  ...seat,
  ...board,
  ...rehearsal,
  ...record,
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;

/** The message for `key`, with `{name}` placeholders filled from `params`. */
export const t = translator<MessageKey>({ en });
