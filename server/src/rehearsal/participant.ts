/**
 * A simulated participant: a real protocol client (a delegation on its seat
 * token, or the scripted chair on the chair key) asking its policy what to do
 * whenever the state it holds changes, and on a short tick for what comes with
 * time (the end of a speech). A command waits its delay; if the policy still
 * wants the same command when the delay is over it is sent, otherwise the new
 * wish replaces it. A refused command is not retried until the state changes.
 */
import { CommitteeClient, type Credential } from '@placard/shared/client';
import type { Command, CommitteeState } from '@placard/shared';
import type { Intent } from './intent.ts';

/** What the participant does next, given the state it holds and the server's time. */
export type Policy = (state: CommitteeState, now: number) => Intent | null;

export interface ParticipantSetup {
  readonly url: string;
  readonly committee: string;
  /** A delegation's code, or "chair". */
  readonly name: string;
  readonly credential: Exclude<Credential, null>;
  /** The rehearsal's speed: the tick is shorter when things go faster. */
  readonly speed: number;
  /** What each line of the log says (default: nothing). */
  readonly log?: (line: string) => void;
}

const keyOf = (command: Command): string => `${command.type}:${JSON.stringify(command.payload)}`;

export class SimulatedParticipant {
  readonly name: string;
  readonly client: CommitteeClient;
  /** Commands sent and how the server answered (for the log and the tests). */
  readonly sent: { type: string; ok: boolean; code?: string; message?: string }[] = [];
  readonly #setup: ParticipantSetup;
  #policy: Policy | null = null;
  #waiting: { key: string; timer: ReturnType<typeof setTimeout> } | null = null;
  #sending = false;
  #refused: { key: string; seq: number } | null = null;
  #ticker: ReturnType<typeof setInterval> | null = null;
  #unsubscribe: (() => void) | null = null;
  #stopped = false;

  constructor(setup: ParticipantSetup) {
    this.#setup = setup;
    this.name = setup.name;
    this.client = new CommitteeClient({
      url: setup.url,
      committee: setup.committee,
      credential: setup.credential,
      clockSamples: 3,
      socket: { transports: ['websocket'], reconnectionDelay: 250, reconnectionDelayMax: 2000 },
    });
  }

  /** Start acting on the state by this policy (once). */
  act(policy: Policy): void {
    if (this.#stopped || this.#policy) return;
    this.#policy = policy;
    this.#unsubscribe = this.client.subscribe(() => this.#consider());
    const tickMs = Math.max(100, Math.min(1000, Math.round(1000 / this.#setup.speed)));
    this.#ticker = setInterval(() => this.#consider(), tickMs);
    this.#consider();
  }

  /** Stop acting and close the connection. */
  stop(): void {
    this.#stopped = true;
    this.#cancel();
    if (this.#ticker) clearInterval(this.#ticker);
    this.#unsubscribe?.();
    this.client.close();
  }

  #intent(): Intent | null {
    const state = this.client.state;
    const policy = this.#policy;
    if (!state || !policy || this.client.status !== 'live') return null;
    return policy(state, this.client.serverNow());
  }

  #consider(): void {
    if (this.#stopped || this.#sending) return;
    const intent = this.#intent();
    if (!intent) {
      this.#cancel();
      return;
    }
    const key = keyOf(intent.command);
    if (this.#refused?.key === key && this.#refused.seq === this.client.seq) return;
    if (this.#waiting?.key === key) return; // already waiting to send exactly this
    this.#cancel();
    const timer = setTimeout(() => this.#fire(key), intent.afterMs);
    this.#waiting = { key, timer };
  }

  #fire(key: string): void {
    this.#waiting = null;
    if (this.#stopped) return;
    const intent = this.#intent();
    // The state moved on while we waited: do what it now calls for instead.
    if (!intent || keyOf(intent.command) !== key) {
      this.#consider();
      return;
    }
    void this.#send(intent.command, intent.reason);
  }

  async #send(command: Command, reason: string): Promise<void> {
    this.#sending = true;
    const ack = await this.client.send(command);
    this.#sending = false;
    if (this.#stopped) return;
    if (ack.ok) {
      this.sent.push({ type: command.type, ok: true });
      this.#setup.log?.(`${this.name} ${reason}`);
      await this.client.waitForSeq(ack.seq);
    } else {
      const { code, message } = ack.error;
      this.sent.push({ type: command.type, ok: false, code, message });
      this.#refused = { key: keyOf(command), seq: this.client.seq };
      this.#setup.log?.(`${this.name} ${reason}: refused (${message})`);
    }
    this.#consider();
  }

  #cancel(): void {
    if (this.#waiting) clearTimeout(this.#waiting.timer);
    this.#waiting = null;
  }
}
