/**
 * The seat's outbox, and its one offline policy: an action taken while the
 * phone is offline is queued and sent once the connection is back (the live
 * client resends an unacknowledged command with the same id, so the server
 * records it once). Every action stays visible until the server answers:
 * "sending", "will be sent when you are back online", then done or refused
 * with the server's own words. Nothing is dropped silently.
 */
import type { Command, CommandOf, CommandType } from '@placard/shared';
import { newCommandId } from '@placard/shared/client';
import type { Ack } from '@placard/shared/protocol';

export type OutboxStatus = 'pending' | 'done' | 'refused';

export interface OutboxEntry {
  /** The command's id: the server records it once however often it is resent. */
  readonly id: string;
  readonly command: Command;
  /** What the delegate did, in words ("Join the speakers' list"); shown only. */
  readonly label: string;
  status: OutboxStatus;
  /** The server's reason when it refused. */
  message: string | null;
}

type Send = (command: Command, id: string) => Promise<Ack>;

/** How long an answered action stays on screen. */
const SHOW_DONE_MS = 3000;
const SHOW_REFUSED_MS = 10_000;

export class Outbox {
  entries = $state<OutboxEntry[]>([]);
  readonly #send: Send;

  constructor(send: Send) {
    this.#send = send;
  }

  /** Send a command (queued while offline); resolves with the server's ack. */
  async send(label: string, command: Command): Promise<Ack> {
    const id = newCommandId();
    this.entries.push({ id, command, label, status: 'pending', message: null });
    const ack = await this.#send(command, id);
    const entry = this.entries.find((candidate) => candidate.id === id);
    if (entry) {
      entry.status = ack.ok ? 'done' : 'refused';
      entry.message = ack.ok ? null : ack.error.message;
      setTimeout(() => this.dismiss(id), ack.ok ? SHOW_DONE_MS : SHOW_REFUSED_MS);
    }
    return ack;
  }

  /** Take an answered action off the screen. */
  dismiss(id: string): void {
    this.entries = this.entries.filter((entry) => entry.id !== id);
  }

  /** Whether a command of this type (with these payload fields, when given) is still waiting for the server. */
  waiting<T extends CommandType>(type: T, fields: Partial<CommandOf<T>['payload']> = {}): boolean {
    return this.entries.some((entry) => {
      if (entry.status !== 'pending' || entry.command.type !== type) return false;
      const sent: Readonly<Record<string, unknown>> = Object.fromEntries(
        Object.entries(entry.command.payload),
      );
      return Object.entries(fields).every(([key, value]) => sent[key] === value);
    });
  }
}
