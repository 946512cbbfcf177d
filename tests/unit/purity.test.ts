/**
 * PURE-1: the domain in shared/ (outside its client) does no I/O and reads no
 * clock or randomness; the ESLint purity fence enforces the same at lint time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const shared = join(import.meta.dirname, '..', '..', 'shared', 'src');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'client' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

// Comments may talk about clocks; only code counts.
const code = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const forbidden: readonly [string, RegExp][] = [
  ['imports node:*', /from\s+['"]node:|import\(\s*['"]node:|require\(\s*['"]node:/],
  ['imports socket.io', /from\s+['"]socket\.io(-client)?['"]/],
  ['imports better-sqlite3', /from\s+['"]better-sqlite3['"]/],
  ['imports fastify', /from\s+['"](@fastify\/[^'"]+|fastify(\/[^'"]*)?)['"]/],
  ['calls Date.now()', /\bDate\s*\.\s*now\s*\(/],
  ['calls Math.random()', /\bMath\s*\.\s*random\s*\(/],
  ['reads the clock with new Date()', /\bnew\s+Date\s*\(\s*\)/],
  ['uses performance.now()', /\bperformance\s*\.\s*now\s*\(/],
  ['uses timers', /\b(setTimeout|setInterval|setImmediate)\s*\(/],
  ['uses DOM APIs', /\b(window|document|localStorage|sessionStorage|navigator)\s*\./],
  ['does I/O', /\b(fetch|XMLHttpRequest)\s*\(|\bprocess\s*\./],
];

describe('purity of shared/', () => {
  it('PURE-1: shared/ outside its client imports no node:*, socket.io, better-sqlite3, fastify or DOM, and reads no clock or dice', () => {
    const files = sources(shared);
    expect(files.length).toBeGreaterThan(20);
    const offences = files.flatMap((file) => {
      const text = code(readFileSync(file, 'utf8'));
      return forbidden
        .filter(([, pattern]) => pattern.test(text))
        .map(([what]) => `${relative(shared, file)} ${what}`);
    });
    expect(offences).toEqual([]);
  });

  it('PURE-1: the scan catches what it looks for', () => {
    const catches = (source: string) => forbidden.some(([, pattern]) => pattern.test(code(source)));
    expect(catches("import { readFileSync } from 'node:fs';")).toBe(true);
    expect(catches("import { Server } from 'socket.io';")).toBe(true);
    expect(catches('const t = Date.now();')).toBe(true);
    expect(catches('const r = Math.random();')).toBe(true);
    expect(catches('document.title = "x";')).toBe(true);
    expect(catches('// Date.now() is not used here')).toBe(false);
    expect(catches('const at = ctx.now;')).toBe(false);
  });
});
