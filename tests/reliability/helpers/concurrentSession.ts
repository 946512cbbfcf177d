/**
 * A Council session as a chair and fifteen phones really drive it, with the bursts a
 * real room makes: everyone asks for the floor at once, fifteen placards go up in the
 * same second for a vote. Each burst waits for all its acks; then the chair's copy of
 * the state must include the last one before the floor is read again.
 */
import type { CommitteeClient } from '@placard/shared/client';
import type { Ack } from '@placard/shared/protocol';

/** How a command is sent (the crash test records every ack and may pause before sending). */
export type Sender = (client: CommitteeClient, type: string, payload?: unknown) => Promise<Ack>;

export interface SessionParticipants {
  readonly chair: CommitteeClient;
  /** One client per member, by code. */
  readonly seats: Readonly<Record<string, CommitteeClient>>;
}

export class ConcurrentSession {
  sent = 0;
  accepted = 0;
  readonly rejected: { type: string; code: string; message: string }[] = [];
  readonly #p: SessionParticipants;
  readonly #send: Sender;
  readonly #waitForSeq: (seq: number) => Promise<void>;
  /** Called whenever the committee enters an unmoderated caucus (the crash test kills there). */
  onUnmoderatedCaucus: (() => Promise<void>) | null = null;

  constructor(
    participants: SessionParticipants,
    send: Sender,
    waitForSeq: (seq: number) => Promise<void>,
  ) {
    this.#p = participants;
    this.#send = send;
    this.#waitForSeq = waitForSeq;
  }

  get state() {
    const state = this.#p.chair.state;
    if (!state) throw new Error('the chair has no state');
    return state;
  }

  seat(code: string): CommitteeClient {
    const seat = this.#p.seats[code];
    if (!seat) throw new Error(`no client for ${code}`);
    return seat;
  }

  get members(): string[] {
    return Object.keys(this.#p.seats);
  }

  /** Send several commands at once; wait for every ack and for the chair to see them. */
  async burst(commands: readonly [CommitteeClient, string, unknown][]): Promise<Ack[]> {
    this.sent += commands.length;
    const acks = await Promise.all(
      commands.map(([client, type, payload]) => this.#send(client, type, payload)),
    );
    let last = 0;
    acks.forEach((ack, index) => {
      if (ack.ok) {
        this.accepted += 1;
        last = Math.max(last, ack.seq);
      } else {
        const type = commands[index]?.[1] ?? '?';
        this.rejected.push({ type, code: ack.error.code, message: ack.error.message });
      }
    });
    if (last > 0) await this.#waitForSeq(last);
    return acks;
  }

  async one(client: CommitteeClient, type: string, payload: unknown = {}): Promise<Ack> {
    const [ack] = await this.burst([[client, type, payload]]);
    if (!ack) throw new Error('no ack');
    return ack;
  }

  async rollCall(): Promise<void> {
    const chair = this.#p.chair;
    await this.one(chair, 'session.open');
    await this.one(chair, 'attendance.startRollCall');
    await this.burst(
      this.members.map((code) => [
        this.seat(code),
        'attendance.record',
        { status: code === 'PAK' ? 'presentAndVoting' : 'present' },
      ]),
    );
    await this.one(chair, 'attendance.closeRollCall');
    await this.one(chair, 'gsl.open');
  }

  async fillSpeakersList(): Promise<void> {
    const listed = new Set(this.state.speakersList.entries);
    await this.burst(
      this.members
        .filter((code) => !listed.has(code))
        .map((code) => [this.seat(code), 'gsl.add', {}]),
    );
  }

  async speech(): Promise<void> {
    const ack = await this.one(this.#p.chair, 'gsl.next');
    const speaker = this.state.speech?.delegation;
    if (!ack.ok || !speaker) return;
    if (this.members.includes(speaker)) {
      await this.one(this.seat(speaker), 'speech.yield', { to: 'chair' });
    } else {
      await this.one(this.#p.chair, 'speech.end');
    }
  }

  async motion(mover: string, seconder: string, motion: unknown, votes: (code: string) => string) {
    await this.one(this.seat(mover), 'motion.move', { motion });
    const moved = this.state.motions.filter((m) => m.status.kind === 'pending').at(-1);
    if (!moved) return;
    await this.one(this.seat(seconder), 'motion.second', { motionId: moved.id });
    await this.one(this.#p.chair, 'motion.putToVote');
    const vote = this.state.votes.find((v) => v.status === 'open');
    if (!vote) return;
    await this.burst(
      this.members.map((code) => [
        this.seat(code),
        'vote.cast',
        { voteId: vote.id, choice: votes(code) },
      ]),
    );
    await this.one(this.#p.chair, 'vote.close', { voteId: vote.id });
  }

  async moderatedCaucus(): Promise<void> {
    if (this.state.floor.kind !== 'moderatedCaucus') return;
    const raisers = this.members.slice(0, 6);
    await this.burst(raisers.map((code) => [this.seat(code), 'placard.raise', {}]));
    for (const code of raisers.slice(0, 2)) {
      await this.one(this.#p.chair, 'caucus.recognise', { delegation: code });
    }
    await this.one(this.#p.chair, 'caucus.end');
  }

  /** Rounds of debate until `enough()` says stop. */
  async run(enough: () => boolean): Promise<void> {
    await this.rollCall();
    let round = 0;
    while (!enough()) {
      await this.fillSpeakersList();
      for (let i = 0; i < 3; i++) await this.speech();
      const codes = this.members;
      const mover = codes[round % codes.length] ?? 'FRA';
      const seconder = codes[(round + 1) % codes.length] ?? 'CHN';
      if (round % 2 === 0) {
        await this.motion(
          mover,
          seconder,
          { kind: 'moderatedCaucus', totalSeconds: 600, speakingSeconds: 60, topic: 'Precursors' },
          (code) => (code === 'RUS' ? 'no' : 'yes'),
        );
        await this.moderatedCaucus();
      } else {
        await this.motion(
          mover,
          seconder,
          { kind: 'unmoderatedCaucus', totalSeconds: 900, purpose: 'Working paper' },
          (code) => (['CHN', 'RUS', 'PAK', 'SOM'].includes(code) ? 'no' : 'yes'),
        );
        if (this.state.floor.kind === 'unmoderatedCaucus') {
          if (this.onUnmoderatedCaucus) await this.onUnmoderatedCaucus();
          await this.one(this.#p.chair, 'caucus.end');
        }
      }
      round += 1;
    }
  }
}
