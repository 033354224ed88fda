/**
 * The x in [lo, hi] where an increasing or decreasing f crosses `level`, by bisection; f(lo) and
 * f(hi) must lie on either side of it (checked by the caller). For whole-number parameters it
 * stops at two neighbours and returns the one closer to the level.
 */
export function bisect(f: (x: number) => number, lo: number, hi: number, level: number, options: { integer?: boolean; tolerance?: number; maxSteps?: number } = {}): number {
  const { integer = false, maxSteps = 40 } = options;
  const tolerance = options.tolerance ?? (hi - lo) * 1e-4;
  const increasing = f(hi) >= f(lo);
  let fLo = f(lo);
  let fHi = f(hi);
  for (let step = 0; step < maxSteps; step++) {
    if (integer ? hi - lo <= 1 : hi - lo <= tolerance) break;
    const mid = integer ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
    const value = f(mid);
    if (value === level) return mid;
    if (value < level === increasing) {
      lo = mid;
      fLo = value;
    } else {
      hi = mid;
      fHi = value;
    }
  }
  if (integer) return Math.abs(fLo - level) <= Math.abs(fHi - level) ? lo : hi;
  // Linear interpolation inside the last bracket.
  return fHi === fLo ? (lo + hi) / 2 : lo + ((level - fLo) / (fHi - fLo)) * (hi - lo);
}
