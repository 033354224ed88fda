/** Histogram counts of the base thresholds of the initial army (soldiers 0..size-1). */

export interface ThresholdBins {
  /** counts[k]: soldiers with threshold in [k/bins, (k+1)/bins) (the last bin includes 1). */
  counts: Int32Array;
  /** Soldiers counted (the initial army present in `thresholds`). */
  total: number;
  /** Width of a bin on [0, 1]. */
  width: number;
}

export function thresholdBins(thresholds: ArrayLike<number>, size: number, bins = 50): ThresholdBins {
  if (!(Number.isInteger(bins) && bins > 0)) throw new RangeError(`invalid bins: ${bins}`);
  const counts = new Int32Array(bins);
  const total = Math.max(0, Math.min(size, thresholds.length));
  for (let i = 0; i < total; i++) {
    const t = thresholds[i];
    const k = Math.floor(t * bins);
    counts[k < 0 ? 0 : k >= bins ? bins - 1 : k]++;
  }
  return { counts, total, width: 1 / bins };
}

/** Soldiers of the initial army whose threshold is at most x. */
export function countAtMost(thresholds: ArrayLike<number>, size: number, x: number): number {
  let n = 0;
  const total = Math.min(size, thresholds.length);
  for (let i = 0; i < total; i++) if (thresholds[i] <= x) n++;
  return n;
}
