/**
 * Wilson score interval for a proportion of k successes in n trials (Wilson 1927): stays inside
 * [0, 1] and behaves at 0 and n, unlike the normal approximation. z = 1.96 gives 95%.
 */
export function wilsonInterval(k: number, n: number, z = 1.959963984540054): { estimate: number; low: number; high: number } {
  if (n === 0) return { estimate: NaN, low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 and n the exact ends are 0 and 1; rounding would leave crumbs like 3e-18.
  return { estimate: p, low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}
