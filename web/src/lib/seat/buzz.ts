// Apart from attention.ts, so that what concerns a seat stays pure and testable in Node.

/** Vibrate where the browser allows it (most Android phones; never iOS Safari). */
export function buzz(pattern: readonly number[]): void {
  if ('vibrate' in navigator) navigator.vibrate([...pattern]);
}
