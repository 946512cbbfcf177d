/**
 * One delegate's seat on one phone: the live committee, who this seat is, what
 * it may do now (asked of the shared rules), and the outbox its actions go
 * through. Components read getters and call `act` (a label to show, a typed command); they never touch the socket.
 */
import { untrack } from 'svelte';
import type { Amendment, Command, CommitteeState } from '@placard/shared';
import type { Ack } from '@placard/shared/protocol';
import type { Committee } from '#lib/committee/committee.svelte.ts';
import { awaitingMyAnswer } from './drafts/awaiting.ts';
import { Outbox } from './outbox.svelte.ts';
import { asSeat, refused, type Refused } from './rules.ts';
import { VoteDrafts } from './voteDrafts.svelte.ts';

export class SeatSession {
  readonly committee: Committee;
  readonly outbox: Outbox;
  readonly drafts = new VoteDrafts();

  constructor(committee: Committee) {
    this.committee = committee;
    this.outbox = new Outbox((command, id) => committee.send(command, id));
  }

  get state(): CommitteeState | null {
    return this.committee.state;
  }

  /** This seat's delegation code, once the server has welcomed it. */
  get me(): string | null {
    const identity = this.committee.identity;
    return identity?.role === 'seat' ? identity.seat : null;
  }

  /** The server's clock (ticks a few times a second). */
  get now(): number {
    return this.committee.now;
  }

  get online(): boolean {
    return this.committee.status === 'live';
  }

  /** Whether this seat is a Council member (invited delegations participate without vote). */
  get isMember(): boolean {
    const me = this.me;
    return me !== null && (this.state?.members.some((member) => member.code === me) ?? false);
  }

  /**
   * Null when the rules allow this seat to send `command` now, else why not.
   * The clock is read untracked: a control's answer changes with the state,
   * not with every tick of the clock.
   */
  refusal(command: Command): string | null {
    return this.refused(command)?.message ?? null;
  }

  /** As `refusal`, with the error's code (a form tells words that do not read from "not now"). */
  refused(command: Command): Refused | null {
    const state = this.state;
    const me = this.me;
    if (!state || !me) return null;
    const now = untrack(() => this.committee.now);
    return refused(state, asSeat(me), command, now);
  }

  /**
   * Amendments waiting for this seat's answer as a sponsor (the Drafts tab's badge, the
   * drafts list). Here rather than imported by the Drafts screen, so the first screen's
   * bundle keeps the code as one chunk.
   */
  get awaitingMe(): readonly Amendment[] {
    const state = this.state;
    const me = this.me;
    return state && me ? awaitingMyAnswer(state, me, this.calmNow) : [];
  }

  /** The server's clock, read without making the caller tick with it. */
  get calmNow(): number {
    return untrack(() => this.committee.now);
  }

  /** Send a command through the outbox (queued while offline). */
  act(label: string, command: Command): Promise<Ack> {
    return this.outbox.send(label, command);
  }

  close(): void {
    this.committee.close();
  }
}
