/**
 * The figures a reliability test proves, printed as one line each so CI logs show
 * them: `reliability: crash: commands acknowledged 1034, lost 0, kills 21`.
 */
export function report(area: string, figures: Readonly<Record<string, number | string>>): string {
  const line = `reliability: ${area}: ${Object.entries(figures)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ')}`;
  console.log(line);
  return line;
}

/** A small seeded generator (mulberry32): the same seed replays the same kills and choices. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max] from a generator. */
export const between = (random: () => number, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** The seed of a run: PLACARD_RELIABILITY_SEED, or the test's own default. */
export function seedFrom(fallback: number): number {
  const value = Number(process.env['PLACARD_RELIABILITY_SEED']);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Rejects after `ms` with a message naming what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
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
}
