/**
 * The child's side of a benchmark process: reads its parameters, answers the
 * orchestrator's commands over IPC, and exits when told to or when the
 * orchestrator goes away (so no process outlives a run).
 */
type Handler = (params: Record<string, unknown>) => unknown;

interface Request {
  readonly id: number;
  readonly command: string;
  readonly params: Record<string, unknown>;
}

const isRequest = (message: unknown): message is Request =>
  typeof message === 'object' && message !== null && 'id' in message && 'command' in message;

export function params<T>(): T {
  return JSON.parse(process.env['BENCH_PARAMS'] ?? '{}') as T;
}

/** Serve commands; `exit` runs `onExit` then exits. Reports `ready` with `info`. */
export function serve(
  handlers: Record<string, Handler>,
  info: unknown,
  onExit: () => Promise<void> | void = () => undefined,
): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('a benchmark worker must be started by bench/run.ts (no IPC)');
  let exiting = false;
  const exit = async (code: number): Promise<void> => {
    if (exiting) return;
    exiting = true;
    const hard = setTimeout(() => process.exit(code), 4000);
    hard.unref();
    try {
      await onExit();
    } finally {
      process.exit(code);
    }
  };
  process.on('disconnect', () => void exit(0));
  process.on('message', (message: unknown) => {
    if (!isRequest(message)) return;
    if (message.command === 'exit') {
      void exit(0);
      return;
    }
    const handler = handlers[message.command];
    if (!handler) {
      send({ id: message.id, ok: false, error: `unknown command ${message.command}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.params))
      .then(
        (result) => send({ id: message.id, ok: true, result }),
        (error: unknown) =>
          send({
            id: message.id,
            ok: false,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          }),
      );
  });
  send({ type: 'ready', info });
}
