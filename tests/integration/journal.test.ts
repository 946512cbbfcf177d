/**
 * The journal against real servers: a scripted session through real clients with a
 * manual clock, then its minutes (every speech with its duration, every motion and vote
 * with its outcome), the CSVs (documented headers, one row per vote record / speech),
 * statistics, and the full log exported with the chair key and imported into an EMPTY
 * server, which reaches a deep-equal state and answers the next commands the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitteeClient } from '@placard/shared/client';
import type { Ack } from '@placard/shared/protocol';
import {
  expectedMotions,
  expectedSpeeches,
  expectedVotes,
  parseCsv,
} from '../../shared/src/journal/testSession.ts';
import { commandSchema, type PlacardLog } from '@placard/shared';
import {
  JournalScript,
  connectDelegates,
  secretOf,
  startEmptyServer,
  type Delegates,
  type EmptyServer,
} from './helpers/journalSession.ts';
import { startLiveServer, type LiveServer } from './helpers/liveServer.ts';
import { asAdmin, manualClock } from './helpers/testApp.ts';
import { rawChairCommand } from './helpers/typedCommand.ts';

const clock = manualClock();
const live = { draw: () => 0 };
let server: LiveServer;
let delegates: Delegates;
let imported: EmptyServer | null = null;

beforeAll(async () => {
  server = await startLiveServer({ clock, live });
  delegates = await connectDelegates(server, server);
  await new JournalScript(delegates, clock).play();
}, 120_000);

afterAll(async () => {
  delegates?.close();
  await server?.dispose();
  await imported?.dispose();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/committees/${server.committeeId}/${path}`, { headers });

const asChair = () => ({ authorization: `Bearer ${server.chairKey}` });

/** "1 min 15 s" → 75. */
const secondsOf = (text: string): number => {
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+) (h|min|s)\b/g)) {
    total += Number(amount) * (unit === 'h' ? 3600 : unit === 'min' ? 60 : 1);
  }
  return total;
};

/** The rows of the Markdown table under a heading, as cells. */
const tableUnder = (markdown: string, heading: string): string[][] => {
  const section = markdown.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) =>
      line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
};

const names: Record<string, string> = {
  FRA: 'France',
  CHN: 'China',
  USA: 'United States',
  GBR: 'United Kingdom',
  RUS: 'Russia',
  COL: 'Colombia',
  GRC: 'Greece',
  SOM: 'Somalia',
  PAN: 'Panama',
};

describe('minutes after a scripted session', () => {
  it('list every speech with its duration (± 1 s), in order', async () => {
    const response = await get('minutes.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="unsc-minutes.md"',
    );
    const markdown = await response.text();
    const rows = tableUnder(markdown, 'Speeches');
    expect(rows).toHaveLength(expectedSpeeches.length);
    for (const [index, expected] of expectedSpeeches.entries()) {
      const row = rows[index] ?? [];
      expect(row[2]).toBe(names[expected.delegation]);
      expect(Math.abs(secondsOf(row[4] ?? '') - expected.seconds)).toBeLessThanOrEqual(1);
    }
    // The proceedings give each speech its own line with the same duration.
    const spoken = markdown.split('\n').filter((line) => / spoke \(/.test(line));
    expect(spoken).toHaveLength(expectedSpeeches.length);
  });

  it('list every motion with its mover and outcome, and every vote with its result', async () => {
    const markdown = await (await get('minutes.md')).text();
    const motions = tableUnder(markdown, 'Motions');
    expect(motions.map((row) => [row[2], row[5]?.split(' ')[0]])).toEqual(
      expectedMotions.map((motion) => [
        names[motion.mover],
        {
          carried: 'carried',
          failed: 'failed',
          ruledDilatory: 'ruled',
          lapsed: 'lapsed',
          withdrawn: 'withdrawn',
        }[motion.outcome],
      ]),
    );
    const results = [...markdown.matchAll(/^\*\*Result:\*\* (.+)\.$/gm)].map((match) => match[1]);
    expect(results).toEqual(
      expectedVotes.map(
        (vote) =>
          `${vote.outcome}${vote.vetoedBy.length > 0 ? ' by the negative vote of Russia' : ''}, ${vote.tally.join('–')}`,
      ),
    );
    // The veto is in the full record, with the P5 marked.
    expect(markdown).toContain('| Russia | P5 | No | veto |');
    expect(markdown).toContain('- **Absent:** Liberia\n');
    expect(markdown).toContain('Liberia arrived late (present).');
  });

  it('serve the print-ready HTML with the same content', async () => {
    const response = await get('minutes.html?tz=Europe/Paris');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'inline; filename="unsc-minutes.html"',
    );
    const html = await response.text();
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('(Europe/Paris)');
    expect(html.match(/<div class="vote"/g)).toHaveLength(expectedVotes.length);
    expect(html).not.toContain('<script');
    const badZone = await get('minutes.html?tz=Mars/Olympus');
    expect(badZone.status).toBe(400);
    expect(await badZone.json()).toMatchObject({ error: { code: 'invalid', field: 'tz' } });
    expect((await fetch(`${server.url}/api/committees/nope/minutes.html`)).status).toBe(404);
  });

  it('votes.csv and speeches.csv: documented headers, one row per vote record / speech', async () => {
    const votes = await get('votes.csv');
    expect(votes.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(votes.headers.get('content-disposition')).toBe('attachment; filename="unsc-votes.csv"');
    const voteRows = parseCsv(await votes.text());
    expect(voteRows[0]?.join(',')).toBe(
      'vote_id,subject,kind,method,delegation,p5,choice,with_rights,passed,outcome,closed_at',
    );
    const state = delegates.chair.state;
    const records = state?.votes.reduce((sum, vote) => sum + vote.records.length, 0) ?? 0;
    expect(records).toBe(expectedVotes.length * 15);
    expect(voteRows).toHaveLength(1 + records);
    expect(
      voteRows.filter((row) => row[9] === 'vetoed' && row[6] === 'no').map((row) => row[4]),
    ).toEqual(['RUS']);
    // The title starting with "=" is defused.
    expect(voteRows.find((row) => row[2] === 'substantive')?.[1]?.startsWith("'=")).toBe(true);

    const speeches = await get('speeches.csv');
    expect(speeches.headers.get('content-disposition')).toBe(
      'attachment; filename="unsc-speeches.csv"',
    );
    const speechRows = parseCsv(await speeches.text());
    expect(speechRows[0]?.join(',')).toBe(
      'speech_id,delegation,kind,started_at,ended_at,duration_seconds,yielded,reply_to',
    );
    expect(speechRows).toHaveLength(1 + (state?.speeches.length ?? -1));
    expect(speechRows.slice(1).map((row) => [row[1], row[2], Number(row[5])])).toEqual(
      expectedSpeeches.map((speech) => [speech.delegation, speech.kind, speech.seconds]),
    );
  });

  it('statistics.json: speaking turns and time, motions, votes per delegation', async () => {
    const response = await get('statistics.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as {
      seq: number;
      delegations: {
        code: string;
        speeches: number;
        speakingSeconds: number;
        motionsMoved: number;
        motionsPassed: number;
        votesCast: number;
      }[];
      totals: { speakingSeconds: number };
    };
    expect(body.seq).toBe(delegates.chair.seq);
    const usa = body.delegations.find((line) => line.code === 'USA');
    expect(usa).toMatchObject({ speeches: 3, speakingSeconds: 20 + 90 + 45, votesCast: 5 });
    expect(body.delegations.find((line) => line.code === 'COL')).toMatchObject({
      motionsMoved: 3,
      motionsPassed: 2,
    });
    expect(body.totals.speakingSeconds).toBe(
      expectedSpeeches.reduce((sum, speech) => sum + speech.seconds, 0),
    );
  });
});

describe('the full log: export with the chair key, import into an empty server', () => {
  let log: PlacardLog;
  let copy: {
    url: string;
    committeeId: string;
    chairKey: string;
    seatTokens: Record<string, string>;
  };

  it('exports the log only to the chair', async () => {
    expect((await get('log.json')).status).toBe(401);
    expect(
      (await get('log.json', { authorization: `Bearer ${server.seatTokens['FRA']}` })).status,
    ).toBe(401);
    const response = await get('log.json', asChair());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="unsc-log.json"',
    );
    log = (await response.json()) as PlacardLog;
    expect(log).toMatchObject({ format: 'placard-log', version: 1, committee: { id: 'unsc' } });
    expect(log.events).toHaveLength(delegates.chair.seq);
    expect(log.events.map((event) => event.seq)).toEqual(log.events.map((_, index) => index + 1));
    expect(log.events[0]).toMatchObject({
      seq: 1,
      type: 'session.opened',
      actor: { role: 'chair' },
    });
    expect(log.events.find((event) => event.actor.role === 'seat')?.actor).toMatchObject({
      role: 'seat',
    });
    expect(JSON.stringify(log)).not.toContain(server.chairKey);
  });

  it('refuses a log that does not replay, naming the event, and writes nothing', async () => {
    imported = await startEmptyServer({ clock, live });
    const post = (body: unknown, query = '', headers: Record<string, string> = asAdmin) =>
      fetch(`${imported?.url ?? ''}/api/admin/committees/import${query}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post(log, '', {})).status).toBe(401);
    const tampered = structuredClone(log);
    const target = tampered.events[40];
    if (!target) throw new Error('short log');
    tampered.events[40] = {
      ...target,
      type: 'vote.stuffed',
      event: { ...target.event, type: 'vote.stuffed' },
    };
    const refused = await post(tampered);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      error: {
        code: 'invalid',
        field: 'events.40.event',
        message: expect.stringMatching(/^event 41 \(vote\.stuffed\) does not replay/),
      },
    });
    const gap = structuredClone(log);
    gap.events.splice(10, 1);
    const gapRefused = await post(gap);
    expect(gapRefused.status).toBe(400);
    expect(await gapRefused.json()).toMatchObject({ error: { field: 'events.10.seq' } });
    expect(imported.app.placard.committees.count()).toBe(0);
  });

  it('imports into an empty server: same events, deep-equal state, same minutes', async () => {
    if (!imported) throw new Error('no server');
    const response = await fetch(`${imported.url}/api/admin/committees/import`, {
      method: 'POST',
      headers: { ...asAdmin, 'content-type': 'application/json' },
      body: JSON.stringify(log),
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      id: string;
      headSeq: number;
      chairLink: { link: string };
      seatLinks: { code: string; link: string }[];
    };
    expect(body).toMatchObject({ id: 'unsc', headSeq: log.events.length });
    copy = {
      url: imported.url,
      committeeId: body.id,
      chairKey: secretOf(body.chairLink.link),
      seatTokens: Object.fromEntries(
        body.seatLinks.map((seat) => [seat.code, secretOf(seat.link)]),
      ),
    };
    // The same id again is taken.
    const again = await fetch(`${imported.url}/api/admin/committees/import?id=unsc`, {
      method: 'POST',
      headers: { ...asAdmin, 'content-type': 'application/json' },
      body: JSON.stringify(log),
    });
    expect(again.status).toBe(409);

    const original = server.app.live.rooms.get('unsc');
    const copied = imported.app.live.rooms.get('unsc');
    expect(copied?.seq).toBe(original?.seq);
    expect(copied?.state).toEqual(original?.state);
    expect(imported.app.placard.events.readSince('unsc', 0)).toEqual(
      server.app.placard.events.readSince('unsc', 0),
    );
    const minutes = async (url: string) =>
      (await fetch(`${url}/api/committees/unsc/minutes.md`)).text();
    expect(await minutes(imported.url)).toBe(await minutes(server.url));
  });

  it('answers the next commands exactly as the original does (acks and events)', async () => {
    const there = await connectDelegates(copy, copy);
    try {
      const pairs: [Delegates, LiveServer | EmptyServer][] = [
        [delegates, server],
        [there, imported as EmptyServer],
      ];
      const head = server.app.live.rooms.get('unsc')?.seq ?? 0;
      const acks: [Ack, Ack][] = [];
      let n = 0;
      /** The same command (same id, same time) to both servers. */
      const both = async (
        by: string,
        type: string,
        payload: object | ((chair: CommitteeClient) => unknown) = {},
        after = 0,
      ) => {
        clock.advance(after);
        n += 1;
        const id = `journal-next-${n}`;
        const answers = await Promise.all(
          pairs.map(async ([people], side) => {
            const client = by === 'chair' ? people.chair : people.seats[by];
            if (!client) throw new Error(`no client ${by}`);
            const body = typeof payload === 'function' ? payload(people.chair) : payload;
            const command = commandSchema.safeParse({ type, payload: body });
            // A malformed command cannot go through the typed client: sent raw, as the chair.
            const ack = command.success
              ? await client.send(command.data, id)
              : await rawChairCommand(side === 0 ? server : copy, {
                  id,
                  command: { type, payload: body },
                });
            if (ack.ok) await people.chair.waitForSeq(ack.seq);
            return ack;
          }),
        );
        acks.push(answers as [Ack, Ack]);
      };
      const openVote = (chair: CommitteeClient) => ({
        voteId: chair.state?.votes.find((vote) => vote.status === 'open')?.id ?? 'none',
      });
      const members = delegates.chair.state?.members.map((member) => member.code) ?? [];
      // Another text put to a placard vote in voting procedure.
      await both('chair', 'vote.open', { subject: { id: 'DR2', title: 'Second text' } }, 5_000);
      for (const code of members) {
        const choice = code === 'CHN' ? 'abstain' : code === 'PAK' ? 'no' : 'yes';
        await both(code, 'vote.cast', (chair) => ({ ...openVote(chair), choice }));
      }
      await both('chair', 'vote.close', openVote, 3_000);
      await both('PAK', 'point.raise', { kind: 'parliamentaryInquiry', text: 'What next?' }, 1_000);
      await both('chair', 'point.resolve', (chair) => ({ pointId: chair.state?.points[0]?.id }));
      await both('chair', 'vote.close', { voteId: 'V19' }); // closed long ago: refused
      await both('chair', 'gsl.next', { extra: true }); // malformed: refused
      await both('chair', 'votingProcedure.end', {}, 2_000);
      // The meeting adjourns by motion, and a new one begins with a roll call.
      await both('USA', 'motion.move', { motion: { kind: 'adjourn' } }, 2_000);
      await both('GBR', 'motion.second', (chair) => ({
        motionId: chair.state?.motions.findLast((motion) => motion.status.kind === 'pending')?.id,
      }));
      await both('chair', 'motion.putToVote', {}, 1_000);
      for (const code of members) {
        await both(code, 'vote.cast', (chair) => ({ ...openVote(chair), choice: 'yes' }));
      }
      await both('chair', 'vote.close', openVote, 1_000);
      await both('chair', 'session.open', {}, 600_000);
      await both('chair', 'attendance.startRollCall', {}, 1_000);
      await both('FRA', 'attendance.record', { status: 'present' }, 2_000);
      await both('USA', 'attendance.record', { status: 'presentAndVoting' }, 2_000);

      for (const [first, second] of acks) expect(second).toEqual(first);
      expect(acks.filter(([ack]) => !ack.ok).length).toBe(2);
      expect(acks.filter(([ack]) => ack.ok).length).toBe(acks.length - 2);
      const next = (app: LiveServer['app']) => app.placard.events.readSince('unsc', head);
      const originalEvents = next(server.app);
      expect(originalEvents.length).toBeGreaterThan(15);
      expect(next((imported as EmptyServer).app)).toEqual(originalEvents);
      expect(imported?.app.live.rooms.get('unsc')?.state).toEqual(
        server.app.live.rooms.get('unsc')?.state,
      );
      expect(there.chair.state?.meeting).toBe(2);
      expect(there.chair.state?.attendance.rollCallOpen).toBe(true);
    } finally {
      there.close();
    }
  });
});
