import { describe, expect, it } from "vitest";
import { countAtMost, thresholdBins } from "../../../src/ui/charts/thresholdBins";

describe("thresholdBins", () => {
  it("puts t in bin floor(t * bins), 1 in the last bin", () => {
    const { counts, total } = thresholdBins([0, 0.019, 0.02, 0.5, 0.999, 1], 6, 50);
    expect(total).toBe(6);
    expect(counts[0]).toBe(2);
    expect(counts[1]).toBe(1);
    expect(counts[25]).toBe(1);
    expect(counts[49]).toBe(2);
  });
  it("counts only the initial army (slots 0..size-1) and preserves its total", () => {
    const t = Float64Array.from({ length: 1000 }, (_, i) => (i % 100) / 100);
    const bins = thresholdBins(t, 700, 50);
    expect(bins.total).toBe(700);
    expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(700);
  });
  it("rejects a bin count that is not a positive integer", () => {
    expect(() => thresholdBins([0.5], 1, 0)).toThrow(/invalid bins: 0/);
  });
});

describe("countAtMost", () => {
  it("counts thresholds at or below x in the initial army", () => {
    expect(countAtMost([0.1, 0.2, 0.3, 0.05], 3, 0.2)).toBe(2);
  });
});
