/**
 * Every rule in docs/RULES.md has a test whose name carries its ID, and every
 * ID a test cites exists. Test names are read from the source of the test files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const ID = /\b[A-Z]+-\d+\b/g;

/** Rule IDs defined in RULES.md: the first cell of a table row. */
const ruleIds = (): string[] =>
  [
    ...readFileSync(join(root, 'docs', 'RULES.md'), 'utf8').matchAll(/^\|\s*([A-Z]+-\d+)\s*\|/gm),
  ].map((match) => match[1] ?? '');

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });

/** The names given to `it(...)` / `test(...)` in a file (the literal parts of template names too). */
const testNames = (source: string): string[] =>
  [...source.matchAll(/\b(?:it|test)(?:\.\w+)*\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)].map(
    (match) => match[2] ?? '',
  );

describe('rule coverage', () => {
  const files = [join(root, 'shared', 'src'), join(root, 'tests', 'unit')].flatMap(testFiles);
  const cited = new Map<string, string[]>();
  for (const file of files) {
    for (const name of testNames(readFileSync(file, 'utf8'))) {
      for (const [id] of name.matchAll(ID)) {
        cited.set(id, [...(cited.get(id) ?? []), relative(root, file)]);
      }
    }
  }

  it('RULES.md defines each rule ID once', () => {
    const ids = ruleIds();
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('every rule ID in RULES.md has a test with the ID in its name', () => {
    const untested = ruleIds().filter((id) => !cited.has(id));
    expect(untested, `rules without a test: ${untested.join(', ')}`).toEqual([]);
  });

  it('every rule ID a test cites is defined in RULES.md', () => {
    const defined = new Set(ruleIds());
    const unknown = [...cited.keys()].filter((id) => !defined.has(id));
    expect(unknown, `tests cite unknown rules: ${unknown.join(', ')}`).toEqual([]);
  });
});
