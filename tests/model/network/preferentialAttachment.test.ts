import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/model/network/buildNetwork";
import { degreeAt, expectWellFormed, meanDegree, sameGraph, shareWithDegreeAtLeast, tailExponent } from "./graphMeasures";

const N = 100_000;

describe("preferential attachment (Barabasi-Albert)", () => {
  it(`3 ties per newcomer on ${N} soldiers: mean 6, everyone at least 3, and the exact degree law P(k >= K) = m (m + 1) / (K (K + 1))`, () => {
    const m = 3;
    const g = buildNetwork({ kind: "preferential-attachment", tiesPerSoldier: m }, N, 10, 2);
    expectWellFormed(g);
    // A clique of m + 1, then m distinct ties per newcomer: no tie is ever erased.
    expect(g.neighbours.length / 2).toBe((m * (m + 1)) / 2 + (N - m - 1) * m);
    expect(meanDegree(g)).toBeCloseTo(2 * m, 3);
    let smallest = Infinity;
    for (let i = 0; i < N; i++) smallest = Math.min(smallest, degreeAt(g, i));
    expect(smallest).toBe(m);
    // Dorogovtsev, Mendes & Samukhin (2000): p_k = 2m(m+1) / (k(k+1)(k+2)) for k >= m.
    for (const K of [5, 10, 20, 40]) {
      const exact = (m * (m + 1)) / (K * (K + 1));
      expect(Math.abs(shareWithDegreeAtLeast(g, K) - exact) / exact).toBeLessThan(0.06);
    }
    // The pure k^-3 fit reads a little low on that law at these degrees (2.87 here).
    expect(Math.abs(tailExponent(g, 10).alpha - 3)).toBeLessThan(0.2);
  });

  it("an army no larger than the starting clique is that clique; no ties per newcomer gives no ties", () => {
    const clique = buildNetwork({ kind: "preferential-attachment", tiesPerSoldier: 5 }, 4, 10, 1);
    for (let i = 0; i < 4; i++) expect(degreeAt(clique, i)).toBe(3);
    expect(buildNetwork({ kind: "preferential-attachment", tiesPerSoldier: 0 }, 100, 10, 1).neighbours.length).toBe(0);
  });

  it("the same seed builds the same graph, another seed another", () => {
    const spec = { kind: "preferential-attachment", tiesPerSoldier: 2 } as const;
    expect(sameGraph(buildNetwork(spec, 5000, 10, 4), buildNetwork(spec, 5000, 10, 4))).toBe(true);
    expect(sameGraph(buildNetwork(spec, 5000, 10, 4), buildNetwork(spec, 5000, 10, 5))).toBe(false);
  });
});
