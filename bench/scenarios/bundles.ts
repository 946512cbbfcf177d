/** (f) Gzipped JavaScript per page, from the web build's bundle report. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export interface PageBundle {
  readonly route: string;
  readonly files: number;
  readonly gzipBytes: number;
  /** The page's largest files (from the client build's Vite manifest), gzipped. */
  readonly largest?: readonly { file: string; gzipBytes: number; holds: string }[];
}

export interface BundleResult {
  readonly report: string;
  readonly builtAt: string | null;
  readonly pages: readonly PageBundle[];
}

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}

/** What a built chunk holds, recognised by markers in its code. */
function holds(code: string, key: string): string {
  if (/client-optimized\/nodes\/\d+\.js$/.test(key)) return 'the page';
  const parts: string[] = [];
  if (code.includes('engine.io')) parts.push('socket.io-client');
  if (code.includes('speakersList')) parts.push('the shared rules engine');
  if (code.includes('svelte.dev/e/')) parts.push('the Svelte runtime');
  return parts.join(' + ') || 'shared code';
}

/** Per page, its largest files, by following the imports in the client build's manifest. */
function largestFiles(webDir: string): Map<string, PageBundle['largest']> {
  const client = join(webDir, '.svelte-kit', 'output', 'client');
  const nodesDir = join(webDir, '.svelte-kit', 'generated', 'build', 'client-optimized', 'nodes');
  const result = new Map<string, PageBundle['largest']>();
  const manifestPath = join(client, '.vite', 'manifest.json');
  if (!existsSync(manifestPath) || !existsSync(nodesDir)) return result;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const keys = Object.keys(manifest);
  const entries = keys.filter((key) => /entry\/(start|app)\./.test(manifest[key]?.file ?? ''));
  const layout = keys.filter((key) => /nodes\/0\.js$/.test(key));
  for (const node of readdirSync(nodesDir)) {
    const route = /src\/routes(.*)\/\+page\.svelte/.exec(
      readFileSync(join(nodesDir, node), 'utf8'),
    );
    const key = keys.find((k) => k.endsWith(`client-optimized/nodes/${node}`));
    if (!route || !key) continue;
    const seen = new Set<string>();
    const stack = [...entries, ...layout, key];
    while (stack.length > 0) {
      const next = stack.pop();
      if (next === undefined || seen.has(next)) continue;
      seen.add(next);
      stack.push(...(manifest[next]?.imports ?? []));
    }
    const files = [...seen].flatMap((k) => {
      const file = manifest[k]?.file;
      if (!file) return [];
      const code = readFileSync(join(client, file), 'utf8');
      return [{ file, gzipBytes: gzipSync(code).length, holds: holds(code, k) }];
    });
    files.sort((a, b) => b.gzipBytes - a.gzipBytes);
    result.set(route[1] || '/', files.slice(0, 4));
  }
  return result;
}

export function readBundles(webDir: string): BundleResult {
  const reportPath = join(webDir, '.svelte-kit', 'output', 'bundle-report.json');
  if (!existsSync(reportPath)) return { report: reportPath, builtAt: null, pages: [] };
  const pages = JSON.parse(readFileSync(reportPath, 'utf8')) as PageBundle[];
  let largest = new Map<string, PageBundle['largest']>();
  try {
    largest = largestFiles(webDir);
  } catch {
    // The breakdown is a help for reading the figures, not a figure: skip it if the build differs.
  }
  return {
    report: reportPath,
    builtAt: statSync(reportPath).mtime.toISOString(),
    pages: pages.map((page) => {
      const files = largest.get(page.route);
      return files ? { ...page, largest: files } : page;
    }),
  };
}
