import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/model/network/buildNetwork";
import { EdgeList, graphFromEdges, type Graph } from "../../../src/model/network/graph";

/** Symmetric, sorted rows, no self-loops, no repeats. */
function expectWellFormed(graph: Graph): void {
  const { offsets, neighbours, size } = graph;
  const has = (a: number, b: number) => neighbours.subarray(offsets[a], offsets[a + 1]).includes(b);
  for (let i = 0; i < size; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = neighbours[e];
      expect(j).not.toBe(i);
      if (e > offsets[i]) expect(j).toBeGreaterThan(neighbours[e - 1]);
      expect(has(j, i)).toBe(true);
    }
  }
}

const meanDegree = (g: Graph) => g.neighbours.length / g.size;

describe("graphs", () => {
  it("an edge list becomes a symmetric CSR graph without self-loops or repeats", () => {
    const edges = new EdgeList();
    [[0, 1], [1, 0], [2, 2], [3, 1], [0, 1]].forEach(([a, b]) => edges.add(a, b));
    const g = graphFromEdges(4, edges);
    expect(Array.from(g.offsets)).toEqual([0, 1, 3, 3, 4]);
    expect(Array.from(g.neighbours)).toEqual([1, 0, 3, 1]);
  });

  it("Erdos-Renyi graphs have the mean degree asked for", () => {
    for (const z of [1, 4, 10]) {
      const g = buildNetwork({ kind: "erdos-renyi", meanDegree: z }, 20_000, 10, 3);
      expect(Math.abs(meanDegree(g) - z) / z).toBeLessThan(0.03);
    }
    expectWellFormed(buildNetwork({ kind: "erdos-renyi", meanDegree: 5 }, 500, 10, 1));
  });

  it("a small world without rewiring is a ring where everyone has the lattice degree", () => {
    const g = buildNetwork({ kind: "small-world", degree: 4, rewire: 0 }, 100, 10, 1);
    for (let i = 0; i < 100; i++) expect(g.offsets[i + 1] - g.offsets[i]).toBe(4);
    expect(Array.from(g.neighbours.subarray(g.offsets[0], g.offsets[1]))).toEqual([1, 2, 98, 99]);
    const rewired = buildNetwork({ kind: "small-world", degree: 4, rewire: 0.2 }, 1000, 10, 1);
    expectWellFormed(rewired);
    expect(meanDegree(rewired)).toBeGreaterThan(3.9);
  });

  it("a units network is a clique per unit plus a few ties between units", () => {
    const g = buildNetwork({ kind: "units", tiesPerUnit: 2 }, 50, 10, 1);
    expectWellFormed(g);
    let across = 0;
    for (let i = 0; i < 50; i++) {
      const unit = Math.floor(i / 10);
      for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) if (Math.floor(g.neighbours[e] / 10) !== unit) across++;
      // Everyone is tied to every unit mate.
      for (let j = unit * 10; j < unit * 10 + 10; j++) if (j !== i) expect(g.neighbours.subarray(g.offsets[i], g.offsets[i + 1]).includes(j)).toBe(true);
    }
    expect(across / 2).toBeGreaterThan(5);
    expect(across / 2).toBeLessThanOrEqual(10);
  });

  it("the same seed builds the same graph", () => {
    const a = buildNetwork({ kind: "erdos-renyi", meanDegree: 3 }, 1000, 10, 8);
    const b = buildNetwork({ kind: "erdos-renyi", meanDegree: 3 }, 1000, 10, 8);
    expect(Array.from(a.neighbours)).toEqual(Array.from(b.neighbours));
  });
});

describe("degenerate networks", () => {
  it("a mean degree too small to represent gives no ties instead of looping", () => {
    const g = buildNetwork({ kind: "erdos-renyi", meanDegree: 3.5e-323 }, 1000, 10, 1);
    expect(g.neighbours.length).toBe(0);
  });
});
