/**
 * The votes the engine is tested on (shared/src/testing/unscVotes.ts) are the
 * ones of the reference table ../shared/reference/unsc-votes.md, with the same
 * members, counts, no votes, abstentions and outcomes. Skipped where the
 * reference folder is not checked out next to the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { membersByYear, recordedVotes } from '../../shared/src/testing/unscVotes.ts';

const reference = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'unsc-votes.md',
);
const names = (cell: string): string[] =>
  cell.trim() === '—'
    ? []
    : cell
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);

describe.skipIf(!existsSync(reference))('the reference table of real votes', () => {
  const text = existsSync(reference) ? readFileSync(reference, 'utf8') : '';

  it('VOTE-4, VOTE-5: every vote of unsc-votes.md is in the tested sample with the same record', () => {
    const rows = text
      .split('\n')
      .filter((line) => /^\| S\//.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row[0])).toEqual(recordedVotes.map((vote) => vote.draft));
    for (const [draft, date, kind, counts, no, abstained, outcome] of rows) {
      const vote = recordedVotes.find((candidate) => candidate.draft === draft);
      expect(kind).toBe('substantive');
      const [word, vetoers] = /^(\w+)(?: \((.*)\))?$/.exec(outcome ?? '')?.slice(1) ?? [];
      expect(vote).toEqual({
        draft,
        date,
        counts,
        votedNo: names(no ?? ''),
        abstained: names(abstained ?? ''),
        outcome: word,
        vetoedBy: vetoers ? names(vetoers) : [],
      });
    }
  });

  it("VOTE-6: each year's 15 members match the reference", () => {
    const years = [...text.matchAll(/^- (\d{4}): ([\s\S]*?)\.$/gm)];
    expect(years.length).toBe(Object.keys(membersByYear).length);
    for (const [, year, list] of years) {
      const listed = (list ?? '')
        .replace(/\s+/g, ' ')
        .split(',')
        .map((name) => name.replace(/\(permanent seat\)/, '').trim());
      const ours = (membersByYear[Number(year)] ?? []).map((member) => member.name);
      expect([...ours].sort()).toEqual([...listed].sort());
    }
  });
});
