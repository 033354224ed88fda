import { describe, expect, it } from "vitest";
import { configurationModelEdges } from "../../../src/model/network/configurationModel";
import { shuffleInPlace } from "../../../src/model/network/shuffle";
import { sequentialStream } from "../../../src/model/random";

describe("the configuration model", () => {
  it("gives every soldier exactly his degree in tie ends before erasure", () => {
    const degrees = Int32Array.from({ length: 994 }, (_, i) => 1 + (i % 7)); // 142 x (1 + ... + 7): an even total
    const edges = configurationModelEdges(degrees, sequentialStream(5, "network"));
    const ends = new Int32Array(994);
    for (let e = 0; e < edges.length; e++) {
      ends[edges.from[e]]++;
      ends[edges.to[e]]++;
    }
    expect(Array.from(ends)).toEqual(Array.from(degrees));
  });

  it("drops one stub when the degrees add up to an odd number", () => {
    const edges = configurationModelEdges(Int32Array.from([3, 1, 1]), sequentialStream(1, "network"));
    expect(edges.length).toBe(2);
  });
});

describe("shuffling", () => {
  it("permutes: the same values, each of 6 orders of 3 about equally often", () => {
    const random = sequentialStream(2, "network");
    const counts = new Map<string, number>();
    for (let r = 0; r < 6000; r++) {
      const values = Int32Array.from([0, 1, 2]);
      shuffleInPlace(values, 3, random);
      const key = Array.from(values).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(120);
  });
});
