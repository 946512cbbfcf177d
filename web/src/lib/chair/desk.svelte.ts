/**
 * The chair's desk: the committee seen with the chair key, the panel on screen,
 * and the toasts that turn the server's refusals into plain sentences. Panels
 * call `send(command)` with a typed `Command`; nothing here decides a rule: the server answers
 * every command and its message is shown as it is.
 */
import { commandSchema, type Command, type CommitteeState, type FloorKind } from '@placard/shared';
import type { Ack, ProtocolError } from '@placard/shared/protocol';
import { Committee } from '#lib/committee/committee.svelte.ts';
import { shortName } from '#lib/committee/names.ts';
import { t, type MessageKey } from '#lib/i18n/index.ts';

/** The panels of the console, in the order of their number keys. */
export const panelIds = [
  'attendance',
  'speakers',
  'motions',
  'caucus',
  'points',
  'voting',
  'seats',
  'rules',
  // Last, so the keys of the panels before it stay as chairs learned them.
  'drafts',
] as const;
export type PanelId = (typeof panelIds)[number];

/** The panel that matches what the committee is doing. */
export const panelForFloor = (floor: FloorKind): PanelId => {
  switch (floor) {
    case 'moderatedCaucus':
    case 'unmoderatedCaucus':
      return 'caucus';
    case 'votingProcedure':
      return 'voting';
    case 'formalDebate':
      return 'speakers';
    case 'adjourned':
    case 'suspended':
      return 'attendance';
    default: {
      const never: never = floor;
      return never;
    }
  }
};

export interface Toast {
  readonly id: number;
  readonly title: string;
  readonly message: string;
  readonly tone: 'error' | 'info';
}

const errorTitles: Readonly<Record<string, MessageKey>> = {
  out_of_order: 'chair.error.out_of_order',
  forbidden: 'chair.error.forbidden',
  conflict: 'chair.error.conflict',
  not_found: 'chair.error.not_found',
  invalid: 'chair.error.invalid',
  rate_limited: 'chair.error.rate_limited',
  too_large: 'chair.error.invalid',
  unauthorized: 'chair.error.unauthorized',
  internal: 'chair.error.internal',
};

const TOAST_MS = 7000;

export class ChairDesk {
  readonly committee: Committee;
  readonly committeeId: string;
  readonly chairKey: string;
  panel = $state<PanelId>('attendance');
  helpOpen = $state(false);
  toasts = $state<Toast[]>([]);
  #nextToast = 1;
  #timers: ReturnType<typeof setTimeout>[] = [];

  constructor(committeeId: string, chairKey: string) {
    this.committeeId = committeeId;
    this.chairKey = chairKey;
    this.committee = new Committee(committeeId, { chairKey });
  }

  /** The committee's state, once the first snapshot has arrived. */
  get state(): CommitteeState | null {
    return this.committee.state;
  }

  /** Send a command as the chair; a refusal becomes a toast. Resolves true when accepted. */
  async send(command: Command): Promise<boolean> {
    const ack = await this.#send(command);
    if (!ack.ok) this.fail(ack.error);
    return ack.ok;
  }

  /**
   * The old untyped call, parsed by the shared schema before it is sent. Kept only for
   * `Overview.svelte`, which another change is rewriting; new code calls `send`.
   */
  async act(type: string, payload: unknown = {}): Promise<boolean> {
    const parsed = commandSchema.safeParse({ type, payload });
    if (parsed.success) return this.send(parsed.data);
    this.fail({ code: 'invalid', message: parsed.error.issues[0]?.message ?? type });
    return false;
  }

  /** Send; a command refused for coming too fast (a run of votes entered at once) is sent again. */
  async #send(command: Command): Promise<Ack> {
    for (let attempt = 1; ; attempt++) {
      const ack = await this.committee.send(command);
      if (ack.ok || ack.error.code !== 'rate_limited' || attempt > 5) return ack;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }

  /**
   * Like `send`, but resolves only once this console's state includes the command's events,
   * so a quick run of key presses (a roll call) reads the floor each one changed.
   */
  async settle(command: Command): Promise<boolean> {
    const ack = await this.#send(command);
    if (!ack.ok) {
      this.fail(ack.error);
      return false;
    }
    await this.committee.settled(ack.seq);
    return true;
  }

  /** Show a server error in plain words: a title for its kind, then the server's own sentence. */
  fail(error: {
    readonly code: ProtocolError['code'] | (string & {});
    readonly message: string;
  }): void {
    const key = errorTitles[error.code] ?? 'chair.error.internal';
    this.toast({ title: t(key), message: sentence(error.message), tone: 'error' });
  }

  toast(toast: Omit<Toast, 'id'>): void {
    const id = this.#nextToast++;
    this.toasts = [...this.toasts.slice(-3), { ...toast, id }];
    const timer = setTimeout(
      () => {
        this.#timers = this.#timers.filter((other) => other !== timer);
        this.dismiss(id);
      },
      toast.tone === 'error' ? TOAST_MS : TOAST_MS / 2,
    );
    this.#timers.push(timer);
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
  }

  /** The short name of a delegation ("United Kingdom"), or its code. */
  name(code: string): string {
    return this.state ? shortName(this.state, code) : code;
  }

  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.committee.close();
  }
}

/** The server writes lower-case clauses; a toast reads better as a sentence. */
const sentence = (text: string): string =>
  text.length === 0
    ? text
    : `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
