/**
 * Adopted resolutions over HTTP against a real server: a session through real
 * clients files two working papers (words with markup in them), approves and
 * introduces both, adopts an unfriendly amendment, adopts DR/1 as resolution 1
 * and sees DR/2 vetoed; then the Markdown and print HTML of resolution 1 (the
 * amended text, escaped, with a script-less Content-Security-Policy), and the
 * typed errors for a number never adopted, a malformed file name or a query.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  resolutionContext,
  resolutionHtml,
  resolutionMarkdown,
  type CommitteeState,
} from '@placard/shared';
import type { SessionStep } from '../../shared/src/journal/testSession.ts';
import { JournalScript, connectDelegates, type Delegates } from './helpers/journalSession.ts';
import { startLiveServer, type LiveServer } from './helpers/liveServer.ts';
import { manualClock } from './helpers/testApp.ts';

const MEMBERS = [
  'BHR', 'CHN', 'COL', 'COD', 'DNK', 'FRA', 'GRC', 'LVA',
  'LBR', 'PAK', 'PAN', 'RUS', 'SOM', 'GBR', 'USA',
] as const; // prettier-ignore

const TITLE = 'Cartels <script>alert(1)</script> & "precursors"';
const CLAUSE_HTML = 'Calls upon States to share <img src=x onerror=alert(1)> intelligence;';

const step = (by: string, type: string, payload: unknown = {}): SessionStep => ({
  by,
  type,
  payload,
});
const derived = (
  by: string,
  type: string,
  from: (state: CommitteeState) => unknown,
): SessionStep => ({ by, type, from });

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`the script expected ${what}`);
  return value;
};
const pending = (state: CommitteeState, mover: string): string =>
  need(
    state.motions.findLast((motion) => motion.mover === mover && motion.status.kind === 'pending'),
    `a pending motion by ${mover}`,
  ).id;
const openVote = (state: CommitteeState): string =>
  need(
    state.votes.find((vote) => vote.status === 'open'),
    'an open vote',
  ).id;

/** Every member votes; `choice` says how. */
const everyoneVotes = (choice: (code: string) => string): SessionStep[] => [
  ...MEMBERS.map((code) =>
    derived(code, 'vote.cast', (state) => ({ voteId: openVote(state), choice: choice(code) })),
  ),
  derived('chair', 'vote.close', (state) => ({ voteId: openVote(state) })),
];

/** A motion moved from a seat, seconded, and granted by the chair (introductions). */
const granted = (mover: string, seconder: string, motion: unknown): SessionStep[] => [
  step(mover, 'motion.move', { motion }),
  derived(seconder, 'motion.second', (state) => ({ motionId: pending(state, mover) })),
  derived('chair', 'motion.rule', (state) => ({
    motionId: pending(state, mover),
    ruling: 'granted',
  })),
];

const paper = (by: string, title: string, operative: { text: string }[]): SessionStep[] => [
  step(by, 'draft.submit', {
    title,
    content: { preambular: ['Alarmed by the violence of drug cartels,'], operative },
  }),
];

const session: SessionStep[] = [
  step('chair', 'session.open'),
  step('chair', 'attendance.startRollCall'),
  ...MEMBERS.map((code) =>
    step('chair', 'attendance.record', { delegation: code, status: 'present' }),
  ),
  step('chair', 'attendance.closeRollCall'),
  step('chair', 'gsl.open'),
  ...paper('COL', TITLE, [
    { text: CLAUSE_HTML },
    { text: 'Requests a report within 90 days;' },
    { text: 'Decides to remain seized of the matter.' },
  ]),
  ...paper('FRA', 'Arms trafficking', [{ text: 'Condemns the trafficking of arms;' }]),
  ...['FRA', 'GBR', 'USA'].map((code) => step(code, 'draft.sign', { draftId: 'WP/1' })),
  ...['COL', 'GBR', 'USA'].map((code) => step(code, 'draft.sign', { draftId: 'WP/2' })),
  step('chair', 'draft.approve', { draftId: 'WP/1' }),
  step('chair', 'draft.approve', { draftId: 'WP/2' }),
  ...granted('COL', 'FRA', { kind: 'introduceDraft', draft: { id: 'DR/1', title: TITLE } }),
  ...granted('FRA', 'GBR', {
    kind: 'introduceDraft',
    draft: { id: 'DR/2', title: 'Arms trafficking' },
  }),
  step('RUS', 'amendment.propose', {
    draftId: 'DR/1',
    change: { action: 'replace', clause: 2, text: 'Requests a report within 60 days;' },
  }),
  ...granted('RUS', 'CHN', {
    kind: 'introduceAmendment',
    amendment: { id: 'A/1', title: 'Replace clause 2' },
    draftId: 'DR/1',
  }),
  step('COL', 'motion.move', { motion: { kind: 'closeDebate' } }),
  derived('DNK', 'motion.second', (state) => ({ motionId: pending(state, 'COL') })),
  step('chair', 'motion.putToVote'),
  ...everyoneVotes(() => 'yes'),
  // In the engine's order: the amendment, DR/1 (adopted 13–2), DR/2 (vetoed by Russia).
  step('chair', 'vote.open', { subject: { id: 'A/1', title: 'Amendment A/1' } }),
  ...everyoneVotes(() => 'yes'),
  step('chair', 'vote.open', { subject: { id: 'DR/1', title: TITLE } }),
  ...everyoneVotes((code) => (code === 'DNK' || code === 'GRC' ? 'no' : 'yes')),
  step('chair', 'vote.open', { subject: { id: 'DR/2', title: 'Arms trafficking' } }),
  ...everyoneVotes((code) => (code === 'RUS' ? 'no' : 'yes')),
];

const clock = manualClock();
let server: LiveServer;
let delegates: Delegates;

beforeAll(async () => {
  // The chair enters the roll call faster than a person: its socket's rate limit is lifted.
  server = await startLiveServer({
    clock,
    live: {
      draw: () => 0,
      rateLimit: { burst: 10_000, perSecond: 10_000, disconnectAfter: 10_000 },
    },
  });
  delegates = await connectDelegates(server, server);
  await new JournalScript(delegates, clock).play(session);
}, 120_000);

afterAll(async () => {
  delegates?.close();
  await server?.dispose();
});

const get = (path: string) =>
  fetch(`${server.url}/api/committees/${server.committeeId}/resolutions/${path}`);

const state = (): CommitteeState => need(delegates.chair.state ?? undefined, 'the chair state');
const adopted = () =>
  need(
    state().drafts.find((draft) => draft.symbol === 'DR/1'),
    'DR/1',
  );

describe('resolution exports', () => {
  it('the session adopted DR/1 as resolution 1, amended, and saw DR/2 vetoed', () => {
    expect(adopted().status).toMatchObject({ kind: 'adopted', resolutionNumber: 1 });
    expect(state().drafts.find((draft) => draft.symbol === 'DR/2')?.status.kind).toBe('vetoed');
    expect(adopted().operative.map((clause) => clause.text)).toContain(
      'Requests a report within 60 days;',
    );
  });

  it('resolutionN.md: the Markdown of the adopted text, as a download', async () => {
    const response = await get('1.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="unsc-resolution-1.md"',
    );
    const markdown = await response.text();
    expect(markdown).toBe(resolutionMarkdown(adopted(), resolutionContext(state())));
    expect(markdown).toContain('# Resolution 1 (2026)');
    expect(markdown).toContain(
      'Adopted by the Security Council on 1 March 2026 by 13 votes to 2, with 0 abstentions.',
    );
    expect(markdown).toContain('2. Requests a report within 60 days;');
    expect(markdown).not.toContain('90 days');
    // A delegate's markup is escaped, never raw HTML in the Markdown.
    expect(markdown).toContain('\\<script\\>');
    expect(markdown).not.toContain('<script>');
  });

  it('resolutionN.html: one print page, escaped, with a policy that allows its style and nothing else', async () => {
    const response = await get('1.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'inline; filename="unsc-resolution-1.html"',
    );
    const html = await response.text();
    expect(html).toBe(resolutionHtml(adopted(), resolutionContext(state())));
    expect(html).toContain('<h1>Resolution 1 (2026)</h1>');
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(html).toContain('&#60;script&#62;');

    const style = need(/<style>([\s\S]*?)<\/style>/.exec(html)?.[1], 'an inline style');
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${hash}'`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'self'",
    ]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a number no resolution has is 404 not_found: a draft vetoed, or never adopted', async () => {
    for (const path of ['2.md', '2.html', '99.html']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none';/);
    }
    const elsewhere = await fetch(`${server.url}/api/committees/nope/resolutions/1.md`);
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('a file name other than <number>.md or .html, or a query, is 400 invalid', async () => {
    for (const path of ['abc.md', '1.pdf', '0.md', '1.md.html', '-1.md', '1234567.md']) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'invalid', field: 'file' } });
    }
    const query = await get('1.md?download=1');
    expect(query.status).toBe(400);
    expect(await query.json()).toMatchObject({ error: { code: 'invalid', field: 'download' } });
  });
});
