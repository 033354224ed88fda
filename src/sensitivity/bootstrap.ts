/**
 * Percentile bootstrap intervals (Efron & Tibshirani 1993) for a vector of statistics computed
 * from `count` independent rows: resample the rows with replacement `resamples` times, recompute,
 * and take the 2.5% and 97.5% quantiles of each statistic. The generator is injected and seeded,
 * so an interval is the same wherever it is computed.
 */
import { quantileSorted } from "../ensemble/quantile";

export interface Interval {
  low: number;
  high: number;
}

export function bootstrapIntervals(
  count: number,
  resamples: number,
  random: () => number,
  statistic: (rows: Int32Array) => ArrayLike<number>,
  level = 0.95,
): Interval[] {
  const draws: number[][] = [];
  const rows = new Int32Array(count);
  for (let b = 0; b < resamples; b++) {
    for (let k = 0; k < count; k++) rows[k] = Math.floor(random() * count);
    const values = statistic(rows);
    for (let s = 0; s < values.length; s++) (draws[s] ??= []).push(values[s]);
  }
  const tail = (1 - level) / 2;
  return draws.map((values) => {
    // Statistics that are undefined on a resample (NaN) are left out of its quantiles.
    const sorted = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
    return { low: quantileSorted(sorted, tail), high: quantileSorted(sorted, 1 - tail) };
  });
}

/** All rows once, in order: the statistic on the sample itself. */
export function allRows(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, k) => k);
}
