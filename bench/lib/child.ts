/**
 * The orchestrator's side of a benchmark process: spawned pinned to one core
 * (`taskset -c N` when available) with the open-files limit raised to the hard
 * limit, spoken to over Node's IPC channel with request/response messages.
 * Every request has a timeout; stop() ends the process by its own pid only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BENCH_DIR = join(import.meta.dirname, '..');
const COMPILE_CACHE = join(tmpdir(), 'placard-bench-compile-cache');

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: string;
}

interface ReadyMessage {
  readonly type: 'ready';
  readonly info: unknown;
}

const isReply = (message: unknown): message is Reply =>
  typeof message === 'object' && message !== null && 'id' in message && 'ok' in message;

const isReady = (message: unknown): message is ReadyMessage =>
  typeof message === 'object' &&
  message !== null &&
  'type' in message &&
  (message as { type: unknown }).type === 'ready';

const traceStart = performance.now();
/** Phase timings on stderr when BENCH_TRACE is set. */
export function trace(what: string): void {
  if (process.env['BENCH_TRACE']) {
    process.stderr.write(
      `  [trace ${((performance.now() - traceStart) / 1000).toFixed(2)}s] ${what}\n`,
    );
  }
}

let tasksetChecked: boolean | null = null;

/** Whether `taskset` (util-linux) can pin processes here. */
export function hasTaskset(): boolean {
  if (tasksetChecked === null) {
    const probe = spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
    tasksetChecked = probe.status === 0;
  }
  return tasksetChecked;
}

/** The `nice` of each kind of benchmark process. */
export const PRIORITY = { server: -10, phones: -10, observers: -5 } as const;

export interface ChildOptions {
  readonly name: string;
  /** Script under bench/ (e.g. 'observers.ts'). */
  readonly script: string;
  /** Core to pin to, or null for no pinning. */
  readonly core: number | null;
  /**
   * Scheduling priority (`nice -n`, see PRIORITY). The machine is shared with other work, so
   * the benchmark's processes run above it: the server and the phones most, the observer
   * generators a little less (so the phones' sends and timestamps go first on the core they
   * share). Without the privilege, nice warns and runs the command at the usual priority.
   */
  readonly nice?: number;
  readonly nodeFlags?: readonly string[];
  /** Parameters, passed as JSON in BENCH_PARAMS. */
  readonly params?: unknown;
  /** Reuse compiled code across processes (NODE_COMPILE_CACHE); off to time a real first start. */
  readonly compileCache?: boolean;
  /** How long to wait for the child's `ready` (default 30 s). */
  readonly readyTimeoutMs?: number;
}

export class Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly exited: Promise<number | null>;
  #nextId = 1;
  readonly #pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  #stderrTail = '';
  #ready: Promise<unknown>;

  private constructor(options: ChildOptions) {
    this.name = options.name;
    const nodeArgs = [...(options.nodeFlags ?? []), join(BENCH_DIR, options.script)];
    const niceness = options.nice ? `nice -n ${options.nice} ` : '';
    const pin =
      options.core !== null && hasTaskset()
        ? `exec ${niceness}taskset -c ${options.core} "$0" "$@"`
        : `exec ${niceness}"$0" "$@"`;
    this.process = spawn(
      'sh',
      ['-c', `ulimit -n "$(ulimit -Hn)" 2>/dev/null; ${pin}`, process.execPath, ...nodeArgs],
      {
        // BENCH_VERBOSE (development): the children's output on this process's stderr.
        stdio: ['ignore', process.env['BENCH_VERBOSE'] ? 2 : 'ignore', 'pipe', 'ipc'],
        env: {
          ...process.env,
          BENCH_PARAMS: JSON.stringify(options.params ?? {}),
          NODE_NO_WARNINGS: '1',
          ...(options.compileCache === false ? {} : { NODE_COMPILE_CACHE: COMPILE_CACHE }),
        },
      },
    );
    this.process.stderr?.setEncoding('utf8');
    this.process.stderr?.on('data', (chunk: string) => {
      this.#stderrTail = (this.#stderrTail + chunk).slice(-4000);
      if (process.env['BENCH_VERBOSE']) process.stderr.write(`[${this.name}] ${chunk}`);
    });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.#ready = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(this.#failure(`not ready within ${options.readyTimeoutMs ?? 30_000} ms`)),
        options.readyTimeoutMs ?? 30_000,
      );
      this.process.on('message', (message: unknown) => {
        if (isReady(message)) {
          clearTimeout(timer);
          resolve(message.info);
        }
      });
      void this.exited.then((code) => {
        clearTimeout(timer);
        reject(this.#failure(`exited with code ${code} before it was ready`));
      });
    });
    this.process.on('message', (message: unknown) => {
      if (!isReply(message)) return;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new Error(`${this.name}: ${message.error ?? 'failed'}`));
    });
    void this.exited.then((code) => {
      for (const pending of this.#pending.values()) {
        pending.reject(this.#failure(`exited with code ${code}`));
      }
      this.#pending.clear();
    });
  }

  /** Spawn and wait until the child reports `ready`; resolves with its info. */
  static async start<Info>(options: ChildOptions): Promise<{ child: Child; info: Info }> {
    const child = new Child(options);
    try {
      const info = (await child.#ready) as Info;
      return { child, info };
    } catch (error) {
      await child.stop();
      throw error;
    }
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Send a command and wait for its reply. */
  request<T>(command: string, params: unknown = {}, timeoutMs = 60_000): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(this.#failure(`${command} took over ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      if (!this.process.connected) {
        this.#pending.delete(id);
        clearTimeout(timer);
        reject(this.#failure('is not running'));
        return;
      }
      this.process.send({ id, command, params });
    });
  }

  /** Ask the child to exit; after 5 s end it by its pid. */
  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    if (this.process.connected) {
      this.process.send({ id: 0, command: 'exit', params: {} });
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }

  #failure(what: string): Error {
    const tail = this.#stderrTail.trim().split('\n').slice(-8).join('\n');
    return new Error(`${this.name} ${what}${tail ? `\n--- its stderr:\n${tail}` : ''}`);
  }
}
