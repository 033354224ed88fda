import { describe, expect, it } from "vitest";
import { drawThreshold } from "../../src/model/thresholds";
import { normalQuantile } from "../../src/model/normalQuantile";
import { streamKey } from "../../src/model/random";
import type { ThresholdDistribution } from "../../src/model/params";

const draw = (dist: ThresholdDistribution, n = 50_000) => {
  const key = streamKey(11, "thresholds");
  return Array.from({ length: n }, (_, i) => drawThreshold(dist, key, i, i));
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

describe("threshold distributions", () => {
  it("normal quantile matches known values", () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it("normal thresholds have the stated mean and spread, clipped to [0, 1]", () => {
    const xs = draw({ kind: "normal", mean: 0.4, sd: 0.1 });
    expect(mean(xs)).toBeCloseTo(0.4, 2);
    expect(sd(xs)).toBeCloseTo(0.1, 2);
    const wide = draw({ kind: "normal", mean: 0.5, sd: 0.5 });
    expect(Math.min(...wide)).toBe(0);
    expect(Math.max(...wide)).toBe(1);
  });

  it("uniform and beta thresholds have their means", () => {
    expect(mean(draw({ kind: "uniform", min: 0.2, max: 0.6 }))).toBeCloseTo(0.4, 2);
    const beta = draw({ kind: "beta", alpha: 2, beta: 5 });
    expect(mean(beta)).toBeCloseTo(2 / 7, 2);
    expect(sd(beta)).toBeCloseTo(Math.sqrt((2 * 5) / (49 * 8)), 2);
    const small = draw({ kind: "beta", alpha: 0.5, beta: 0.5 });
    expect(mean(small)).toBeCloseTo(0.5, 2);
    expect(small.every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it("a higher mean raises every soldier's normal threshold by the same amount (common random numbers)", () => {
    const low = draw({ kind: "normal", mean: 0.4, sd: 0.05 }, 1000);
    const high = draw({ kind: "normal", mean: 0.5, sd: 0.05 }, 1000);
    low.forEach((x, i) => expect(high[i] - x).toBeCloseTo(0.1, 12));
  });

  it("an explicit list is taken as it is", () => {
    expect(draw({ kind: "list", values: [0.3, 0.1, 0.2] }, 3)).toEqual([0.3, 0.1, 0.2]);
  });
});
