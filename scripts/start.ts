/**
 * `pnpm start`: build the web app if it is missing or stale, then run the
 * server in this same process (one process, one port).
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { watchLauncher } from './parentWatch.ts';
import { ensureWebBuild } from './webBuild.ts';

ensureWebBuild();
// When pnpm is stopped with SIGTERM it does not forward it: shut down as if we got it.
watchLauncher(() => process.kill(process.pid, 'SIGTERM'));
// Node keeps the server's compiled (and type-stripped) modules here, so every start after the
// first, a restart after a crash included, is ready about 0.4 s sooner (docs/BENCHMARKS.md, e).
// Before the server's modules are imported, or they would not be cached.
enableCompileCache(join(import.meta.dirname, '..', 'node_modules', '.cache', 'placard-compile'));
await import('../server/src/main.ts');
