import { describe, expect, it } from "vitest";
import { EdgeList, graphFromEdges } from "../../../src/model/network/graph";
import { clustering, expectWellFormed, tailExponent } from "./graphMeasures";

const graph = (size: number, pairs: number[][]) => {
  const edges = new EdgeList();
  for (const [a, b] of pairs) edges.add(a, b);
  return graphFromEdges(size, edges);
};

describe("graph measures used by the generator tests", () => {
  it("a triangle has clustering 1, a star and a 4-cycle 0", () => {
    expect(clustering(graph(3, [[0, 1], [1, 2], [0, 2]]))).toEqual({ global: 1, meanLocal: 1 });
    expect(clustering(graph(4, [[0, 1], [0, 2], [0, 3]]))).toEqual({ global: 0, meanLocal: 0 });
    expect(clustering(graph(4, [[0, 1], [1, 2], [2, 3], [3, 0]]))).toEqual({ global: 0, meanLocal: 0 });
  });

  it("a triangle with a tail: 3 closed of 5 triples globally, local (1 + 1 + 1/3) / 3", () => {
    const c = clustering(graph(4, [[0, 1], [1, 2], [0, 2], [2, 3]]));
    expect(c.global).toBeCloseTo(3 / 5, 12);
    expect(c.meanLocal).toBeCloseTo((1 + 1 + 1 / 3) / 3, 12);
  });

  it("the tail exponent of degrees 10 and 20 by the formula, ignoring those below kmin", () => {
    const pairs: number[][] = [];
    for (let j = 0; j < 10; j++) pairs.push([0, 100 + j]);
    for (let j = 0; j < 20; j++) pairs.push([1, 200 + j]);
    const { alpha, tail } = tailExponent(graph(300, pairs), 10);
    expect(tail).toBe(2);
    expect(alpha).toBeCloseTo(1 + 2 / (Math.log(10 / 9.5) + Math.log(20 / 9.5)), 12);
  });

  it("well-formedness passes a built graph", () => {
    expectWellFormed(graph(5, [[0, 1], [1, 0], [3, 3], [4, 2]]));
  });
});
