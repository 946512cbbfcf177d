/**
 * Builds the web app when its output is missing or older than its sources, so
 * `pnpm install && pnpm start` works from a fresh clone with no third command
 * and a restart after an edit serves the edit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const web = join(root, 'web');
const builtIndex = join(web, 'build', 'index.html');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when web/build is missing or any web or shared source is newer than it. */
export function webBuildIsStale(): boolean {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  const sources = [
    join(web, 'src'),
    join(web, 'static'),
    join(web, 'vite.config.ts'),
    join(web, 'package.json'),
    join(root, 'shared', 'src'),
  ].filter(existsSync);
  return sources.some((source) => newestMtime(source) > builtAt);
}

const lockDir = join(web, '.build-lock');

/** Wait (synchronously) for a lock folder; two builds into web/build at once corrupt it. */
function withBuildLock(run: () => void): void {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // A lock older than 5 minutes was left by a killed build.
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > 300_000) {
        rmSync(lockDir, { recursive: true, force: true });
      } else if (Date.now() - started > 300_000) {
        throw new Error(`web build lock ${lockDir} is held for too long`);
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    run();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Run `vite build` for the web app when needed; exits the process if the build fails. */
export function ensureWebBuild(): void {
  if (!webBuildIsStale()) return;
  withBuildLock(() => {
    if (webBuildIsStale()) build();
  });
}

function build(): void {
  console.log('placard: building the web app (first start or changed sources)…');
  const result = spawnSync('pnpm', ['--filter', '@placard/web', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('placard: the web app failed to build; see the output above.');
    process.exit(result.status ?? 1);
  }
}
