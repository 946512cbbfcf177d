/**
 * `t` for the seat's Drafts screen: the common messages, the seat's, and the
 * drafts' own, which are loaded with the screen (see en/seatDrafts.ts).
 */
import { common } from './en/common.ts';
import { seat } from './en/seat.ts';
import { seatDrafts } from './en/seatDrafts.ts';
import { translator } from './translator.ts';

const en = { ...common, ...seat, ...seatDrafts } as const;

export type MessageKey = keyof typeof en;

export const t = translator<MessageKey>({ en });
