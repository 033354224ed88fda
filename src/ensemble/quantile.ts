/**
 * The p-quantile of ascending values, interpolating linearly between order statistics (type 7 of
 * Hyndman & Fan, as in d3.quantileSorted, numpy and R's default). NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p <= 0 || n === 1) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const i = Math.floor(h);
  return sorted[i] + (sorted[i + 1] - sorted[i]) * (h - i);
}
