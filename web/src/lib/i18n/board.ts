/** `t` for the public board: the common messages and the board's own. */
import { board } from './en/board.ts';
import { common } from './en/common.ts';
import { translator } from './translator.ts';

const en = { ...common, ...board } as const;

export type MessageKey = keyof typeof en;

export const t = translator<MessageKey>({ en });
