/**
 * The chair and the fifteen members, spread over a few actor processes
 * (bench/actors.ts) on the load core, driven from the orchestrator: the
 * session's setup, chair actions on a fixed schedule, 15-vote bursts. It
 * reports for each scheduled command when it was meant to leave, when it left,
 * its ack, and when the chair and every member held its seq.
 */
import type { ChairView, ScheduledSend, SendResult } from '../actors.ts';
import { Child, PRIORITY } from './child.ts';
import type { ServerInfo } from './serverControl.ts';
import { nowMs, sleep } from './time.ts';

/** One command on the schedule: times are epoch ms (nowMs). */
export interface CommandTiming {
  readonly seq: number;
  readonly intended: number;
  readonly sent: number;
  readonly acked: number;
  /** When the chair and every member held the seq. */
  readonly allActors: number;
}

export interface RunResult {
  readonly commands: readonly CommandTiming[];
  /** CPU share of each actor process over the run. */
  readonly shares: readonly number[];
}

export class ActorGroup {
  readonly processes: readonly Child[];
  readonly #members: readonly string[];
  readonly #home = new Map<string, Child>();

  private constructor(processes: Child[], homes: Map<string, Child>, members: readonly string[]) {
    this.processes = processes;
    this.#home = homes;
    this.#members = members;
  }

  /** Start `count` processes: the chair with the first members, the others spread evenly. */
  static async start(
    info: ServerInfo,
    core: number | null,
    count: number,
    track: (child: Child) => void,
  ): Promise<ActorGroup> {
    const groups: string[][] = Array.from({ length: Math.max(1, count) }, () => []);
    info.members.forEach((code, index) => groups[(index + 1) % groups.length]?.push(code));
    const homes = new Map<string, Child>();
    const processes: Child[] = [];
    const started = await Promise.allSettled(
      groups.map((codes, index) =>
        Child.start({
          name: `actors-${index + 1}`,
          script: 'actors.ts',
          core,
          nice: PRIORITY.phones,
          params: {
            url: info.url,
            committee: info.committee,
            ...(index === 0 ? { chairKey: info.chairKey } : {}),
            seatTokens: Object.fromEntries(codes.map((code) => [code, info.seatTokens[code]])),
          },
        }).then(({ child }) => {
          track(child);
          processes[index] = child;
          if (index === 0) homes.set('chair', child);
          for (const code of codes) homes.set(code, child);
          return child;
        }),
      ),
    );
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const group = new ActorGroup(processes, homes, info.members);
    await group.#all('connect', {}, 30_000);
    return group;
  }

  #all<T>(command: string, params: unknown = {}, timeoutMs = 60_000): Promise<T[]> {
    return Promise.all(this.processes.map((p) => p.request<T>(command, params, timeoutMs)));
  }

  #process(as: string): Child {
    const child = this.#home.get(as);
    if (!child) throw new Error(`no actor process holds ${as}`);
    return child;
  }

  /** Send a command now; it must be accepted; wait until every phone holds it. */
  async must(as: string, type: string, payload: unknown = {}): Promise<number> {
    const { ack } = await this.#process(as).request<SendResult>('send', { as, type, payload });
    if (!ack.ok) throw new Error(`${as} ${type} refused: ${ack.error.code} ${ack.error.message}`);
    await this.#all('waitSeq', { seq: ack.seq });
    return ack.seq;
  }

  chair(): Promise<ChairView> {
    return this.#process('chair').request<ChairView>('chair');
  }

  async seq(): Promise<number> {
    return (await this.chair()).seq;
  }

  /** Roll call (every member present) and the speakers' list opened. */
  async setup(): Promise<void> {
    await this.must('chair', 'session.open');
    await this.must('chair', 'attendance.startRollCall');
    for (const code of this.#members)
      await this.must(code, 'attendance.record', { status: 'present' });
    await this.must('chair', 'attendance.closeRollCall');
    await this.must('chair', 'gsl.open');
  }

  /** Run a schedule (spread over the processes holding each sender) and time every command. */
  async #schedule(sends: readonly ScheduledSend[]): Promise<RunResult> {
    await this.#all('record', { on: true });
    const byProcess = new Map<Child, ScheduledSend[]>();
    for (const send of sends) {
      const child = this.#process(send.as);
      byProcess.set(child, [...(byProcess.get(child) ?? []), send]);
    }
    const results = (
      await Promise.all(
        [...byProcess].map(([child, list]) =>
          child.request<SendResult[]>('run', { sends: list }, 120_000 + sends.length * 1000),
        ),
      )
    ).flat();
    const refused = results.find((r) => !r.ack.ok);
    if (refused && !refused.ack.ok) {
      throw new Error(`${refused.as} refused: ${refused.ack.error.message}`);
    }
    const seqs = results.map((r) => (r.ack.ok ? r.ack.seq : 0));
    await this.#all('waitSeq', { seq: Math.max(...seqs) });
    const held = await this.#all<number[]>('receipts', { seqs });
    const shares = (await this.#all<{ share: number }>('record', { on: false })).map(
      (c) => c.share,
    );
    const commands = results.map((r, index): CommandTiming => ({
      seq: seqs[index] ?? 0,
      intended: r.intended,
      sent: r.sent,
      acked: r.acked,
      allActors: Math.max(...held.map((list) => list[index] ?? Number.NaN)),
    }));
    return { commands, shares };
  }

  /** Chair actions on a fixed schedule: add FRA to the speakers' list, remove it, and so on. */
  async actions(count: number, intervalMs: number): Promise<RunResult> {
    let onList = (await this.chair()).onList.includes('FRA');
    const t0 = nowMs() + 50;
    const sends: ScheduledSend[] = [];
    for (let i = 0; i < count; i++) {
      sends.push({
        as: 'chair',
        type: onList ? 'gsl.remove' : 'gsl.add',
        payload: { delegation: 'FRA' },
        at: t0 + i * intervalMs,
      });
      onList = !onList;
    }
    return this.#schedule(sends);
  }

  /**
   * Rounds of: a member moves an unmoderated caucus, another seconds, the chair puts it to
   * the vote, the fifteen members vote within `spreadMs` on a fixed schedule, the chair
   * closes the vote and ends the caucus.
   */
  async bursts(rounds: number, spreadMs: number, pauseMs = 300): Promise<RunResult> {
    const commands: CommandTiming[] = [];
    const shares: number[][] = [];
    const members = this.#members;
    for (let round = 0; round < rounds; round++) {
      const mover = members[round % members.length] ?? 'FRA';
      const seconder = members[(round + 1) % members.length] ?? 'CHN';
      await this.must(mover, 'motion.move', {
        motion: { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper' },
      });
      const motion = (await this.chair()).pendingMotion;
      if (!motion) throw new Error('the motion was not recorded as pending');
      await this.must(seconder, 'motion.second', { motionId: motion });
      await this.must('chair', 'motion.putToVote');
      const vote = (await this.chair()).openVote;
      if (!vote) throw new Error('no open vote after motion.putToVote');
      const t0 = nowMs() + 50;
      const run = await this.#schedule(
        members.map((code, index) => ({
          as: code,
          type: 'vote.cast',
          payload: { voteId: vote, choice: code === 'RUS' ? 'no' : 'yes' },
          at: t0 + (index * spreadMs) / members.length,
        })),
      );
      commands.push(...run.commands);
      shares.push([...run.shares]);
      await this.must('chair', 'vote.close', { voteId: vote });
      if ((await this.chair()).floor === 'unmoderatedCaucus')
        await this.must('chair', 'caucus.end');
      await sleep(pauseMs);
    }
    // Each process's share over the rounds' vote windows, averaged.
    const average = this.processes.map(
      (_, index) =>
        shares.reduce((sum, list) => sum + (list[index] ?? 0), 0) / Math.max(1, shares.length),
    );
    return { commands, shares: average };
  }
}
