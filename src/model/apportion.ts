/** Whole counts summing to `total` in proportion to `shares` (largest-remainder method, ties to the first). */
export function apportion(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((s, x) => s + x, 0) || 1;
  const exact = shares.map((s) => (s / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, x) => s + x, 0);
  const byRemainder = exact.map((x, g) => ({ g, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.g - b.g);
  for (let k = 0; left > 0; k++, left--) counts[byRemainder[k % byRemainder.length].g]++;
  return counts;
}
