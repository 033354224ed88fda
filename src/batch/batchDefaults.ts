/**
 * The defaults and limits of every batch (runs, comparisons, sweeps, calibrations, tipping-point
 * searches) as one object, read by the command line, the page and the file formats alike, so that
 * they cannot drift apart. Where the command line and the page used to differ, the command line's
 * value was kept (scripts rely on it), except the sweep's runs per cell: 20, as the page and the
 * shipped sweep use (only a sweep file without "runs" changes, from 50).
 *
 * A leaf: it imports only the model's seed limit, so the file formats (comparison, sweep) below
 * src/batch can take their defaults from it too.
 */
import { MAX_SEED } from "../model/runSeed";

export const BATCH_DEFAULTS = deepFreeze({
  /** Seeds are 32-bit: 0 to 4294967295. */
  maxSeed: MAX_SEED,
  /** `defection run`: runs in one batch. */
  run: { runs: 1, maxRuns: 100_000 },
  /** Comparisons (`defection compare`, the page's Compare view). */
  compare: { runs: 200, maxRuns: 10_000, maxVariants: 8, masterSeed: 1 },
  /** Sweeps (sweep files, `defection sweep`, the page's Sweep view). */
  sweep: { runs: 20, maxRuns: 10_000, maxCells: 100_000, maxPageCells: 2_500, maxSteps: 10_000 },
  /** Calibration (`defection calibrate`, the page's "Calibrate to history"). */
  calibrate: { runs: 20, maxRuns: 10_000, fit: "offer.attractiveness" },
  /** ABC-SMC (`defection calibrate --method abc`, the page's "Posterior (ABC)"): particles per generation, runs per particle, posterior predictive draws (generations and tolerance: calibration/abcSmc.ts ABC_DEFAULTS). */
  abc: { particles: 200, maxParticles: 100_000, runs: 4, maxRuns: 1000, maxGenerations: 100, draws: 200, maxDraws: 100_000 },
  /** Tipping-point searches (`defection tipping`, the page's "Tipping point"). */
  tipping: { runs: 50, maxRuns: 10_000, level: 0.5, param: "offer.attractiveness" },
  /** Worker threads of the command line: at most this many, and never more than the cores. */
  workers: { max: 256 },
});

export type BatchDefaults = typeof BATCH_DEFAULTS;

function deepFreeze<T extends object>(object: T): T {
  for (const value of Object.values(object)) if (value && typeof value === "object") deepFreeze(value);
  return Object.freeze(object);
}
