/** (e) Cold start of a committee with a long log. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import type { MadeLog } from '../makeLog.ts';
import { Child, PRIORITY } from '../lib/child.ts';
import { serverOf, type ServerKind } from '../lib/fleet.ts';
import type { ServerInfo } from '../lib/serverControl.ts';
import { nowMs, withTimeout } from '../lib/time.ts';
import { type BenchConfig, type RunBase, loadOf } from './common.ts';
import { PROTOCOL_VERSION } from '@placard/shared/protocol';

export interface ColdLog extends MadeLog {
  readonly dbPath: string;
  readonly dir: string;
}

export async function makeColdLog(config: BenchConfig): Promise<ColdLog> {
  const dir = mkdtempSync(join(config.diskDir, 'placard-coldlog-'));
  const dbPath = join(dir, 'log.db');
  const { child } = await Child.start({
    name: 'make-log',
    script: 'makeLog.ts',
    core: config.loadCore,
    params: { dbPath, events: config.coldStart.events },
  });
  try {
    const made = await child.request<MadeLog>('build', {}, 15 * 60_000);
    return { ...made, dbPath, dir };
  } finally {
    await child.stop();
  }
}

export interface ColdRun extends RunBase {
  readonly events: number;
  /** Loading the committee: latest snapshot + later events (Placard) or every event (naive). */
  readonly loadMs: number;
  /** Process start → listening with the committee loaded. */
  readonly bootMs: number;
  /** Spawn → a first observer holds the snapshot. */
  readonly readyMs: number;
  /** Started with Node's compile cache warm. */
  readonly compileCache: boolean;
}

export async function coldRun(
  config: BenchConfig,
  kind: ServerKind,
  log: ColdLog,
  compileCache = false,
): Promise<ColdRun> {
  const dir = mkdtempSync(join(config.diskDir, 'placard-cold-'));
  const dbPath = join(dir, 'placard.db');
  copyFileSync(log.dbPath, dbPath);
  const spawnedAt = nowMs();
  let server: Child | null = null;
  try {
    const started = await Child.start<ServerInfo>({
      name: `${kind}-cold`,
      script: serverOf(kind).script,
      core: config.serverCore,
      nice: PRIORITY.server,
      params: { dbPath, committee: log.committee, ...serverOf(kind).params },
      // A real first start has no compiled-code cache; the variant with one is every later start
      // of `pnpm start`, which keeps Node's compile cache (scripts/start.ts).
      compileCache,
      readyTimeoutMs: 120_000,
    });
    server = started.child;
    const { info } = started;
    const socket = io(info.url, {
      forceNew: true,
      reconnection: false,
      transports: ['websocket'],
      auth: { protocol: PROTOCOL_VERSION, committee: info.committee },
    });
    const heldAt = await withTimeout(
      new Promise<number>((resolve) => {
        const onState = (): void => resolve(nowMs());
        socket.once('snapshot', onState);
        socket.once('state', onState);
      }),
      60_000,
      'first snapshot after a cold start',
    );
    socket.disconnect();
    if (info.seq !== log.seq) {
      throw new Error(`${kind} loaded seq ${info.seq} from ${dbPath}; the log has ${log.seq}`);
    }
    return {
      kind,
      load: loadOf(config, []),
      saturated: false,
      events: info.seq,
      loadMs: info.loadMs,
      bootMs: info.bootMs,
      readyMs: heldAt - spawnedAt,
      compileCache,
    };
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
