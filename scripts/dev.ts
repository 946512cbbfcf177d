/**
 * `pnpm dev`: the server under `node --watch` (restarts on change) on port
 * 3001 and Vite's dev server with hot reload on http://localhost:3000, which
 * proxies the API and Socket.IO to the server (web/vite.config.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const serverPort = process.env['PLACARD_DEV_SERVER_PORT'] ?? '3001';

const children: ChildProcess[] = [
  spawn(process.execPath, ['--watch', join(root, 'server', 'src', 'main.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: serverPort, HOST: process.env['HOST'] ?? '127.0.0.1' },
  }),
  spawn('pnpm', ['--filter', '@placard/web', 'exec', 'vite', 'dev', '--port', '3000', '--host'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLACARD_DEV_SERVER: `http://127.0.0.1:${serverPort}` },
  }),
];

let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
