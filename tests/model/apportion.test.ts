/** Largest-remainder apportionment: whole counts that add up, in proportion, ties to the first group. */
import { describe, expect, it } from "vitest";
import { apportion } from "../../src/model/apportion";

describe("apportion", () => {
  it("gives whole counts summing to the total, the leftovers to the largest remainders", () => {
    // exact 3.333.., 3.333.., 3.333.. -> floors 3, 3, 3 and one left: the tie goes to the first group
    expect(apportion([1, 1, 1], 10)).toEqual([4, 3, 3]);
    // exact 1.5, 3.5, 5: remainders tie at 0.5 -> the first two get one each
    expect(apportion([0.15, 0.35, 0.5], 11)).toEqual([2, 4, 5]);
    // exact 6.6, 3.3, 0.1: the largest remainder (0.6) first
    expect(apportion([0.66, 0.33, 0.01], 10)).toEqual([7, 3, 0]);
  });

  it("keeps the total for shares that do not add up to 1, and for all-zero shares", () => {
    expect(apportion([2, 6], 4)).toEqual([1, 3]);
    const zero = apportion([0, 0], 3);
    expect(zero.reduce((s, x) => s + x, 0)).toBe(3);
  });

  it("adds up to the total for many random shares", () => {
    for (let k = 1; k < 50; k++) {
      const shares = Array.from({ length: 1 + (k % 7) }, (_, g) => ((g * 7919 + k * 104729) % 97) / 97);
      const counts = apportion(shares, 1000 + k);
      expect(counts.reduce((s, x) => s + x, 0)).toBe(1000 + k);
      const sum = shares.reduce((s, x) => s + x, 0) || 1;
      counts.forEach((c, g) => expect(Math.abs(c - (shares[g] / sum) * (1000 + k))).toBeLessThan(1));
    }
  });
});
