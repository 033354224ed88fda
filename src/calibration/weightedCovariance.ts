/** Weighted mean and covariance of points (rows), weights summing to anything above 0. */
export function weightedCovariance(points: readonly number[][], weights: readonly number[]): { mean: number[]; covariance: number[][] } {
  const dimensions = points[0]?.length ?? 0;
  const total = weights.reduce((s, w) => s + w, 0);
  const mean = Array.from({ length: dimensions }, (_, d) => points.reduce((s, x, i) => s + weights[i] * x[d], 0) / total);
  const covariance = Array.from({ length: dimensions }, (_, a) =>
    Array.from({ length: dimensions }, (_, b) => points.reduce((s, x, i) => s + weights[i] * (x[a] - mean[a]) * (x[b] - mean[b]), 0) / total),
  );
  return { mean, covariance };
}
