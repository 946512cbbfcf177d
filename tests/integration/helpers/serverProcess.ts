import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

/** `server/src/main.ts`, the real entry point. */
export const mainPath = join(import.meta.dirname, '..', '..', '..', 'server', 'src', 'main.ts');

/** A child process with its output collected as it arrives. */
export interface Child {
  readonly process: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stdout; rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or signal); rejects after `timeoutMs`. */
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs a Node script with only the given environment (plus PATH), so the developer's own
 * PORT or PLACARD_DB never leak into a test.
 */
export function runNode(script: string, env: Record<string, string>, args: string[] = []): Child {
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: 'pipe',
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const timeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `timed out after ${ms} ms waiting for ${what}\nstdout: ${out}\nstderr: ${err}`,
            ),
          ),
        ms,
      );
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    waitFor(pattern, timeoutMs = 10_000) {
      const found = new Promise<RegExpMatchArray>((resolve, reject) => {
        const check = (): void => {
          const match = out.match(pattern);
          if (match) {
            child.stdout.off('data', check);
            resolve(match);
          }
        };
        child.stdout.on('data', check);
        child.on('close', () =>
          reject(
            new Error(`exited before printing ${String(pattern)}\nstdout: ${out}\nstderr: ${err}`),
          ),
        );
        check();
      });
      return timeout(found, timeoutMs, String(pattern));
    },
    exited: (timeoutMs = 10_000) => timeout(exit, timeoutMs, 'exit'),
  };
}

/** Starts the real server on an ephemeral loopback port. */
export function startServerProcess(env: Record<string, string>): Child {
  return runNode(mainPath, {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PUBLIC_URL: 'http://placard.test',
    ...env,
  });
}

/** Kills the child if it still runs (test cleanup). */
export function killIfRunning(child: Child | undefined): void {
  if (child !== undefined && child.process.exitCode === null && child.process.signalCode === null) {
    child.process.kill('SIGKILL');
  }
}
