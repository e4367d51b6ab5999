/** A repeatable pseudo-random sequence in [0, 1) (Park–Miller): test layers and bench files that are the same each run. */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}
