/**
 * No import cycle among the source files of shared/src, type-only imports
 * included: a cycle (the old state ↔ drafts ↔ draftText ↔ votes) means no part
 * of the rules engine can be read, tested or moved without the others.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const shared = join(root, 'shared', 'src');

/** Every `import`/`export … from './x.ts'` of a source, `import type` too, over any number of lines. */
const RELATIVE_IMPORT = /^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm;

/** The non-test .ts files under a folder. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    const source = entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts');
    return source ? [path] : [];
  });

/** File → the files it imports (relative imports only; packages cannot close a cycle). */
const importGraph = (files: readonly string[]): Map<string, string[]> =>
  new Map(
    files.map((file) => [
      file,
      [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)]
        .map((match) => resolve(dirname(file), match[1] ?? ''))
        .filter((target) => existsSync(target) && !target.endsWith('.test.ts')),
    ]),
  );

/** The first cycle a depth-first walk finds, as the files around it, or null. */
const findCycle = (graph: ReadonlyMap<string, readonly string[]>): string[] | null => {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    if (done.has(file)) return null;
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
};

/** The longest chain of imports starting at each file (1 for a file importing nothing). */
const depths = (graph: ReadonlyMap<string, readonly string[]>): Map<string, number> => {
  const depth = new Map<string, number>();
  const of = (file: string): number => {
    const known = depth.get(file);
    if (known !== undefined) return known;
    depth.set(file, 0); // a cycle (reported above) must not recurse forever
    const deepest = Math.max(0, ...(graph.get(file) ?? []).map(of));
    depth.set(file, deepest + 1);
    return deepest + 1;
  };
  for (const file of graph.keys()) of(file);
  return depth;
};

describe('shared/src imports', () => {
  const graph = importGraph(sources(shared));

  it('reads the imports of every source file, type-only and multi-line ones too', () => {
    const decide = graph.get(join(shared, 'committee', 'decide.ts')) ?? [];
    expect(decide.length).toBeGreaterThan(5);
    const index = graph.get(join(shared, 'committee', 'index.ts')) ?? [];
    expect(index).toContain(join(shared, 'committee', 'core', 'state.ts'));
  });

  it('form no cycle, type-only imports included', () => {
    const cycle = findCycle(graph);
    expect(cycle?.map((file) => relative(shared, file)).join(' → ') ?? null).toBeNull();
  });

  it('stay shallow enough to read: the rules engine is at most 16 imports deep', () => {
    // Before the engine was split by part of the session it was 22 deep (and cyclic).
    const engine = depths(graph).get(join(shared, 'committee', 'index.ts'));
    expect(engine).toBeLessThanOrEqual(16);
  });
});
