/**
 * A degree sequence with a power-law tail P(k) ~ k^-exponent and a given mean: each soldier's degree
 * is a continuous Pareto variable X (scale x, shape exponent - 1, cut off so that X < maxDegree + 1/2)
 * rounded to the nearest whole number. Rounding a continuous power law is how Clauset, Shalizi &
 * Newman (2009, section 3) approximate the discrete one, so their estimator reads the exponent back.
 * The scale x is solved so that the expected degree is `meanDegree` (a real number, so a sweep can
 * move the mean smoothly); x below 1/2 leaves some soldiers with no ties at all, as in a sparse
 * Erdos-Renyi graph.
 */
export function powerLawDegrees(n: number, meanDegree: number, exponent: number, maxDegree: number, random: () => number): Int32Array {
  const degrees = new Int32Array(n);
  const top = Math.floor(Math.min(maxDegree, n - 1));
  if (n < 2 || top < 1 || !(meanDegree > 0)) return degrees;
  if (meanDegree >= top) return degrees.fill(top);
  const shape = exponent - 1;
  const scale = paretoScaleForMean(meanDegree, shape, top);
  // Inversion of the Pareto distribution cut at top + 1/2: V uniform on (cut, 1], X = scale V^(-1/shape).
  const cut = Math.pow(scale / (top + 0.5), shape);
  for (let i = 0; i < n; i++) {
    const v = cut + (1 - cut) * (1 - random());
    degrees[i] = Math.min(top, Math.floor(scale * Math.pow(v, -1 / shape) + 0.5));
  }
  return degrees;
}

/**
 * The Pareto scale x at which round(X) has mean `mean`, by bisection. With X cut below top + 1/2,
 * E[round X] = sum over j = 1..top of P(X >= j - 1/2), and P(X >= y) = (x^shape y^-shape - cut) / (1 - cut)
 * above x (1 below it); suffix sums of (j - 1/2)^-shape make each trial O(1).
 */
export function paretoScaleForMean(mean: number, shape: number, top: number): number {
  const suffix = new Float64Array(top + 2);
  for (let j = top; j >= 1; j--) suffix[j] = suffix[j + 1] + Math.pow(j - 0.5, -shape);
  const expected = (scale: number): number => {
    const cut = Math.pow(scale / (top + 0.5), shape);
    // j - 1/2 <= scale for j <= scale + 1/2: those terms are certain.
    const sure = Math.min(top, Math.floor(scale + 0.5));
    const tail = Math.pow(scale, shape) * suffix[sure + 1];
    return sure + (tail - cut * (top - sure)) / (1 - cut);
  };
  let low = 0;
  let high = top + 0.5;
  for (let step = 0; step < 100 && high - low > 1e-12 * high; step++) {
    const middle = (low + high) / 2;
    if (expected(middle) < mean) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
