/** Daily bands against values computed by hand. */
import { describe, expect, it } from "vitest";
import { dailyBands } from "../../src/ensemble/bands";

describe("daily bands", () => {
  it("give each day's median and central ranges across runs", () => {
    const runs = [
      [0, 1, 2],
      [0, 3, 4],
      [0, 5, 9],
      [0, 7, 10],
      [0, 9, 20],
    ];
    const bands = dailyBands(runs);
    expect(Array.from(bands.p50)).toEqual([0, 5, 9]);
    expect(Array.from(bands.p25)).toEqual([0, 3, 4]);
    expect(Array.from(bands.p75)).toEqual([0, 7, 10]);
    expect(bands.p05[1]).toBeCloseTo(1.4, 12); // 1 + 0.2 * (3 - 1)
    expect(bands.p95[2]).toBeCloseTo(18, 12); // 10 + 0.8 * (20 - 10)
  });
});
