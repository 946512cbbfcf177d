/** Exhaustiveness guard for switches over unions: every part's decide and evolve ends in it. */
export function unreachable(value: never): never {
  throw new Error(`unreachable: ${JSON.stringify(value)}`);
}
