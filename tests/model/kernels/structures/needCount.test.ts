import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NO_NEED, needCount } from "../../../../src/model/kernels/structures/needCount";
import { nextDown, nextUp } from "../ulp";

/** The least k with k / n >= u by trying every k: the definition, with the rule's own comparison. */
function needByScan(u: number, n: number): number {
  for (let k = 0; k <= n; k++) if (k / n >= u) return k;
  return NO_NEED;
}

describe("needCount", () => {
  it("is the least defected count the rule accepts, on and one ulp beside every k / n", () => {
    for (const n of [1, 2, 3, 7, 10, 49, 100, 101, 333, 1000, 1023]) {
      for (let k = 0; k <= n; k++) {
        for (const u of [k / n, nextUp(k / n), nextDown(k / n)]) expect(needCount(u, n), `u=${u} n=${n}`).toBe(needByScan(u, n));
      }
    }
  });

  it("on and beside (k / n) - c, the boundaries once a common shift c is added to thresholds", () => {
    for (const n of [3, 10, 97, 1000]) {
      for (const c of [-0.1, -0.05, 0.07, -1 / 3]) {
        for (let k = 0; k <= n; k++) {
          for (const t of [k / n - c, nextUp(k / n - c), nextDown(k / n - c)]) expect(needCount(t + c, n)).toBe(needByScan(t + c, n));
        }
      }
    }
  });

  it("agrees with the scan on random shares and army sizes", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.integer({ min: 1, max: 3000 }), (u, n) => {
        expect(needCount(u, n)).toBe(needByScan(u, n));
      }),
      { numRuns: 3000 },
    );
  });

  it("at the edges: 0 and below need nobody, above 1 and NaN never", () => {
    expect(needCount(0, 10)).toBe(0);
    expect(needCount(-0.3, 10)).toBe(0);
    expect(needCount(1, 10)).toBe(10);
    expect(needCount(nextUp(1), 10)).toBe(NO_NEED);
    expect(needCount(NaN, 10)).toBe(NO_NEED);
    expect(needCount(Infinity, 10)).toBe(NO_NEED);
    expect(needCount(nextDown(1), 10_000_000)).toBe(10_000_000);
  });

  it("for large armies, on and beside k / n", () => {
    const n = 10_000_000;
    for (const k of [1, 2, 3, 999_999, 1_000_000, 3_333_333, 5_000_000, 9_999_999]) {
      expect(needCount(k / n, n)).toBe(k);
      expect(needCount(nextUp(k / n), n)).toBe(k + 1);
      expect(needCount(nextDown(k / n), n)).toBe((k - 1) / n >= nextDown(k / n) ? k - 1 : k);
    }
  });
});
