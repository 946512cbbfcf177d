/** `t` for the public board: the common messages, the board's own and the record's. */
import { board } from './en/board.ts';
import { common } from './en/common.ts';
import { record } from './en/record.ts';
import { translator } from './translator.ts';

const en = { ...common, ...board, ...record } as const;

export type MessageKey = keyof typeof en;

export const t = translator<MessageKey>({ en });
