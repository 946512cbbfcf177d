/**
 * A Vite plugin that reports, after each client build, the gzipped
 * JavaScript each page loads on first render: the client entry, the root
 * layout, the page's node and everything they import statically. Written to
 * .svelte-kit/output/bundle-report.json for tests and benchmarks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkInfo {
  readonly code: string;
  readonly imports: readonly string[];
  readonly moduleIds: readonly string[];
  readonly isEntry: boolean;
  readonly facadeModuleId: string | null;
}

export interface PageBundle {
  readonly route: string;
  readonly files: number;
  readonly gzipBytes: number;
}

export const BUNDLE_REPORT = join(
  import.meta.dirname,
  '.svelte-kit',
  'output',
  'bundle-report.json',
);

function closure(start: readonly string[], chunks: ReadonlyMap<string, ChunkInfo>): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const name = stack.pop();
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    stack.push(...(chunks.get(name)?.imports ?? []));
  }
  return seen;
}

/** The route of a node chunk, from the +page.svelte it wraps (null for layouts and errors). */
function routeOf(chunk: ChunkInfo): string | null {
  for (const id of chunk.moduleIds) {
    const match = /src\/routes(.*)\/\+page\.svelte$/.exec(id);
    if (match) return match[1] || '/';
  }
  return null;
}

export function bundleReport(): Plugin {
  return {
    name: 'placard-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.set(fileName, {
          code: output.code,
          imports: output.imports,
          moduleIds: output.moduleIds,
          isEntry: output.isEntry,
          facadeModuleId: output.facadeModuleId,
        });
      }
      // Only the client build has the entry/start chunk; the server build is skipped.
      const entries = [...chunks.keys()].filter((name) => /entry\/(start|app)\./.test(name));
      if (entries.length < 2) return;
      const nodes = [...chunks.entries()].filter(([name]) => /nodes\/\d+\./.test(name));
      const rootLayout = nodes.find(([name]) => /nodes\/0\./.test(name))?.[0];
      const pages: PageBundle[] = [];
      for (const [name, chunk] of nodes) {
        const route = routeOf(chunk);
        if (route === null) continue;
        const files = closure([...entries, ...(rootLayout ? [rootLayout] : []), name], chunks);
        let gzipBytes = 0;
        for (const file of files) gzipBytes += gzipSync(chunks.get(file)?.code ?? '').length;
        pages.push({ route, files: files.size, gzipBytes });
      }
      pages.sort((a, b) => a.route.localeCompare(b.route));
      mkdirSync(dirname(BUNDLE_REPORT), { recursive: true });
      writeFileSync(BUNDLE_REPORT, `${JSON.stringify(pages, null, 2)}\n`);
      this.info(
        `gzipped JavaScript per page:\n${pages
          .map((page) => `  ${page.route.padEnd(28)} ${(page.gzipBytes / 1024).toFixed(1)} KB`)
          .join('\n')}`,
      );
    },
  };
}
