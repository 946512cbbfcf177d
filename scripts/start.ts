/**
 * `pnpm start`: build the web app if it is missing or stale, then run the
 * server in this same process (one process, one port).
 */
import { watchLauncher } from './parentWatch.ts';
import { ensureWebBuild } from './webBuild.ts';

ensureWebBuild();
// When pnpm is stopped with SIGTERM it does not forward it: shut down as if we got it.
watchLauncher(() => process.kill(process.pid, 'SIGTERM'));
await import('../server/src/main.ts');
