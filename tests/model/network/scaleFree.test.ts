import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/model/network/buildNetwork";
import { paretoScaleForMean, powerLawDegrees } from "../../../src/model/network/powerLawDegrees";
import { sequentialStream } from "../../../src/model/random";
import { degreeAt, expectWellFormed, meanDegree, sameGraph, tailExponent } from "./graphMeasures";

const N = 100_000;

describe("scale-free networks (configuration model with power-law degrees)", () => {
  for (const [z, exponent] of [
    [6, 2.5],
    [4, 3],
  ]) {
    it(`mean degree ${z}, exponent ${exponent} on ${N} soldiers: the mean, the tail exponent (Clauset MLE above 10), no loops or repeats`, () => {
      const g = buildNetwork({ kind: "scale-free", meanDegree: z, exponent, maxDegree: 1000 }, N, 10, 11);
      // The sample mean of a heavy tail wanders (sd about sqrt(<k^2> / n), 0.05 here) and erasing repeats costs the hubs a little.
      expect(Math.abs(meanDegree(g) - z) / z).toBeLessThan(0.02);
      const { alpha, tail } = tailExponent(g, 10);
      expect(tail).toBeGreaterThan(3000);
      expect(Math.abs(alpha - exponent)).toBeLessThan(0.08);
      let largest = 0;
      for (let i = 0; i < N; i++) largest = Math.max(largest, degreeAt(g, i));
      expect(largest).toBeLessThanOrEqual(1000);
      expectWellFormed(g);
    });
  }

  it("the degree sequence has the mean asked for, smooth in the mean (some soldiers alone when it is small)", () => {
    for (const z of [0.7, 1.5, 2.25, 8]) {
      const degrees = powerLawDegrees(200_000, z, 2.5, 500, sequentialStream(3, "network"));
      const mean = degrees.reduce((s, k) => s + k, 0) / degrees.length;
      expect(Math.abs(mean - z) / z).toBeLessThan(0.02);
    }
    const sparse = powerLawDegrees(10_000, 0.7, 2.5, 500, sequentialStream(3, "network"));
    expect(sparse.includes(0)).toBe(true);
  });

  it("the solved Pareto scale gives the mean exactly (sum of P(X >= j - 1/2), checked term by term)", () => {
    for (const [mean, shape, top] of [
      [3, 1.5, 100],
      [0.4, 2, 50],
      [10, 1.2, 1000],
    ]) {
      const x = paretoScaleForMean(mean, shape, top);
      const cut = Math.pow(x / (top + 0.5), shape);
      let expected = 0;
      for (let j = 1; j <= top; j++) expected += j - 0.5 <= x ? 1 : (Math.pow(x / (j - 0.5), shape) - cut) / (1 - cut);
      expect(expected).toBeCloseTo(mean, 9);
    }
  });

  it("a mean at or above the cut-off gives everyone the cut-off; none or a single soldier gives no ties", () => {
    expect(Array.from(powerLawDegrees(5, 7, 2.5, 3, sequentialStream(1, "network")))).toEqual([3, 3, 3, 3, 3]);
    expect(Array.from(powerLawDegrees(5, 0, 2.5, 3, sequentialStream(1, "network")))).toEqual([0, 0, 0, 0, 0]);
    expect(buildNetwork({ kind: "scale-free", meanDegree: 4, exponent: 2.5, maxDegree: 100 }, 1, 10, 1).neighbours.length).toBe(0);
  });

  it("the same seed builds the same graph, another seed another", () => {
    const spec = { kind: "scale-free", meanDegree: 5, exponent: 2.2, maxDegree: 300 } as const;
    expect(sameGraph(buildNetwork(spec, 5000, 10, 4), buildNetwork(spec, 5000, 10, 4))).toBe(true);
    expect(sameGraph(buildNetwork(spec, 5000, 10, 4), buildNetwork(spec, 5000, 10, 5))).toBe(false);
  });
});
