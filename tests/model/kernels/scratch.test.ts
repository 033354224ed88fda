import { describe, expect, it } from "vitest";
import { giveBack, takeInt32 } from "../../../src/model/kernels/scratch";
import { NetworkCascadeSimulation } from "../../../src/model/kernels/networkCascadeSimulation";
import { simulateReference } from "../../../src/model/kernels/reference";
import { foundationParams } from "../../../src/model";

describe("scratch arrays reused across runs", () => {
  it("hands back a given-back array, zeroed", () => {
    const a = takeInt32(1000);
    a.fill(7);
    giveBack(a);
    const b = takeInt32(1000);
    expect(b === a).toBe(true);
    expect(b.every((v) => v === 0)).toBe(true);
  });

  it("never hands one array to two takers at once", () => {
    const a = takeInt32(500);
    const b = takeInt32(500);
    expect(b === a).toBe(false);
    giveBack(a, b);
    const c = takeInt32(500);
    const d = takeInt32(500);
    expect(new Set([c, d]).size).toBe(2);
    expect(c === a || c === b).toBe(true);
  });

  it("keeps no array larger than its budget", () => {
    const huge = new Int32Array(17 * 2 ** 20); // 68 MB
    giveBack(huge);
    expect(takeInt32(huge.length) === huge).toBe(false);
  });

  it("leaves runs of one size one after another exact", () => {
    const params = foundationParams({
      size: 3000,
      days: 40,
      thresholds: { kind: "uniform", min: 0.1, max: 0.3 },
      observation: { scope: "network", globalWeight: 0, local: "network" },
      network: { kind: "erdos-renyi", meanDegree: 4 },
      initialDefectors: { kind: "count", count: 5 },
    });
    for (const seed of [1, 2, 3, 1]) {
      const fast = new NetworkCascadeSimulation(params, seed).result();
      expect(Array.from(fast.series.defected)).toEqual(Array.from(simulateReference(params, seed).series.defected));
    }
  });
});
