/**
 * Live sync over real sockets: a real server on an ephemeral port, a real
 * SQLite file, real socket.io-client connections.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CommitteeClient } from '@placard/shared/client';
import { connect, startLiveServer, until, type LiveServer } from './helpers/liveServer.ts';
import { SessionScript } from './helpers/sessionScript.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function server(options: Parameters<typeof startLiveServer>[0] = {}): Promise<LiveServer> {
  const started = await startLiveServer(options);
  cleanups.push(() => started.dispose());
  return started;
}

function track<T extends CommitteeClient>(client: T): T {
  cleanups.push(() => client.close());
  return client;
}

/** Chair and one client per seat, all live with state. */
async function council(live: LiveServer, onFrame?: (frame: string) => void) {
  const chair = track(connect(live, { chairKey: live.chairKey }, onFrame ? { onFrame } : {}));
  const seats: Record<string, CommitteeClient> = {};
  for (const [code, token] of Object.entries(live.seatTokens)) {
    seats[code] = track(connect(live, { seatToken: token }, onFrame ? { onFrame } : {}));
  }
  const all = [chair, ...Object.values(seats)];
  await until(() => all.every((client) => client.state !== null), 10_000, 'initial snapshots');
  return { chair, seats, all };
}

const roomOf = (live: LiveServer) => {
  const room = live.app.live.rooms.get(live.committeeId);
  if (!room) throw new Error('no room');
  return room;
};

describe('live sync', () => {
  it('keeps a chair, 16 seats and 50 observers identical to the server through a 200-command session, with gapless seqs and no secret in any frame', async () => {
    const live = await server();
    const secrets = [live.chairKey, ...Object.values(live.seatTokens)];
    const leaks: string[] = [];
    const inspect = (frame: string): void => {
      for (const secret of secrets) if (frame.includes(secret)) leaks.push(frame.slice(0, 120));
    };
    const { chair, seats, all } = await council(live, inspect);
    const observers = Array.from({ length: 50 }, () =>
      track(connect(live, null, { onFrame: inspect })),
    );
    await until(() => observers.every((o) => o.state !== null), 10_000, 'observer snapshots');

    const tally = await new SessionScript({ chair, seats }).run(200);
    expect(tally.sent).toBeGreaterThanOrEqual(200);
    // The script is a plausible session: nearly everything it does is in order.
    expect(tally.accepted).toBeGreaterThanOrEqual(190);

    const room = roomOf(live);
    const everyone = [...all, ...observers];
    await until(() => everyone.every((c) => c.seq === room.seq), 10_000, 'every client at head');
    for (const client of everyone) {
      expect(client.state).toEqual(room.state);
      // Joined at seq 0 by snapshot, then every seq once, in order.
      expect(client.receivedSeqs).toEqual(Array.from({ length: room.seq }, (_, i) => i + 1));
    }
    expect(leaks).toEqual([]);
  }, 60_000);

  it('brings back a delegate that was offline for 10 s with the missed events, not a snapshot', async () => {
    const live = await server();
    const { chair, seats } = await council(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    const phone = seats['COL'];
    if (!phone) throw new Error('no COL');
    phone.disconnect();
    await until(() => phone.status === 'offline');
    const before = script.tally.sent;
    const offlineSince = Date.now();
    while (script.tally.sent - before < 30) {
      await script.fillSpeakersList();
      await script.speech();
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, 10_000 - (Date.now() - offlineSince))),
    );
    phone.resetCatchUp();
    phone.reconnect();
    const room = roomOf(live);
    await until(() => phone.seq === room.seq, 10_000, 'phone caught up');
    expect(phone.lastCatchUp).toBe('events');
    expect(phone.state).toEqual(room.state);
  }, 30_000);

  it('sends a snapshot to a client that fell further behind than the retention', async () => {
    const live = await server({ live: { resyncRetention: 20 } });
    const { chair, seats } = await council(live);
    const script = new SessionScript({ chair, seats });
    await script.rollCall();
    const phone = seats['DNK'];
    if (!phone) throw new Error('no DNK');
    phone.disconnect();
    const before = script.tally.accepted;
    while (script.tally.accepted - before < 30) {
      await script.fillSpeakersList();
      await script.speech();
    }
    phone.resetCatchUp();
    phone.reconnect();
    const room = roomOf(live);
    await until(() => phone.seq === room.seq, 10_000, 'phone caught up');
    expect(phone.lastCatchUp).toBe('snapshot');
    expect(phone.state).toEqual(room.state);
  }, 30_000);

  it.each([
    ['events', 1000],
    ['snapshot', 20],
  ] as const)(
    'resyncs by %s across a server restart',
    async (expected, retention) => {
      let live = await server({ live: { resyncRetention: retention } });
      const chairKey = { chairKey: live.chairKey };
      const phoneToken = { seatToken: live.seatTokens['GRC'] ?? '' };
      const first = await council(live);
      const script = new SessionScript(first);
      await script.rollCall();
      const phone = first.seats['GRC'];
      if (!phone) throw new Error('no GRC');
      phone.disconnect();
      for (const client of first.all) if (client !== phone) client.close();
      await live.stop();
      live = await live.restart();
      cleanups.push(() => live.dispose());

      // After the restart: a new chair connection and fresh seat clients run 30 commands.
      const again = await council(live);
      const script2 = new SessionScript(again);
      const before = script2.tally.accepted;
      while (script2.tally.accepted - before < 30) {
        await script2.fillSpeakersList();
        await script2.speech();
      }
      phone.resetCatchUp();
      phone.reconnect();
      const room = roomOf(live);
      await until(() => phone.seq === room.seq, 10_000, 'phone caught up');
      expect(phone.lastCatchUp).toBe(expected);
      expect(phone.state).toEqual(room.state);
      expect(chairKey.chairKey).toBe(live.chairKey);
      expect(phoneToken.seatToken).toBe(live.seatTokens['GRC']);
    },
    30_000,
  );
});
