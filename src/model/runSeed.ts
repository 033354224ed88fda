/** The largest seed: seeds are 32-bit unsigned (run seeds wrap around it). */
export const MAX_SEED = 0xffff_ffff;

/** Seed of run r (0-based) of a batch started from `seed`: seed + r, wrapped to 32 bits, so any run can be repeated alone. */
export function runSeed(seed: number, run: number): number {
  return (seed + run) >>> 0;
}
