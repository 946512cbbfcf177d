/**
 * The scenarios, one file each. Each `…Run` is one run against one server
 * (Placard's, Placard's with the fast lane off, or the naive baseline);
 * run.ts interleaves them A/B/A/B and picks the median run.
 */
export type { BenchConfig, GeneratorLoad, RunBase } from './common.ts';
export { fanoutRun, type FanoutRun } from './fanout.ts';
export { floorRun, type FloorRun } from './floor.ts';
export { burstRun, type BurstRun } from './burst.ts';
export { reconnectRun, type ReconnectRun } from './reconnect.ts';
export { memoryRun, type MemoryRun } from './memory.ts';
export { coldRun, makeColdLog, type ColdLog, type ColdRun } from './cold.ts';
export { readBundles, type BundleResult, type PageBundle } from './bundles.ts';
export { fsyncProbe } from './disk.ts';
