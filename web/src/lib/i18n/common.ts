/** `t` for components every page shares: the common messages only. */
import { common } from './en/common.ts';
import { translator } from './translator.ts';

export type MessageKey = keyof typeof common;

export const t = translator<MessageKey>({ en: common });
