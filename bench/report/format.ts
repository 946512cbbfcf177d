/** How figures are written in docs/BENCHMARKS.md. */
import type { Summary } from '../lib/stats.ts';

/** One decimal, or – when there is no figure. */
export const f1 = (value: number | undefined | null): string =>
  value === undefined || value === null || !Number.isFinite(value) ? '–' : value.toFixed(1);
/** Milliseconds with one decimal. */
export const msText = (value: number | undefined | null): string =>
  value === undefined || value === null || !Number.isFinite(value) ? '–' : `${f1(value)} ms`;
/** p50 / p99 / max. */
export const triple = (s: Summary | null | undefined): string =>
  s ? `${f1(s.p50)} / ${f1(s.p99)} / ${f1(s.max)}` : '–';
/** A ratio such as 0.42×. */
export const ratioText = (ratio: number | null): string =>
  ratio === null || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`;
/** Bytes as KB with one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** a ÷ b when both are finite figures and b is positive. */
export function ratioOf(a: number | undefined, b: number | undefined): number | null {
  return a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b > 0
    ? a / b
    : null;
}

/** Whether a target was met (– when not measured). */
export const metText = (met: boolean | null): string =>
  met === null ? '–' : met ? 'yes' : '**no**';
