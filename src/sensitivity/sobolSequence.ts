/**
 * The Sobol low-discrepancy sequence with Joe-Kuo direction numbers, unscrambled, in Gray-code
 * order (Antonov & Saleev 1979): point 0 is the origin and point n differs from point n - 1 by one
 * XOR per dimension, so the first 2^m points of any dimension are exactly the fractions k / 2^m.
 * These are the points of scipy.stats.qmc.Sobol(scramble=False) and SALib's sobol_sequence.
 */
import { JOE_KUO_DIRECTIONS, MAX_SOBOL_DIMENSIONS } from "./joeKuoDirections";

/** Bits per coordinate: 2^31 points before the sequence repeats, and every XOR stays a positive int32. */
const BITS = 31;

/** Direction numbers v_1..v_BITS of one dimension (1-based), scaled to BITS bits. */
export function directionNumbers(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS + 1);
  if (dimension === 1) {
    for (let j = 1; j <= BITS; j++) v[j] = 1 << (BITS - j);
    return v;
  }
  const { a, m } = JOE_KUO_DIRECTIONS[dimension - 2];
  const s = m.length;
  for (let j = 1; j <= Math.min(s, BITS); j++) v[j] = m[j - 1] << (BITS - j);
  // Bratley & Fox's recurrence: v_j = v_{j-s} xor (v_{j-s} >> s) xor the a-weighted earlier v's.
  for (let j = s + 1; j <= BITS; j++) {
    let next = v[j - s] ^ (v[j - s] >>> s);
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) next ^= v[j - k];
    v[j] = next;
  }
  return v;
}

/** The first `count` points in `dimensions` dimensions, as rows in [0, 1). */
export function sobolPoints(count: number, dimensions: number): Float64Array[] {
  if (!(Number.isInteger(dimensions) && dimensions >= 1 && dimensions <= MAX_SOBOL_DIMENSIONS))
    throw new RangeError(`invalid dimensions: ${dimensions} (1 to ${MAX_SOBOL_DIMENSIONS})`);
  if (!(Number.isInteger(count) && count >= 0 && count <= 2 ** BITS)) throw new RangeError(`invalid count: ${count}`);
  const directions = Array.from({ length: dimensions }, (_, d) => directionNumbers(d + 1));
  const state = new Uint32Array(dimensions);
  const rows: Float64Array[] = [];
  for (let n = 0; n < count; n++) {
    if (n > 0) {
      // Gray code: point n flips the bit of the lowest zero bit of n - 1 (1-based).
      const bit = lowestZeroBit(n - 1);
      for (let d = 0; d < dimensions; d++) state[d] ^= directions[d][bit];
    }
    rows.push(Float64Array.from(state, (x) => x / 2 ** BITS));
  }
  return rows;
}

function lowestZeroBit(value: number): number {
  let bit = 1;
  while (value & 1) {
    value >>>= 1;
    bit++;
  }
  return bit;
}
