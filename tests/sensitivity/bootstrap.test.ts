import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import { bootstrapIntervals } from "../../src/sensitivity/bootstrap";

const mean = (values: Float64Array) => (rows: Int32Array) => [rows.reduce((s, j) => s + values[j], 0) / rows.length];

describe("bootstrapIntervals", () => {
  it("gives the mean of 400 uniforms an interval near mean +- 1.96 sd / sqrt(n)", () => {
    const random = seedrandom("data");
    const values = Float64Array.from({ length: 400 }, () => random());
    const [{ low, high }] = bootstrapIntervals(400, 2000, seedrandom("boot"), mean(values));
    const expectedHalfWidth = (1.96 * Math.sqrt(1 / 12)) / Math.sqrt(400);
    expect((high - low) / 2).toBeGreaterThan(0.85 * expectedHalfWidth);
    expect((high - low) / 2).toBeLessThan(1.15 * expectedHalfWidth);
    const m = values.reduce((s, v) => s + v, 0) / 400;
    expect(low).toBeLessThan(m);
    expect(high).toBeGreaterThan(m);
  });

  it("is the same interval for the same seed, and a point for a constant sample", () => {
    const values = Float64Array.from({ length: 50 }, (_, k) => k);
    expect(bootstrapIntervals(50, 100, seedrandom("x"), mean(values))).toEqual(bootstrapIntervals(50, 100, seedrandom("x"), mean(values)));
    expect(bootstrapIntervals(10, 100, seedrandom("x"), mean(new Float64Array(10).fill(2)))).toEqual([{ low: 2, high: 2 }]);
  });
});
