import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { committeeTemplateSchema } from '../../shared/src/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCommitteeRepository,
  openDatabase,
  runMigrations,
  securityCouncil2026,
  seedDefaultCommittee,
  type CommitteeRecord,
} from '../../server/src/index.ts';
import { killIfRunning, startServerProcess, type Child } from './helpers/serverProcess.ts';
import { makeTempDir } from './helpers/tempDb.ts';

const TOPIC = 'Transnational organized crime: drug cartels in Mexico and South America';
const MEMBERS_2026 = [
  'BHR',
  'CHN',
  'COD',
  'COL',
  'DNK',
  'FRA',
  'GBR',
  'GRC',
  'LBR',
  'LVA',
  'PAK',
  'PAN',
  'RUS',
  'SOM',
  'USA',
];

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dbPath(): string {
  const { dir, remove } = makeTempDir();
  cleanups.push(remove);
  return join(dir, 'data', 'placard.db');
}

/** Opens the file, runs migrations and the seed, as a server start does. */
function startOnce(path: string): { created: boolean; committees: CommitteeRecord[] } {
  const db = openDatabase(path);
  runMigrations(db);
  const repository = createCommitteeRepository(db);
  const created = seedDefaultCommittee(repository, Date.now()) !== null;
  const committees = repository.list();
  db.close();
  return { created, committees };
}

function expectTheDefaultCommittee(committees: readonly CommitteeRecord[]): void {
  expect(committees).toHaveLength(1);
  const [committee] = committees;
  if (committee === undefined) throw new Error('no committee');
  const { template } = committee;
  expect(committee).toMatchObject({
    id: 'unsc',
    name: 'Security Council',
    topic: TOPIC,
    headSeq: 0,
  });
  expect(template.members).toHaveLength(15);
  expect(template.members.map((member) => member.code).sort()).toEqual(MEMBERS_2026);
  expect(
    template.members
      .filter((member) => member.p5)
      .map((member) => member.code)
      .sort(),
  ).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
  expect(template.invitees).toEqual([
    { code: 'MEX', name: 'United Mexican States', shortName: 'Mexico' },
  ]);
  expect(template.briefing?.topic).toBe(TOPIC);
  expect(template.briefing?.positions.map((position) => position.code).sort()).toEqual([
    'CHN',
    'FRA',
    'GBR',
    'RUS',
    'USA',
  ]);
  for (const position of template.briefing?.positions ?? []) {
    expect(position.keyActions.length).toBeGreaterThan(0);
  }
}

describe('default committee', () => {
  it('is a valid template', () => {
    expect(committeeTemplateSchema.parse(securityCouncil2026)).toEqual(securityCouncil2026);
    expect(securityCouncil2026.briefing?.overview).toHaveLength(5);
    expect(securityCouncil2026.briefing?.links).toHaveLength(6);
  });

  // The user's guide sits outside the project (../shared); the check runs where it exists.
  const guidePath = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'shared',
    'seed',
    'background-guide.txt',
  );
  it.runIf(existsSync(guidePath))('keeps the background guide’s words', () => {
    const briefing = securityCouncil2026.briefing;
    const guide = readFileSync(guidePath, 'utf8');
    const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
    for (const paragraph of briefing?.overview ?? [])
      expect(words(guide)).toContain(words(paragraph));
    for (const position of briefing?.positions ?? []) {
      for (const part of position.summary.split('\n\n'))
        expect(words(guide)).toContain(words(part));
      for (const action of position.keyActions) expect(words(guide)).toContain(words(action));
    }
    for (const link of briefing?.links ?? []) expect(guide).toContain(link.url);
  });

  it('is created on the first start only', () => {
    const path = dbPath();
    const first = startOnce(path);
    expect(first.created).toBe(true);
    expectTheDefaultCommittee(first.committees);
    const second = startOnce(path);
    expect(second.created).toBe(false);
    expectTheDefaultCommittee(second.committees);
    expect(second.committees[0]?.createdAt).toBe(first.committees[0]?.createdAt);
  });

  describe('through the server process', () => {
    let child: Child | undefined;
    afterEach(() => killIfRunning(child));

    async function run(path: string): Promise<string> {
      child = startServerProcess({ PLACARD_DB: path });
      await child.waitFor(/is running/);
      child.process.kill('SIGTERM');
      const { code } = await child.exited();
      expect(code).toBe(0);
      return child.stdout();
    }

    it('a first start prints the chair link and admin key; a restart creates nothing', async () => {
      const path = dbPath();
      const first = await run(path);
      expect(first).toMatch(
        /Chair's link .*: http:\/\/placard\.test\/chair\/unsc#key=[0-9A-Z]{26}/,
      );
      expect(first).toMatch(/MEX +Mexico +http:\/\/placard\.test\/seat\/unsc#token=[0-9A-Z]{26}/);
      expect(first).toMatch(/Admin key .*: [0-9A-Z]{26}/);

      const second = await run(path);
      expect(second).not.toContain('Created the committee');
      expect(second).not.toContain('Admin key');

      const db = openDatabase(path);
      expectTheDefaultCommittee(createCommitteeRepository(db).list());
      expect(db.prepare('SELECT count(*) FROM seats').pluck().get()).toBe(16);
      db.close();
    });
  });
});
