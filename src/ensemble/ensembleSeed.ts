/**
 * Seed of run r of variant v in an ensemble from one master seed. With common random numbers
 * (the default) run r of every variant uses the same seed, master + r, so runs differ across
 * variants only where their parameters differ. Without them variant v > 0 gets its own block of
 * seeds, as if the variants had been run separately, which shows how much noise CRN removes.
 */
export function ensembleSeed(master: number, variant: number, run: number, runs: number, commonRandomNumbers: boolean): number {
  return (master + run + (commonRandomNumbers ? 0 : variant * runs)) >>> 0;
}
