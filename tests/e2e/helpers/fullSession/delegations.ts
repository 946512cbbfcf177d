/**
 * The delegations without a browser in the full-session test: one real protocol
 * client per seat (socket.io-client on the seat's own token), scripted rather than
 * random so the test is the same on a loaded machine. They react to the state the
 * way a delegate at the table does: answer the attendance roll call while it is
 * open, vote while a vote is open (in a roll call, only when called), as the test
 * has told them. Anything else they do, the test asks for by name (`act`).
 */
import {
  calledMember,
  inRecallRound,
  openVoteOf,
  type CommitteeState,
  type OpenVote,
  type VoteAnswer,
  type Command,
} from '@placard/shared';
import type { CommitteeClient } from '@placard/shared/client';
import { connect, until, type LiveServer } from '../../../integration/helpers/liveServer.ts';

/** What a delegation answers at the attendance roll call; null stays away. */
export type Attendance = (code: string) => 'present' | 'presentAndVoting' | null;
/** What a delegation answers in a vote (null: it has not been told, so it waits). */
export type Ballot = (vote: OpenVote, code: string) => VoteAnswer | null;

export class SimulatedDelegations {
  readonly #clients = new Map<string, CommitteeClient>();
  /** Reactions already sent, so a burst of state changes never sends one twice. */
  readonly #sent = new Set<string>();
  /** Every command of theirs the server refused: the test expects none. */
  readonly refusals: string[] = [];
  attendance: Attendance = () => null;
  ballot: Ballot = () => null;

  constructor(live: LiveServer, codes: readonly string[]) {
    for (const code of codes) {
      const token = live.seatTokens[code];
      if (!token) throw new Error(`no seat token for ${code}`);
      const client = connect(live, { seatToken: token });
      client.subscribe(() => this.#react(code, client));
      this.#clients.set(code, client);
    }
  }

  get codes(): string[] {
    return [...this.#clients.keys()];
  }

  /** Resolves once every client holds the committee's state. */
  ready(): Promise<void> {
    const clients = [...this.#clients.values()];
    return until(() => clients.every((client) => client.state !== null), 20_000, 'delegations');
  }

  /** The committee as one of them sees it (for ids: a motion to second, a speech to answer). */
  state(code = this.codes[0] ?? ''): CommitteeState {
    const state = this.#client(code).state;
    if (!state) throw new Error(`${code} holds no state`);
    return state;
  }

  /** A command the test asks of a delegation; it must be accepted. */
  async act(code: string, command: Command): Promise<void> {
    const client = this.#client(code);
    const ack = await client.send(command);
    if (!ack.ok) {
      throw new Error(`${code} ${command.type} refused: ${ack.error.code}: ${ack.error.message}`);
    }
    await client.waitForSeq(ack.seq);
  }

  /** A delegation seconds the pending motion that `which` picks, once it has heard of it. */
  async second(code: string, which: (kind: string) => boolean): Promise<void> {
    const find = () =>
      this.#client(code).state?.motions.find(
        (candidate) => candidate.status.kind === 'pending' && which(candidate.spec.kind),
      );
    await until(() => find() !== undefined, 10_000, `${code} hearing of the motion to second`);
    await this.act(code, { type: 'motion.second', payload: { motionId: find()?.id ?? '' } });
  }

  /** React again to the state as it is (after the test changed what they are told). */
  wake(): void {
    for (const [code, client] of this.#clients) this.#react(code, client);
  }

  close(): void {
    for (const client of this.#clients.values()) client.close();
  }

  #client(code: string): CommitteeClient {
    const client = this.#clients.get(code);
    if (!client) throw new Error(`${code} is not simulated`);
    return client;
  }

  #react(code: string, client: CommitteeClient): void {
    const state = client.state;
    if (!state || client.status !== 'live') return;
    const attendance = state.attendance;
    if (attendance.rollCallOpen && !attendance.answered.includes(code)) {
      const status = this.attendance(code);
      if (status) {
        this.#once(client, `attendance:${state.meeting}:${code}`, {
          type: 'attendance.record',
          payload: { status },
        });
      }
    }
    const vote = openVoteOf(state);
    if (!vote || !vote.members.some((member) => member.code === code && member.present)) return;
    if (vote.records.some((record) => record.delegation === code)) return;
    let recalled = false;
    if (vote.rollCall) {
      if (calledMember(vote.rollCall) !== code) return;
      recalled = inRecallRound(vote.rollCall);
    }
    const choice = this.ballot(vote, code);
    if (choice) {
      const key = `vote:${vote.id}:${code}:${recalled ? 'recall' : 'first'}`;
      this.#once(client, key, { type: 'vote.cast', payload: { voteId: vote.id, choice } });
    }
  }

  #once(client: CommitteeClient, key: string, command: Command): void {
    if (this.#sent.has(key)) return;
    this.#sent.add(key);
    void client.send(command).then((ack) => {
      if (!ack.ok) this.refusals.push(`${key}: ${ack.error.code}: ${ack.error.message}`);
    });
  }
}
