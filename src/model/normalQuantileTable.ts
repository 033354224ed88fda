/**
 * The normal quantile of a counter-based draw (random.ts, drawBits) to within a known error, from
 * a table, for code that needs only which side of some boundary it falls on
 * (kernels/structures/drawnNeeds.ts): most draws are then decided without evaluating normalQuantile.
 *
 * A draw's top CELL_BITS bits pick its cell; the table holds normalQuantile at the first draw of
 * every cell (and at the very last draw), and for each cell a bound `error[cell]` on the distance
 * between normalQuantile at any of its draws and the line between the cell's two knots:
 *  - where the central formula of normalQuantile.ts holds throughout the cell, linear
 *    interpolation over a width w is off by at most w^2 / 8 times the largest |Q''| on it, and
 *    Q''(u) = x / phi(x)^2 (x = Q(u)) grows with |x|, so its largest value is at the knot of
 *    larger |x|. The bound is doubled and widened by 1 in |Q''| (Acklam's approximation ripples
 *    around the true quantile by about 1e-9) and by 1e-11 for the rounding of knots and of the
 *    interpolation (a few ulps of |x| <= 2);
 *  - elsewhere (the tails, and the two cells where the formula changes), the cell's whole range:
 *    the true quantile is increasing and Acklam's approximation is within 1.15e-9 of it relatively
 *    on all of (0, 1), so at every draw of the cell it lies between the knots widened by
 *    2.4e-9 |x| (+ 1e-12 for rounding), hence within that of the line.
 * tests/model/normalQuantileTable.test.ts checks the bound at many draws of every cell.
 *
 * The table depends on nothing else, so it is built once per process, on first use (65,537
 * quantiles and as many exponentials, about 2 ms).
 */
import { LOW, normalQuantile } from "./normalQuantile";

/** Bits of a draw that pick its cell: 2^16 cells of 2^16 draws each. */
export const CELL_BITS = 16;
/** drawBits >>> CELL_SHIFT is the cell; drawBits & CELL_MASK the draw's place in it. */
export const CELL_SHIFT = 32 - CELL_BITS;
export const CELL_MASK = 2 ** CELL_SHIFT - 1;

export interface NormalQuantileTable {
  /** normalQuantile((c * 2^CELL_SHIFT + 0.5) / 2^32) for c = 0..2^CELL_BITS - 1, then at the last draw, (2^32 - 0.5) / 2^32. */
  readonly knot: Float64Array;
  /** A bound on |normalQuantile(u) - the knots' line| over each cell's draws. */
  readonly error: Float32Array;
}

let table: NormalQuantileTable | null = null;

export function normalQuantileTable(): NormalQuantileTable {
  return (table ??= buildTable());
}

const drawAt = (bits: number) => (bits + 0.5) / 2 ** 32;

function buildTable(): NormalQuantileTable {
  const cells = 2 ** CELL_BITS;
  const span = 2 ** CELL_SHIFT;
  const knot = new Float64Array(cells + 1);
  for (let c = 0; c < cells; c++) knot[c] = normalQuantile(drawAt(c * span));
  knot[cells] = normalQuantile(drawAt(2 ** 32 - 1));
  const width = span / 2 ** 32;
  const error = new Float32Array(cells);
  for (let c = 0; c < cells; c++) {
    const x = Math.max(Math.abs(knot[c]), Math.abs(knot[c + 1]));
    let bound: number;
    // Central formula at every draw of the cell: from its first draw to the next cell's first.
    if (c + 1 < cells && drawAt(c * span) >= LOW && drawAt((c + 1) * span) <= 1 - LOW) {
      const phi = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
      bound = 2 * ((width * width) / 8) * (x / (phi * phi) + 1) + 1e-11;
    } else bound = knot[c + 1] - knot[c] + 2.4e-9 * x + 1e-12;
    // Rounded up to float32 so that the stored bound is never below the computed one.
    error[c] = Math.fround(bound * (1 + 2 ** -20));
  }
  return { knot, error };
}

/**
 * Bounds of normalQuantile over groups of 2^(CELL_BITS - groupBits) consecutive cells (the draws
 * whose top groupBits bits are g): low[g] <= normalQuantile(u) <= high[g] at every draw u of group
 * g, both non-decreasing in g (a bound may be loosened to make it so). Kept per groupBits.
 */
export interface QuantileGroupBounds {
  readonly low: Float64Array;
  readonly high: Float64Array;
}

const groupBoundsByBits = new Map<number, QuantileGroupBounds>();

export function quantileGroupBounds(groupBits: number): QuantileGroupBounds {
  let bounds = groupBoundsByBits.get(groupBits);
  if (!bounds) groupBoundsByBits.set(groupBits, (bounds = buildGroupBounds(groupBits)));
  return bounds;
}

function buildGroupBounds(groupBits: number): QuantileGroupBounds {
  const { knot, error } = normalQuantileTable();
  const groups = 2 ** groupBits;
  const cellsPerGroup = 2 ** (CELL_BITS - groupBits);
  const low = new Float64Array(groups).fill(Infinity);
  const high = new Float64Array(groups).fill(-Infinity);
  for (let c = 0; c < 2 ** CELL_BITS; c++) {
    // At every draw of cell c the quantile is within error[c] of a point between the two knots.
    const g = Math.floor(c / cellsPerGroup);
    low[g] = Math.min(low[g], Math.min(knot[c], knot[c + 1]) - error[c]);
    high[g] = Math.max(high[g], Math.max(knot[c], knot[c + 1]) + error[c]);
  }
  for (let g = groups - 2; g >= 0; g--) low[g] = Math.min(low[g], low[g + 1]);
  for (let g = 1; g < groups; g++) high[g] = Math.max(high[g], high[g - 1]);
  return { low, high };
}
