/**
 * Per-day bands over an ensemble: for each day, the median and the 50% and 90% central ranges of
 * a quantity across runs. `runs` holds one series per run, all of the same length.
 */
import { quantileSorted } from "./quantile";

export interface Bands {
  p05: Float64Array;
  p25: Float64Array;
  p50: Float64Array;
  p75: Float64Array;
  p95: Float64Array;
}

export function dailyBands(runs: ReadonlyArray<ArrayLike<number>>): Bands {
  const days = runs.length ? runs[0].length : 0;
  const bands: Bands = { p05: new Float64Array(days), p25: new Float64Array(days), p50: new Float64Array(days), p75: new Float64Array(days), p95: new Float64Array(days) };
  const column = new Float64Array(runs.length);
  for (let d = 0; d < days; d++) {
    for (let r = 0; r < runs.length; r++) column[r] = runs[r][d];
    column.sort();
    bands.p05[d] = quantileSorted(column, 0.05);
    bands.p25[d] = quantileSorted(column, 0.25);
    bands.p50[d] = quantileSorted(column, 0.5);
    bands.p75[d] = quantileSorted(column, 0.75);
    bands.p95[d] = quantileSorted(column, 0.95);
  }
  return bands;
}
