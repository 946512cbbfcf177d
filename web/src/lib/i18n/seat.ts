/** `t` for the delegate app: the common messages and the seat's own. */
import { common } from './en/common.ts';
import { seat } from './en/seat.ts';
import { translator } from './translator.ts';

const en = { ...common, ...seat } as const;

export type MessageKey = keyof typeof en;

export const t = translator<MessageKey>({ en });
