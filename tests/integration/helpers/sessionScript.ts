/**
 * A scripted Council session driven through real clients, the way a chair and
 * fifteen phones would: roll call, the speakers' list with yields, competing
 * motions put to placard votes, caucuses. Each command waits for its ack and
 * for the chair's copy of the state to include it, so the next step reads the
 * floor as it is.
 */
import type { Command, MotionSpec } from '@placard/shared';
import type { CommitteeClient } from '@placard/shared/client';
import type { Ack } from '@placard/shared/protocol';

/** What a member may answer in a vote. */
type Choice = Extract<Command, { type: 'vote.cast' }>['payload']['choice'];

export interface Participants {
  readonly chair: CommitteeClient;
  /** One client per delegation with a seat, by code. */
  readonly seats: Readonly<Record<string, CommitteeClient>>;
}

export interface SessionTally {
  sent: number;
  accepted: number;
  rejected: { type: string; code: string; message: string }[];
  /** Commands sent again after a `rate_limited` refusal (each retry once). */
  slowedDown: number;
}

export class SessionScript {
  readonly tally: SessionTally = { sent: 0, accepted: 0, rejected: [], slowedDown: 0 };
  readonly #p: Participants;

  constructor(participants: Participants) {
    this.#p = participants;
  }

  get state() {
    const state = this.#p.chair.state;
    if (!state) throw new Error('the chair has no state yet');
    return state;
  }

  seat(code: string): CommitteeClient {
    const client = this.#p.seats[code];
    if (!client) throw new Error(`no client for ${code}`);
    return client;
  }

  /**
   * Send one command and wait until the chair's state includes it. A command refused as
   * `rate_limited` is sent again after a pause, as the chair's console does: the script
   * acts as fast as acks come back, which on a quick machine outruns the chair's
   * allowance (15 a second) though no person clicks that fast.
   */
  async send(client: CommitteeClient, command: Command): Promise<Ack> {
    this.tally.sent += 1;
    let ack = await client.send(command);
    for (let attempt = 1; !ack.ok && ack.error.code === 'rate_limited' && attempt <= 5; attempt++) {
      this.tally.slowedDown += 1;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      ack = await client.send(command);
    }
    if (ack.ok) {
      this.tally.accepted += 1;
      await this.#p.chair.waitForSeq(ack.seq);
    } else {
      this.tally.rejected.push({
        type: command.type,
        code: ack.error.code,
        message: ack.error.message,
      });
    }
    return ack;
  }

  members(): string[] {
    return this.state.members.map((member) => member.code);
  }

  async rollCall(): Promise<void> {
    const chair = this.#p.chair;
    await this.send(chair, { type: 'session.open', payload: {} });
    await this.send(chair, { type: 'attendance.startRollCall', payload: {} });
    for (const code of Object.keys(this.#p.seats)) {
      await this.send(this.seat(code), {
        type: 'attendance.record',
        payload: {
          status: code === 'PAK' ? 'presentAndVoting' : 'present',
        },
      });
    }
    await this.send(chair, { type: 'attendance.closeRollCall', payload: {} });
    await this.send(chair, { type: 'gsl.open', payload: {} });
  }

  /** Seats whose phone is connected (an offline phone cannot act until it is back). */
  online(): string[] {
    return Object.entries(this.#p.seats)
      .filter(([, client]) => client.status === 'live')
      .map(([code]) => code);
  }

  /** Everyone online and not on the list asks to speak. */
  async fillSpeakersList(): Promise<void> {
    for (const code of this.online()) {
      if (!this.state.speakersList.entries.includes(code)) {
        await this.send(this.seat(code), { type: 'gsl.add', payload: {} });
      }
    }
  }

  /** The next speaker speaks and yields to the chair. */
  async speech(): Promise<void> {
    const ack = await this.send(this.#p.chair, { type: 'gsl.next', payload: {} });
    const speaker = this.state.speech?.delegation;
    if (!ack.ok || !speaker) return;
    if (this.online().includes(speaker)) {
      await this.send(this.seat(speaker), { type: 'speech.yield', payload: { to: 'chair' } });
    } else {
      await this.send(this.#p.chair, { type: 'speech.end', payload: {} });
    }
  }

  /** A motion moved by one member, seconded by another, put to a placard vote and closed. */
  async motion(
    mover: string,
    seconder: string,
    motion: MotionSpec,
    votes: (code: string) => Choice,
  ): Promise<void> {
    await this.send(this.seat(mover), { type: 'motion.move', payload: { motion } });
    const pending = this.state.motions.filter((m) => m.status.kind === 'pending');
    const moved = pending.at(-1);
    if (!moved) return;
    await this.send(this.seat(seconder), {
      type: 'motion.second',
      payload: { motionId: moved.id },
    });
    await this.send(this.#p.chair, { type: 'motion.putToVote', payload: {} });
    const vote = this.state.votes.find((v) => v.status === 'open');
    if (!vote) return;
    for (const code of this.members()) {
      await this.send(this.seat(code), {
        type: 'vote.cast',
        payload: { voteId: vote.id, choice: votes(code) },
      });
    }
    await this.send(this.#p.chair, { type: 'vote.close', payload: { voteId: vote.id } });
  }

  /** A moderated caucus: placards raised, two recognised, then ended by the chair. */
  async moderatedCaucus(): Promise<void> {
    if (this.state.floor.kind !== 'moderatedCaucus') return;
    const raisers = this.members().slice(0, 4);
    for (const code of raisers)
      await this.send(this.seat(code), { type: 'placard.raise', payload: {} });
    for (const code of raisers.slice(0, 2)) {
      await this.send(this.#p.chair, { type: 'caucus.recognise', payload: { delegation: code } });
    }
    await this.send(this.#p.chair, { type: 'caucus.end', payload: {} });
  }

  /** Run rounds of debate until at least `commands` commands were sent. */
  async run(commands: number): Promise<SessionTally> {
    await this.rollCall();
    let round = 0;
    while (this.tally.sent < commands) {
      await this.fillSpeakersList();
      for (let i = 0; i < 3; i++) await this.speech();
      const codes = this.members();
      const mover = codes[round % codes.length] ?? 'FRA';
      const seconder = codes[(round + 1) % codes.length] ?? 'CHN';
      if (round % 2 === 0) {
        await this.motion(
          mover,
          seconder,
          {
            kind: 'moderatedCaucus',
            totalSeconds: 600,
            speakingSeconds: 60,
            topic: 'Precursor chemicals',
          },
          (code) => (code === 'RUS' ? 'no' : 'yes'),
        );
        await this.moderatedCaucus();
      } else {
        await this.motion(
          mover,
          seconder,
          { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper' },
          (code) =>
            ['CHN', 'RUS', 'PAK', 'SOM', 'BHR', 'COD', 'LBR'].includes(code) ? 'no' : 'yes',
        );
        if (this.state.floor.kind === 'unmoderatedCaucus')
          await this.send(this.#p.chair, { type: 'caucus.end', payload: {} });
      }
      round += 1;
    }
    return this.tally;
  }
}
