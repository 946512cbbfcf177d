/** (b) 15-vote bursts: each member votes within a spread of ms, with observers live. */
import { withFleet, type ServerKind } from '../lib/fleet.ts';
import type { LoopReading } from '../lib/serverControl.ts';
import type { Summary } from '../lib/stats.ts';
import { sleep } from '../lib/time.ts';
import { type BenchConfig, type RunBase, fleetOptions, actorRunFigures } from './common.ts';

export interface BurstRun extends RunBase {
  readonly observers: number;
  readonly ack: Summary;
  readonly delegates: Summary;
  readonly sendSlack: Summary;
  readonly ackFromSent: Summary;
  readonly serverLoop: LoopReading;
}

export async function burstRun(
  config: BenchConfig,
  kind: ServerKind,
  spread = 1,
): Promise<BurstRun> {
  const { observers, warmupRounds, rounds, spreadMs } = config.burst;
  return withFleet(fleetOptions(config, kind, observers, spread), async (fleet) => {
    const actors = fleet.actors;
    if (!actors) throw new Error('no actors');
    await sleep(config.settleMs);
    await actors.bursts(warmupRounds, spreadMs);
    await fleet.server.request('loopReset');
    await fleet.all('start');
    const run = await actors.bursts(rounds, spreadMs);
    const loop = await fleet.server.request<LoopReading>('loop');
    const shares = await fleet.all<{ share: number }>('stop');
    return {
      ...actorRunFigures(config, kind, observers, run, shares),
      serverLoop: loop,
    };
  });
}
