/**
 * Rehearsal mode against a real server on 127.0.0.1: simulated delegations on every seat
 * (real socket.io-client connections with seat tokens) and a scripted chair on the chair
 * key run a whole session: roll call, speeches, caucuses, a working paper signed,
 * approved and introduced, an amendment voted, the draft voted by roll call, adjourned;
 * the simulation then stops by itself. The console's "rehearse this committee" endpoint
 * works on a throw-away copy and never changes the live committee.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitteeClient } from '@placard/shared/client';
import { SimulatedParticipant } from '../../server/src/rehearsal/participant.ts';
import { startRehearsal, type Rehearsal } from '../../server/src/rehearsal/rehearsal.ts';
import { chairIntent } from '../../server/src/rehearsal/scriptedChair.ts';
import { connect, startLiveServer, until, type LiveServer } from './helpers/liveServer.ts';

const SPEED = 20;
let server: LiveServer;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  server = await startLiveServer();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.dispose();
});

/** A scripted chair: a protocol client on the chair key, following scriptedChair.ts. */
function scriptedChair(
  target: { url: string; committeeId: string; chairKey: string },
  expectedAbsent: number,
): SimulatedParticipant {
  const chair = new SimulatedParticipant({
    url: target.url,
    committee: target.committeeId,
    name: 'chair',
    credential: { chairKey: target.chairKey },
    speed: SPEED,
  });
  cleanups.push(() => chair.stop());
  chair.act((state, now) => chairIntent({ state, now, speed: SPEED, expectedAbsent }));
  return chair;
}

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms)),
  ]);

describe('rehearsal with a scripted chair', () => {
  it('runs a whole session end to end and stops by itself once adjourned', async () => {
    const lines: string[] = [];
    const rehearsal: Rehearsal = await startRehearsal({
      url: server.url,
      committee: server.committeeId,
      seatTokens: server.seatTokens,
      seed: 7,
      durationMs: 170_000,
      behaviour: { speed: SPEED },
      log: (line) => lines.push(line),
    });
    cleanups.push(() => rehearsal.stop());
    const { plan } = rehearsal;
    expect(plan.absent).not.toBeNull();
    expect(plan.presentAndVoting).not.toBeNull();
    const chair = scriptedChair(server, 1);

    expect(await within(rehearsal.finished, 170_000, 'the session to end')).toBe('adjourned');
    const state = chair.client.state;
    if (!state) throw new Error('the chair holds no state');

    // Roll call: the absent one never answered, the present-and-voting one said so.
    const attendance = state.attendance.delegations;
    expect(attendance[plan.absent ?? '']?.status).toBe('absent');
    expect(attendance[plan.presentAndVoting ?? '']?.status).toBe('presentAndVoting');
    expect(attendance['MEX']?.status).toBe('present');
    // The speakers' list: delegations added themselves, spoke and yielded.
    const gsl = state.speeches.filter((speech) => speech.kind === 'gsl');
    expect(gsl.length).toBeGreaterThanOrEqual(3);
    expect(gsl.some((speech) => speech.yielded !== null)).toBe(true);
    // Motions moved from the floor, seconded, and a caucus carried.
    expect(state.motions.every((motion) => motion.mover !== 'MEX')).toBe(true);
    expect(
      state.motions.some(
        (motion) =>
          (motion.spec.kind === 'moderatedCaucus' || motion.spec.kind === 'unmoderatedCaucus') &&
          motion.status.kind === 'passed',
      ),
    ).toBe(true);
    // The draft: submitted, signed, approved, introduced; an amendment voted; a roll call.
    const draft = state.drafts[0];
    expect(draft?.sponsors[0]).toBe(plan.drafter);
    expect(draft?.signatories.length).toBeGreaterThanOrEqual(3);
    expect(draft?.symbol).toBe('DR/1');
    expect(draft?.introduced?.by).toBe(plan.drafter);
    const amendmentVote = state.votes.find((vote) => vote.question?.kind === 'amendment');
    expect(amendmentVote?.status).toBe('closed');
    const draftVote = state.votes.find((vote) => vote.question?.kind === 'draft');
    expect(draftVote).toMatchObject({ method: 'rollCall', status: 'closed' });
    expect(['adopted', 'failed', 'vetoed']).toContain(draft?.status.kind);
    expect(state.agenda[0]?.status).toBe('concluded');
    expect(state.floor.kind).toBe('adjourned');
    // The log told each vote's result once, as it closed, the draft's with its outcome.
    const results = lines.filter((line) => line.startsWith('result: '));
    expect(results.map((line) => line.split(' ')[1])).toEqual(state.votes.map((vote) => vote.id));
    const draftOutcome = draft?.status.kind === 'vetoed' ? 'vetoed by' : draft?.status.kind;
    expect(results.find((line) => line.startsWith(`result: ${draftVote?.id ?? '?'} `))).toContain(
      `: ${draftOutcome ?? '?'}`,
    );

    // Delegations acted on the state they saw: refusals are races at most, never rule-blind.
    const sent = rehearsal.delegations.flatMap((delegation) => delegation.sent);
    const refused = sent.filter((entry) => !entry.ok);
    expect(sent.length).toBeGreaterThan(100);
    expect(refused.length, JSON.stringify(refused)).toBeLessThanOrEqual(
      Math.ceil(sent.length / 50),
    );
    // And the simulation stopped: every delegation's connection is closed.
    expect(rehearsal.delegations.every((d) => d.client.status === 'closed')).toBe(true);
  }, 180_000);

  it('stops by itself when its time is up', async () => {
    const rehearsal = await startRehearsal({
      url: server.url,
      committee: server.committeeId,
      seatTokens: server.seatTokens,
      seed: 1,
      durationMs: 800,
      behaviour: { speed: SPEED },
    });
    cleanups.push(() => rehearsal.stop());
    expect(await within(rehearsal.finished, 5000, 'the time limit')).toBe('time');
    expect(rehearsal.delegations.every((d) => d.client.status === 'closed')).toBe(true);
  });
});

describe('rehearse this committee (POST /api/committees/:id/rehearsals)', () => {
  const rehearse = (body: unknown, key: string | null = server.chairKey) =>
    fetch(`${server.url}/api/committees/${server.committeeId}/rehearsals`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      },
      body: JSON.stringify(body),
    });

  const liveEvents = (): number =>
    server.db
      .prepare<[string], number>('SELECT count(*) FROM events WHERE committee_id = ?')
      .pluck()
      .get(server.committeeId) ?? -1;

  it('refuses without the chair key, with a seat token, and with bad options', async () => {
    expect((await rehearse({}, null)).status).toBe(401);
    expect((await rehearse({}, server.seatTokens['FRA'] ?? '')).status).toBe(401);
    expect((await rehearse({}, 'WRONGKEY')).status).toBe(401);
    const bad = await rehearse({ speed: 1000 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid', field: 'speed' } });
    expect((await rehearse({ extra: true })).status).toBe(400);
    expect(server.app.placard.committees.list().map((c) => c.id)).toEqual([server.committeeId]);
  });

  it('runs on a throw-away copy and never changes the live committee', async () => {
    // The live committee is mid-session: called to order, France on the list.
    const liveChair: CommitteeClient = connect(server, { chairKey: server.chairKey });
    cleanups.push(() => liveChair.close());
    await until(() => liveChair.state !== null, 10_000, 'the live chair');
    expect((await liveChair.send({ type: 'session.open', payload: {} })).ok).toBe(true);
    const before = {
      events: liveEvents(),
      head: server.app.placard.committees.get('unsc')?.headSeq,
    };
    expect(before.events).toBe(1);

    const created = await rehearse({ speed: SPEED, seed: 3, minutes: 2 });
    expect(created.status).toBe(201);
    const view = (await created.json()) as {
      id: string;
      name: string;
      chairLink: string;
      boardLink: string;
      seed: number;
    };
    expect(view.id).toBe('rehearsal-unsc');
    expect(view.name).toBe('Security Council (rehearsal)');
    expect(view.boardLink).toBe('http://placard.test/board/rehearsal-unsc');
    expect(view.chairLink).toMatch(/^http:\/\/placard\.test\/chair\/rehearsal-unsc#key=\S+$/);
    expect(view.seed).toBe(3);
    expect((await rehearse({})).status).toBe(409);
    // The copy is one chair's practice, not a committee of the conference: the public list leaves it out.
    const listed = (await (await fetch(`${server.url}/api/committees`)).json()) as { id: string }[];
    expect(listed.map(({ id }) => id)).toEqual(['unsc']);

    // The copy's chair runs it; the simulated delegations answer its roll call.
    const key = /#key=(\S+)$/.exec(view.chairLink)?.[1] ?? '';
    const copy = { url: server.url, committeeId: view.id, chairKey: key };
    const chair = scriptedChair(copy, 1);
    await until(
      () =>
        (chair.client.state?.speeches.filter((speech) => speech.kind === 'gsl').length ?? 0) >= 1,
      60_000,
      'a speech in the rehearsal',
    );
    const copyState = chair.client.state;
    expect(
      Object.values(copyState?.attendance.delegations ?? {}).filter(
        (entry) => entry.status !== 'absent',
      ).length,
    ).toBe(15);

    // The live committee: not one event more, its state as it was.
    expect(liveEvents()).toBe(before.events);
    expect(server.app.placard.committees.get('unsc')?.headSeq).toBe(before.head);
    expect(liveChair.state?.attendance.rollCallOpen).toBe(false);
    expect(liveChair.state?.speeches).toEqual([]);

    // When the server closes, the rehearsal stops and its seats stop working.
    chair.stop();
    await server.app.close();
    const seats = server.app.placard.committees.seats(view.id);
    expect(seats.length).toBe(16);
    expect(seats.every((seat) => seat.revokedAt !== null)).toBe(true);
    expect(liveEvents()).toBe(before.events);
    server.db.close();
  }, 90_000);
});
