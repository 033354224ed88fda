import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/model/network/buildNetwork";
import { maxClustering } from "../../../src/model/network/clusteredRandom";
import { clustering, degreeAt, expectWellFormed, meanDegree, sameGraph } from "./graphMeasures";

const N = 100_000;

describe("clustered random networks (triangles, Newman 2009 / Miller 2009)", () => {
  for (const [z, c] of [
    [4, 1 / 3],
    [4, 0.1],
    [6, 0.2],
    [4.5, 0.15],
    [4, 0],
  ]) {
    it(`mean degree ${z}, clustering ${c.toFixed(3)} on ${N} soldiers: degrees floor or ceiling of the mean, clustering within 0.005`, () => {
      const g = buildNetwork({ kind: "clustered", meanDegree: z, clustering: c }, N, 10, 9);
      expectWellFormed(g);
      expect(Math.abs(meanDegree(g) - z) / z).toBeLessThan(0.002);
      let outside = 0;
      for (let i = 0; i < N; i++) if (degreeAt(g, i) < Math.floor(z) || degreeAt(g, i) > Math.ceil(z)) outside++;
      // Only erased repeats move a soldier off the floor or ceiling: about k^2 / 2 repeated ties whatever the size (tens of soldiers).
      expect(outside).toBeLessThan(100);
      const measured = clustering(g);
      expect(Math.abs(measured.global - c)).toBeLessThan(0.005);
      expect(Math.abs(measured.meanLocal - c)).toBeLessThan(0.005);
    });
  }

  it("three soldiers of degree 2 with clustering 1 form the triangle", () => {
    const g = buildNetwork({ kind: "clustered", meanDegree: 2, clustering: 1 }, 3, 10, 1);
    expect(Array.from(g.neighbours)).toEqual([1, 2, 0, 2, 0, 1]);
  });

  it("the most clustering a mean degree allows: floor(k/2) triangles among k(k-1)/2 pairs", () => {
    expect(maxClustering(4)).toBeCloseTo(1 / 3, 15);
    expect(maxClustering(6)).toBeCloseTo(1 / 5, 15);
    expect(maxClustering(4.5)).toBeCloseTo(1 / 5, 15);
    expect(maxClustering(1.5)).toBe(1);
    expect(maxClustering(1)).toBe(0);
    // Asking for more clustering than fits gives the most that fits.
    const g = buildNetwork({ kind: "clustered", meanDegree: 4, clustering: 0.9 }, 30_000, 10, 1);
    expect(Math.abs(clustering(g).global - 1 / 3)).toBeLessThan(0.005);
  });

  it("the same seed builds the same graph, another seed another", () => {
    const spec = { kind: "clustered", meanDegree: 5, clustering: 0.1 } as const;
    expect(sameGraph(buildNetwork(spec, 5000, 10, 4), buildNetwork(spec, 5000, 10, 4))).toBe(true);
    expect(sameGraph(buildNetwork(spec, 5000, 10, 4), buildNetwork(spec, 5000, 10, 5))).toBe(false);
  });
});
