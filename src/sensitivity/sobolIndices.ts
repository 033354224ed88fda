/**
 * First-order and total Sobol indices from the model's values on Saltelli's design, with the
 * estimators recommended by Saltelli et al. (2010, table 2):
 *   first order  S_i  = mean( f(B) (f(AB_i) - f(A)) ) / V        (Saltelli 2010)
 *   total        ST_i = mean( (f(A) - f(AB_i))^2 ) / (2 V)      (Jansen 1999)
 * where V is the variance of f over the rows of A and B together. f(B) is centred on the mean of f
 * first: the estimator's expectation does not change (mean(f(AB_i) - f(A)) is 0 in expectation),
 * but its variance no longer grows with the output's mean (days to 50% average about 60, and
 * uncentred they would swamp the signal). Intervals come from
 * bootstrapping the base rows (each row carries its A, B and AB_i values together).
 */
import { allRows, bootstrapIntervals, type Interval } from "./bootstrap";

export interface SaltelliValues {
  /** f at row j of A, of B, and of AB_i (fAB[i][j]). */
  fA: Float64Array;
  fB: Float64Array;
  fAB: Float64Array[];
}

export interface SobolIndices {
  first: Float64Array;
  total: Float64Array;
  firstInterval: Interval[];
  totalInterval: Interval[];
  /** Variance of the output over A and B. */
  variance: number;
}

/** S_1..S_k then ST_1..ST_k on the given base rows (NaN when the output does not vary). */
export function sobolEstimates({ fA, fB, fAB }: SaltelliValues, rows: Int32Array): Float64Array {
  const k = fAB.length;
  const n = rows.length;
  let sum = 0;
  let sumSquares = 0;
  for (const j of rows) {
    sum += fA[j] + fB[j];
    sumSquares += fA[j] * fA[j] + fB[j] * fB[j];
  }
  const mean = sum / (2 * n);
  const variance = sumSquares / (2 * n) - mean * mean;
  const out = new Float64Array(2 * k);
  for (let i = 0; i < k; i++) {
    let first = 0;
    let total = 0;
    const ab = fAB[i];
    for (const j of rows) {
      first += (fB[j] - mean) * (ab[j] - fA[j]);
      total += (fA[j] - ab[j]) ** 2;
    }
    // A variance of rounding size means a constant output: the indices are undefined.
    const defined = variance > 1e-12 * Math.max(1, mean * mean);
    out[i] = defined ? first / n / variance : NaN;
    out[k + i] = defined ? total / n / (2 * variance) : NaN;
  }
  return out;
}

export function sobolIndices(values: SaltelliValues, random: () => number, resamples = 1000): SobolIndices {
  const k = values.fAB.length;
  const n = values.fA.length;
  const rows = allRows(n);
  const point = sobolEstimates(values, rows);
  const intervals = bootstrapIntervals(n, resamples, random, (resampled) => sobolEstimates(values, resampled));
  let sum = 0;
  let sumSquares = 0;
  for (let j = 0; j < n; j++) {
    sum += values.fA[j] + values.fB[j];
    sumSquares += values.fA[j] ** 2 + values.fB[j] ** 2;
  }
  return {
    first: point.slice(0, k),
    total: point.slice(k),
    firstInterval: intervals.slice(0, k),
    totalInterval: intervals.slice(k),
    variance: sumSquares / (2 * n) - (sum / (2 * n)) ** 2,
  };
}
