/**
 * The real server process (`node server/src/main.ts`) on a temp database, which a test
 * can SIGKILL and start again on the same file and port. Its output across every start
 * is kept (tests look for secrets in it).
 */
import {
  killIfRunning,
  startServerProcess,
  type Child,
} from '../../integration/helpers/serverProcess.ts';

/** What the first start prints: where it listens, and the seeded committee's secrets. */
export interface Banner {
  readonly url: string;
  readonly port: number;
  readonly committeeId: string | null;
  readonly chairKey: string | null;
  /** Seat tokens by delegation code. */
  readonly seatTokens: Readonly<Record<string, string>>;
}

export function parseBanner(stdout: string): Banner {
  const url = /On this computer:\s+(http:\/\/\S+?)\/?\s*$/m.exec(stdout)?.[1];
  if (!url) throw new Error(`no URL in the banner:\n${stdout}`);
  const chair = /\/chair\/([a-z0-9-]+)#key=([A-Za-z0-9_-]+)/.exec(stdout);
  const seatTokens: Record<string, string> = {};
  for (const match of stdout.matchAll(
    /^\s+([A-Z]{3})\s.*\/seat\/[a-z0-9-]+#token=([A-Za-z0-9_-]+)/gm,
  )) {
    const [, code, token] = match;
    if (code && token) seatTokens[code] = token;
  }
  return {
    url,
    port: Number(new URL(url).port),
    committeeId: chair?.[1] ?? null,
    chairKey: chair?.[2] ?? null,
    seatTokens,
  };
}

export interface ServerChild {
  readonly banner: Banner;
  readonly url: string;
  readonly port: number;
  /** The process now running (or last run). */
  current(): Child;
  /** Everything every start printed on stdout and stderr. */
  output(): string;
  /** SIGKILL now (synchronously sent), resolving once the process is gone. */
  kill(): Promise<void>;
  /** Start again on the same database and port; resolves when it listens. */
  restart(): Promise<number>;
  /** Kill if running (cleanup). */
  dispose(): void;
}

const READY = /On this computer:/;

/** Starts the server with PORT=0 on `dbPath`; later starts reuse the port it picked. */
export async function startServerChild(
  dbPath: string,
  env: Record<string, string> = {},
): Promise<ServerChild> {
  const outputs: Child[] = [];
  let child = startServerProcess({ PLACARD_DB: dbPath, ...env });
  outputs.push(child);
  await child.waitFor(READY, 20_000);
  const banner = parseBanner(child.stdout());
  const { port, url } = banner;
  return {
    banner,
    url,
    port,
    current: () => child,
    output: () => outputs.map((run) => run.stdout() + run.stderr()).join('\n'),
    async kill() {
      if (child.process.exitCode !== null || child.process.signalCode !== null) return;
      child.process.kill('SIGKILL');
      await child.exited(10_000);
    },
    async restart() {
      const started = Date.now();
      for (let attempt = 0; ; attempt++) {
        child = startServerProcess({ PLACARD_DB: dbPath, ...env, PORT: String(port) });
        outputs.push(child);
        try {
          await child.waitFor(READY, 20_000);
          return Date.now() - started;
        } catch (error) {
          // The port may linger for a moment after a kill; anything else is a real failure.
          if (attempt >= 20 || !/EADDRINUSE/.test(child.stderr())) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    dispose: () => killIfRunning(child),
  };
}
