/**
 * One committee as the web app sees it: the live client, its state and a
 * ticking server clock for timers. Components read getters and derived views
 * and call `send`; they never touch the socket. The state is `$state.raw`,
 * replaced whole on every batch (the shared `evolve` returns new objects).
 */
import { remainingMs, type Command, type CommitteeState, type Timer } from '@placard/shared';
import { CommitteeClient, type ClientStatus, type Credential } from '@placard/shared/client';
import type { Ack, ConnectionRole, ProtocolError } from '@placard/shared/protocol';

/** How long `settled` waits for the state to catch up with an ack. */
const SETTLE_MS = 5000;

export class Committee {
  state = $state.raw<CommitteeState | null>(null);
  seq = $state(0);
  status = $state<ClientStatus>('connecting');
  identity = $state.raw<ConnectionRole | null>(null);
  closingReason = $state.raw<ProtocolError | null>(null);
  /** The server's clock, refreshed a few times a second for timers. */
  now = $state(Date.now());

  readonly id: string;
  readonly #client: CommitteeClient;
  readonly #stop: (() => void)[] = [];

  constructor(id: string, credential: Credential) {
    this.id = id;
    this.#client = new CommitteeClient({ committee: id, credential });
    this.#stop.push(
      this.#client.subscribe((client) => {
        this.state = client.state;
        this.seq = client.seq;
        this.status = client.status;
        this.identity = client.identity;
        this.closingReason = client.closingReason;
      }),
    );
    const tick = setInterval(() => (this.now = this.#client.serverNow()), 200);
    this.#stop.push(() => clearInterval(tick));
    // A phone's tab in the background stops its timers and may sleep through
    // reconnects: when it is visible again, take fresh clock samples at once.
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') {
        void this.#client.resyncClock();
        this.now = this.#client.serverNow();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    this.#stop.push(() => document.removeEventListener('visibilitychange', onVisible));
  }

  /**
   * Send a command; resolves with the server's ack once it is committed. `id` is the
   * command's id (the outbox names its entries by it); the client makes one when absent.
   */
  send(command: Command, id?: string): Promise<Ack> {
    // The one place the web app hands a command to the client's wire format.
    return this.#client.send(command, id);
  }

  /**
   * Resolves once this state includes `seq` (an ack's), so what the command changed can be
   * read; gives up after `SETTLE_MS` (a lost connection must not freeze a screen).
   */
  settled(seq: number): Promise<void> {
    if (this.seq >= seq) return Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_MS)));
    return Promise.race([this.#client.waitForSeq(seq), giveUp]).finally(() => clearTimeout(timer));
  }

  /** Milliseconds left on a timer by the server's clock. */
  remaining(timer: Timer): number {
    return remainingMs(timer, this.now);
  }

  /** Close the connection (leaving the page or signing out). */
  close(): void {
    for (const stop of this.#stop) stop();
    this.#client.close();
  }
}
