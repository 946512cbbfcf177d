/** Targets, and docs/BENCHMARKS.md, from a run's results. */
export { emptySeries, medianRun, type BenchResults, type Series, type Target } from './results.ts';
export { evaluateTargets } from './targets.ts';
export { renderMarkdown } from './markdown.ts';
