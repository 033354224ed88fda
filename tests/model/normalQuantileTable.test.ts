/**
 * The quantile table's bounds hold: at many draws of every cell (its first and last, its middle,
 * where linear interpolation is worst, and draws spread over it) normalQuantile lies within the
 * cell's error of the knots' line, and the group bounds contain every cell's draws.
 */
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../src/model/normalQuantile";
import { CELL_BITS, CELL_MASK, CELL_SHIFT, normalQuantileTable, quantileGroupBounds } from "../../src/model/normalQuantileTable";

const drawAt = (bits: number) => (bits + 0.5) / 2 ** 32;
const SPAN = CELL_MASK + 1;
/** Places in a cell: both ends, the middle, and 29 spread over it. */
const places = [0, 1, SPAN / 2 - 1, SPAN / 2, SPAN - 2, SPAN - 1, ...Array.from({ length: 29 }, (_, k) => Math.floor(((k + 0.5) * SPAN) / 29))];

describe("normalQuantileTable", () => {
  it("bounds normalQuantile by the knots' line at draws across every cell, with room to spare in the centre", () => {
    const { knot, error } = normalQuantileTable();
    let worstShare = 0; // largest |quantile - line| / bound over the central cells
    for (let c = 0; c < 2 ** CELL_BITS; c++) {
      const central = error[c] < 1e-6;
      for (const p of places) {
        const bits = c * SPAN + p;
        const line = knot[c] + (knot[c + 1] - knot[c]) * (p / SPAN);
        const off = Math.abs(normalQuantile(drawAt(bits)) - line);
        if (!(off <= error[c])) expect.fail(`cell ${c}, place ${p}: |Q - line| = ${off} > ${error[c]}`);
        if (central) worstShare = Math.max(worstShare, off / error[c]);
      }
    }
    // Interpolation's own error is at most half the bound (which doubles it), plus rounding.
    expect(worstShare).toBeLessThan(0.55);
    expect(worstShare).toBeGreaterThan(0.1); // the bound is not loose by orders of magnitude
  });

  it("gives central cells bounds far below the spacing of needs in a large army, and the tails their range", () => {
    const { error } = normalQuantileTable();
    const central = Array.from(error).filter((e) => e < 1e-6);
    // Cells wholly between 0.02425 and 0.97575: all but about 4.85% of them.
    expect(central.length / error.length).toBeGreaterThan(0.95);
    expect(Math.max(...central)).toBeLessThan(1e-7);
  });

  for (const groupBits of [1, 5, 12, 16]) {
    it(`bounds normalQuantile over groups of ${2 ** (CELL_BITS - groupBits)} cells, with non-decreasing bounds`, () => {
      const { low, high } = quantileGroupBounds(groupBits);
      expect(low.length).toBe(2 ** groupBits);
      let decreasing = 0;
      for (let g = 1; g < low.length; g++) if (low[g] < low[g - 1] || high[g] < high[g - 1]) decreasing++;
      expect(decreasing).toBe(0);
      for (let c = 0; c < 2 ** CELL_BITS; c += 7) {
        const g = c >>> (CELL_BITS - groupBits);
        for (const p of [0, SPAN / 2, SPAN - 1]) {
          const x = normalQuantile(drawAt(c * SPAN + p));
          if (!(x >= low[g] && x <= high[g])) expect.fail(`group ${g}: ${x} outside [${low[g]}, ${high[g]}]`);
        }
      }
      expect(low[0]).toBeLessThanOrEqual(normalQuantile(drawAt(0)));
      expect(high[high.length - 1]).toBeGreaterThanOrEqual(normalQuantile(drawAt(2 ** 32 - 1)));
    });
  }

  it("picks cells by the draw's top bits", () => {
    expect(CELL_SHIFT + CELL_BITS).toBe(32);
    expect((0xffffffff >>> CELL_SHIFT) + 1).toBe(2 ** CELL_BITS);
  });
});
