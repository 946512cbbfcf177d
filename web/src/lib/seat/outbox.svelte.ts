/**
 * The seat's outbox, and its one offline policy: an action taken while the
 * phone is offline is queued and sent once the connection is back (the live
 * client resends an unacknowledged command with the same id, so the server
 * records it once). Every action stays visible until the server answers:
 * "sending", "will be sent when you are back online", then done or refused
 * with the server's own words. Nothing is dropped silently.
 */
import type { Ack } from '@placard/shared/protocol';

export type OutboxStatus = 'pending' | 'done' | 'refused';

export interface OutboxEntry {
  readonly id: number;
  /** What the delegate did, in words ("Join the speakers' list"). */
  readonly label: string;
  status: OutboxStatus;
  /** The server's reason when it refused. */
  message: string | null;
}

type Send = (type: string, payload: unknown) => Promise<Ack>;

/** How long an answered action stays on screen. */
const SHOW_DONE_MS = 3000;
const SHOW_REFUSED_MS = 10_000;

export class Outbox {
  entries = $state<OutboxEntry[]>([]);
  #nextId = 1;
  readonly #send: Send;

  constructor(send: Send) {
    this.#send = send;
  }

  /** Send a command (queued while offline); resolves with the server's ack. */
  async send(label: string, type: string, payload: unknown): Promise<Ack> {
    const id = this.#nextId++;
    this.entries.push({ id, label, status: 'pending', message: null });
    const ack = await this.#send(type, payload);
    const entry = this.entries.find((candidate) => candidate.id === id);
    if (entry) {
      entry.status = ack.ok ? 'done' : 'refused';
      entry.message = ack.ok ? null : ack.error.message;
      setTimeout(() => this.dismiss(id), ack.ok ? SHOW_DONE_MS : SHOW_REFUSED_MS);
    }
    return ack;
  }

  /** Take an answered action off the screen. */
  dismiss(id: number): void {
    this.entries = this.entries.filter((entry) => entry.id !== id);
  }

  /** Whether an action with this label is still waiting for the server. */
  waiting(label: string): boolean {
    return this.entries.some((entry) => entry.label === label && entry.status === 'pending');
  }
}
