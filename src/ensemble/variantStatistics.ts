/**
 * The statistics table of a comparison: per variant, over its runs, the mean final share with a
 * 95% interval (normal approximation to the mean), the probability of a cascade with its Wilson
 * interval, the median days to 10% and 50% (over the runs that got there), and the paired
 * difference in final share to a baseline variant, run by run (which common random numbers make
 * tight): its median and 5%-95% range.
 */
import type { RunSummary } from "../model/result";
import { quantileSorted } from "./quantile";
import { wilsonInterval } from "./wilson";

export interface VariantStatistics {
  runs: number;
  meanFinalShare: number;
  meanFinalShareLow: number;
  meanFinalShareHigh: number;
  cascadeProbability: number;
  cascadeLow: number;
  cascadeHigh: number;
  /** Median over runs that reached the share; null if none did. */
  medianDayPast10: number | null;
  medianDayPast50: number | null;
  /** Final share minus the baseline's, run by run (same run index); null for the baseline itself or without runs. */
  differenceMedian: number | null;
  differenceP05: number | null;
  differenceP95: number | null;
}

export function variantStatistics(runs: readonly RunSummary[], baseline: readonly RunSummary[] | null): VariantStatistics {
  const n = runs.length;
  const shares = runs.map((r) => r.finalShare);
  const mean = n ? shares.reduce((s, x) => s + x, 0) / n : NaN;
  const sd = n > 1 ? Math.sqrt(shares.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0;
  const half = n > 1 ? (1.959963984540054 * sd) / Math.sqrt(n) : 0;
  const cascade = wilsonInterval(runs.filter((r) => r.cascade).length, n);
  const medianOf = (values: (number | null)[]) => {
    const reached = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
    return reached.length ? quantileSorted(reached, 0.5) : null;
  };
  let differenceMedian: number | null = null;
  let differenceP05: number | null = null;
  let differenceP95: number | null = null;
  if (baseline) {
    const paired = Math.min(n, baseline.length);
    const diffs = Float64Array.from({ length: paired }, (_, k) => runs[k].finalShare - baseline[k].finalShare).sort();
    if (paired) {
      differenceMedian = quantileSorted(diffs, 0.5);
      differenceP05 = quantileSorted(diffs, 0.05);
      differenceP95 = quantileSorted(diffs, 0.95);
    }
  }
  return {
    runs: n,
    meanFinalShare: mean,
    meanFinalShareLow: Math.max(0, mean - half),
    meanFinalShareHigh: Math.min(1, mean + half),
    cascadeProbability: cascade.estimate,
    cascadeLow: cascade.low,
    cascadeHigh: cascade.high,
    medianDayPast10: medianOf(runs.map((r) => r.dayPast10)),
    medianDayPast50: medianOf(runs.map((r) => r.dayPast50)),
    differenceMedian,
    differenceP05,
    differenceP95,
  };
}
