/**
 * Races, the way trusted voting systems test themselves: many votes racing the close,
 * two chair windows acting at once, a delegate voting from two tabs, and a public
 * count that must never go backwards. An in-process server over a real SQLite file and
 * real sockets; the per-socket rate limit is lifted so the races are as tight as they
 * can be (the limit itself is tested in abuse.test.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommitteeState } from '@placard/shared';
import { newCommandId, type CommitteeClient } from '@placard/shared/client';
import type { Ack } from '@placard/shared/protocol';
import {
  connect,
  startLiveServer,
  until,
  type LiveServer,
} from '../integration/helpers/liveServer.ts';
import { SessionScript } from '../integration/helpers/sessionScript.ts';
import { between, report, seedFrom, seededRandom } from './helpers/report.ts';

const SEED = seedFrom(20261112);
const RUNS = 100;
const UNLIMITED = { burst: 1_000_000, perSecond: 1_000_000, disconnectAfter: 1_000_000 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function server(): Promise<LiveServer> {
  const started = await startLiveServer({ live: { rateLimit: UNLIMITED } });
  cleanups.push(() => started.dispose());
  return started;
}

function track(client: CommitteeClient): CommitteeClient {
  cleanups.push(() => client.close());
  return client;
}

const roomOf = (live: LiveServer) => {
  const room = live.app.live.rooms.get(live.committeeId);
  if (!room) throw new Error('no room');
  return room;
};

const countEvents = (live: LiveServer, type: string, like = ''): number =>
  (
    live.db
      .prepare('SELECT count(*) AS n FROM events WHERE type = ? AND payload_json LIKE ?')
      .get(type, `%${like}%`) as { n: number }
  ).n;

/** A chair, a second chair window, a phone per seat, a second tab per seat, an observer. */
async function room(live: LiveServer) {
  const chair = track(connect(live, { chairKey: live.chairKey }));
  const chair2 = track(connect(live, { chairKey: live.chairKey }));
  const seats: Record<string, CommitteeClient> = {};
  const tabs: Record<string, CommitteeClient> = {};
  for (const [code, token] of Object.entries(live.seatTokens)) {
    seats[code] = track(connect(live, { seatToken: token }));
    tabs[code] = track(connect(live, { seatToken: token }));
  }
  const observer = track(connect(live, null));
  const all = [chair, chair2, ...Object.values(seats), ...Object.values(tabs), observer];
  await until(() => all.every((c) => c.state !== null), 15_000, 'everyone connected');
  return { chair, chair2, seats, tabs, observer, all };
}

/**
 * Watches what a board shows: for every vote, the number of records may only grow
 * while it is open, and a closed vote never reopens. Returns the violations seen.
 */
function watchCounts(observer: CommitteeClient): { violations: string[]; samples: () => number } {
  const seen = new Map<string, { count: number; closed: boolean }>();
  const violations: string[] = [];
  let samples = 0;
  const check = (state: CommitteeState | null) => {
    if (!state) return;
    samples += 1;
    for (const vote of state.votes) {
      const count = vote.records.length;
      const closed = vote.status !== 'open';
      const before = seen.get(vote.id);
      if (before && count < before.count) {
        violations.push(`${vote.id}: count went from ${before.count} to ${count}`);
      }
      if (before?.closed && !closed) violations.push(`${vote.id} reopened`);
      seen.set(vote.id, { count: Math.max(count, before?.count ?? 0), closed });
    }
  };
  observer.subscribe((client) => check(client.state));
  return { violations, samples: () => samples };
}

interface Ballot {
  readonly code: string;
  readonly choice: 'yes' | 'no' | 'abstain';
  readonly id: string;
  readonly tab: 'phone' | 'tab';
  ack: Ack | null;
}

describe('votes racing the close', () => {
  it(`agrees with every ack in ${RUNS} runs of 15 votes, second tabs and two chair windows racing the close`, async () => {
    const random = seededRandom(SEED);
    const live = await server();
    const { chair, chair2, seats, tabs, observer } = await room(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    await script.motion('COL', 'GBR', { kind: 'closeDebate' }, () => 'yes');
    expect(chair.state?.floor.kind).toBe('votingProcedure');
    const counts = watchCounts(observer);
    const members = script.members();
    const chairs = [chair, chair2];

    let lateRejected = 0;
    let duplicateRejected = 0;
    let sameIdRetries = 0;
    let closeAttempts = 0;
    let observerDrops = 0;
    let ballotsSent = 0;

    for (let run = 1; run <= RUNS; run++) {
      // Both chair windows open the vote at once: exactly one opens it.
      const subject = { id: `DR/${run}`, title: `Draft resolution ${run}` };
      const opens = await Promise.all(
        chairs.map((c) => c.send({ type: 'vote.open', payload: { subject } })),
      );
      expect(
        opens.filter((ack) => ack.ok),
        `run ${run}: opened once`,
      ).toHaveLength(1);
      const openSeq = Math.max(...opens.map((ack) => (ack.ok ? ack.seq : 0)));
      await until(() => observer.seq >= openSeq, 5000, 'observer sees the vote');
      const vote = roomOf(live).state.votes.at(-1);
      if (vote?.status !== 'open') throw new Error(`run ${run}: no open vote`);

      // Seeded ballots: one per member, and for some a second one from another tab.
      const ballots: Ballot[] = [];
      const pick = (code: string): Ballot['choice'] => {
        const roll = random();
        // PAK answered "present and voting": it may not abstain on a substantive vote.
        return roll < 0.5 ? 'yes' : roll < 0.8 || code === 'PAK' ? 'no' : 'abstain';
      };
      for (const code of members) {
        const ballot: Ballot = {
          code,
          choice: pick(code),
          id: newCommandId(),
          tab: 'phone',
          ack: null,
        };
        ballots.push(ballot);
        const roll = random();
        if (roll < 0.15) {
          ballots.push({ ...ballot, id: newCommandId(), tab: 'tab' }); // same vote, other tab
        } else if (roll < 0.25) {
          ballots.push({ ...ballot, tab: 'tab' }); // same command id from the other tab
          sameIdRetries += 1;
        } else if (roll < 0.35) {
          ballots.push({ ...ballot, choice: pick(code), id: newCommandId(), tab: 'tab' });
        }
      }
      // Everyone at once, some a few milliseconds late; both chairs try to close meanwhile.
      const delays = ballots.map(() => (random() < 0.3 ? between(random, 0, 15) : 0));
      const closeStart = between(random, 0, 8);
      const dropObserver = run % 10 === 0;
      const closes: { chair: number; ack: Ack }[] = [];
      let closed = false;
      const closer = async (index: number) => {
        const window = chairs[index];
        if (!window) return;
        await new Promise((resolve) => setTimeout(resolve, closeStart + index));
        for (let attempt = 0; attempt < 500 && !closed; attempt++) {
          closeAttempts += 1;
          const ack = await window.send({ type: 'vote.close', payload: { voteId: vote.id } });
          closes.push({ chair: index, ack });
          if (ack.ok || ack.error.code === 'conflict') closed = true;
          else await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const voting = ballots.map(async (ballot, index) => {
        const client = (ballot.tab === 'phone' ? seats : tabs)[ballot.code];
        if (!client) throw new Error(`no client for ${ballot.code}`);
        const delay = delays[index] ?? 0;
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        ballot.ack = await client.send(
          { type: 'vote.cast', payload: { voteId: vote.id, choice: ballot.choice } },
          ballot.id,
        );
      });
      if (dropObserver) {
        observerDrops += 1;
        setTimeout(() => observer.disconnect(), between(random, 0, 5));
        setTimeout(() => observer.reconnect(), between(random, 6, 20));
      }
      ballotsSent += ballots.length;
      await Promise.all([...voting, closer(0), closer(1)]);

      // Exactly one close succeeded, after every ok ballot.
      const closedOk = closes.filter(({ ack }) => ack.ok);
      expect(closedOk, `run ${run}: closed once`).toHaveLength(1);
      const closeAck = closedOk[0]?.ack;
      if (!closeAck?.ok) throw new Error('unreachable');
      const final = roomOf(live).state.votes.find((candidate) => candidate.id === vote.id);
      if (!final || final.status === 'open') throw new Error(`run ${run}: vote not closed`);

      for (const code of members) {
        const mine = ballots.filter((ballot) => ballot.code === code);
        const okIds = new Set(mine.filter((b) => b.ack?.ok).map((b) => b.id));
        const records = final.records.filter((record) => record.delegation === code);
        // An ok ack ⇒ recorded with that choice; the close needs every member's vote.
        expect(okIds.size, `run ${run}: ${code} accepted once`).toBe(1);
        expect(records, `run ${run}: ${code} recorded once`).toHaveLength(1);
        const accepted = mine.find((b) => b.ack?.ok);
        expect(records[0]).toMatchObject({ choice: accepted?.choice, by: 'seat' });
        for (const ballot of mine) {
          const { ack } = ballot;
          if (!ack) throw new Error('no ack');
          if (ack.ok) {
            expect(ack.seq, `run ${run}: ${code} acked after the close`).toBeLessThan(closeAck.seq);
            continue;
          }
          // A rejected ballot is not what the record holds for this member…
          expect(ballot.id).not.toBe(accepted?.id);
          // …and says why: a second vote, or a vote after the close.
          expect(['conflict', 'out_of_order']).toContain(ack.error.code);
          if (ack.error.code === 'conflict') duplicateRejected += 1;
          else lateRejected += 1;
        }
        // The same id from two tabs: one command, one answer.
        const sameId = mine.filter((b) => b.id === accepted?.id);
        if (sameId.length === 2) expect(sameId[0]?.ack).toEqual(sameId[1]?.ack);
      }
      const tally = final.result?.tally;
      const recorded = (choice: string) => final.records.filter((r) => r.choice === choice).length;
      expect(tally).toMatchObject({
        yes: recorded('yes'),
        no: recorded('no'),
        abstain: recorded('abstain'),
      });
      expect(countEvents(live, 'vote.recorded', `"voteId":"${vote.id}"`)).toBe(members.length);
      expect(countEvents(live, 'vote.closed', `"voteId":"${vote.id}"`)).toBe(1);
    }

    // Every window and tab converges on the server's state; the board never went back.
    const head = roomOf(live).seq;
    const clients = [chair, chair2, observer, ...Object.values(seats), ...Object.values(tabs)];
    await until(() => clients.every((c) => c.seq === head), 10_000, 'everyone at head');
    for (const c of clients) expect(isDeepStrictEqual(c.state, roomOf(live).state)).toBe(true);
    expect(counts.violations).toEqual([]);

    report('races: votes racing the close', {
      seed: SEED,
      'race runs': RUNS,
      'ballots sent': ballotsSent,
      'second-tab duplicates rejected': duplicateRejected,
      'same-id retries answered once': sameIdRetries,
      'late ballots rejected': lateRejected,
      'close attempts': closeAttempts,
      'observer drops mid-vote': observerDrops,
      'board samples': counts.samples(),
      'count went backwards': counts.violations.length,
      disagreements: 0,
    });
  }, 300_000);
});

describe('two chair windows', () => {
  it('calling speakers and ending speeches from two windows at once has each effect once', async () => {
    const live = await server();
    const { chair, chair2, seats, observer } = await room(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    await script.fillSpeakersList();
    const chairs = [chair, chair2];
    const runs = 15;
    let doubleEffects = 0;
    for (let run = 1; run <= runs; run++) {
      const startedBefore = countEvents(live, 'speech.started');
      const next = await Promise.all(chairs.map((c) => c.send({ type: 'gsl.next', payload: {} })));
      expect(
        next.filter((ack) => ack.ok),
        `run ${run}: one speaker called`,
      ).toHaveLength(1);
      expect(countEvents(live, 'speech.started')).toBe(startedBefore + 1);
      // Both windows end the speech, then both move to the next at once.
      const ends = await Promise.all(
        chairs.map((c) => c.send({ type: 'speech.end', payload: {} })),
      );
      expect(
        ends.filter((ack) => ack.ok),
        `run ${run}: speech ended once`,
      ).toHaveLength(1);
      for (const ack of [...next, ...ends]) {
        if (!ack.ok) expect(['out_of_order', 'conflict']).toContain(ack.error.code);
      }
      if (countEvents(live, 'speech.started') !== startedBefore + 1) doubleEffects += 1;
    }
    const head = roomOf(live).seq;
    await until(
      () => [chair, chair2, observer].every((c) => c.seq === head),
      10_000,
      'both windows at head',
    );
    expect(chair.state).toEqual(roomOf(live).state);
    expect(chair2.state).toEqual(chair.state);
    report('races: two chair windows', { runs, 'double effects': doubleEffects });
    expect(doubleEffects).toBe(0);
  }, 120_000);
});
