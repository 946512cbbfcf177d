/**
 * Seeded randomness for the rehearsal. A delegation's choices are drawn from a
 * die keyed by the situation ("did FRA ask to speak after speech 4?"), so the
 * policy can be asked the same question many times and give the same answer:
 * re-reading the state never re-rolls a decision, and a run is reproduced by
 * its seed.
 */

/** A uniform draw in [0, 1) for a situation named by `key`; the same key gives the same draw. */
export type Dice = (key: string) => number;

/** 32-bit FNV-1a hash of a string. */
export const hashString = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

/** Mulberry32: a small, fast PRNG with a 32-bit state; good enough for play, not for secrets. */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
};

/** The dice of one delegation in one run: keyed by the run's seed, the delegation and the situation. */
export const seededDice = (seed: number, owner: string): Dice => {
  const base = hashString(`${seed}:${owner}`);
  return (key) => mulberry32(base ^ hashString(key))();
};

/** True with probability `p` for this situation. */
export const chance = (dice: Dice, key: string, p: number): boolean => dice(key) < p;

/** One of `items` for this situation (undefined only when `items` is empty). */
export const pick = <T>(dice: Dice, key: string, items: readonly T[]): T | undefined =>
  items[Math.floor(dice(key) * items.length)];

/** A whole number in [min, max] for this situation. */
export const between = (dice: Dice, key: string, min: number, max: number): number =>
  min + Math.floor(dice(key) * (max - min + 1));
