import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/model/network/buildNetwork";
import { clustering, degreeAt, expectWellFormed, sameGraph } from "./graphMeasures";

const N = 100_000;

describe("regular ring (degree-preserving rewiring)", () => {
  it("without rewiring it is the small-world ring lattice", () => {
    expect(sameGraph(buildNetwork({ kind: "regular-ring", degree: 6, rewire: 0 }, 1000, 10, 1), buildNetwork({ kind: "small-world", degree: 6, rewire: 0 }, 1000, 10, 1))).toBe(true);
  });

  it(`on ${N} soldiers of degree 6: everyone keeps 6 ties while the clustering falls from 0.6 towards 0 as ties are rewired`, () => {
    const measured: number[] = [];
    for (const rewire of [0, 0.1, 0.3, 1]) {
      const g = buildNetwork({ kind: "regular-ring", degree: 6, rewire }, N, 10, 3);
      expectWellFormed(g);
      let off = 0;
      for (let i = 0; i < N; i++) if (degreeAt(g, i) !== 6) off++;
      // Only a swap that repeats a tie (erased) costs a soldier one.
      expect(off, `rewire ${rewire}`).toBeLessThan(100);
      measured.push(clustering(g).global);
    }
    expect(measured[0]).toBeCloseTo(0.6, 10);
    for (let k = 1; k < measured.length; k++) expect(measured[k]).toBeLessThan(measured[k - 1] - 0.05);
    expect(measured[3]).toBeLessThan(0.01);
  });

  it("the same seed builds the same graph, another seed another", () => {
    const spec = { kind: "regular-ring", degree: 4, rewire: 0.2 } as const;
    expect(sameGraph(buildNetwork(spec, 5000, 10, 4), buildNetwork(spec, 5000, 10, 4))).toBe(true);
    expect(sameGraph(buildNetwork(spec, 5000, 10, 4), buildNetwork(spec, 5000, 10, 5))).toBe(false);
  });
});
