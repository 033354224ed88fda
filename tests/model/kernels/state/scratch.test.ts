import { describe, expect, it } from "vitest";
import { giveBack, RunScratch, take } from "../../../../src/model/kernels/state/scratch";
import { NetworkCascadeSimulation } from "../../../../src/model/kernels/deterministic/networkCascadeSimulation";
import { simulateReference } from "../../../../src/model/kernels/reference";
import { foundationParams, SERIES_COLUMNS } from "../../../../src/model";
import { EventDrivenSimulation } from "../../../../src/model/kernels/eventDriven/eventDrivenSimulation";

describe("scratch arrays reused across runs", () => {
  it("hands back a given-back array, zeroed", () => {
    const a = take(Int32Array, 1000);
    a.fill(7);
    giveBack(a);
    const b = take(Int32Array, 1000);
    expect(b === a).toBe(true);
    expect(b.every((v: number) => v === 0)).toBe(true);
  });

  it("never hands one array to two takers at once", () => {
    const a = take(Int32Array, 500);
    const b = take(Int32Array, 500);
    expect(b === a).toBe(false);
    giveBack(a, b);
    const c = take(Int32Array, 500);
    const d = take(Int32Array, 500);
    expect(new Set([c, d]).size).toBe(2);
    expect(c === a || c === b).toBe(true);
  });

  it("hands an array only to a taker of its kind and length, filled as asked", () => {
    const a = take(Float64Array, 300);
    giveBack(a);
    expect(take(Int32Array, 300) === (a as unknown)).toBe(false);
    expect(take(Float64Array, 299) === a).toBe(false);
    const b = take(Float64Array, 300, Infinity);
    expect(b === a).toBe(true);
    expect(b.every((v) => v === Infinity)).toBe(true);
  });

  it("gives a run's arrays back together once it is done", () => {
    const run = new RunScratch();
    const a = run.take(Uint8Array, 64);
    const b = run.take(Int32Array, 64, -1);
    expect(b.every((v) => v === -1)).toBe(true);
    run.release();
    expect(take(Uint8Array, 64) === a).toBe(true);
    expect(take(Int32Array, 64) === b).toBe(true);
  });

  it("keeps no array larger than its budget", () => {
    const huge = new Int32Array(17 * 2 ** 20); // 68 MB
    giveBack(huge);
    expect(take(Int32Array, huge.length) === huge).toBe(false);
  });

  it("leaves runs of one size one after another exact, for every kernel", () => {
    const params = foundationParams({
      size: 3000,
      days: 40,
      thresholds: { kind: "uniform", min: 0.1, max: 0.3 },
      observation: { scope: "network", globalWeight: 0, local: "network" },
      network: { kind: "erdos-renyi", meanDegree: 4 },
      initialDefectors: { kind: "count", count: 5 },
    });
    const stochastic = { ...params, opportunity: 0.5, awareness: { initial: 0.5, leafletReach: 0.05, wordOfMouth: 0.3 }, deterrence: { ...params.deterrence, catchProbability: 0.1 } };
    for (const seed of [1, 2, 3, 1]) {
      const fast = new NetworkCascadeSimulation(params, seed).result();
      expect(Array.from(fast.series.defected)).toEqual(Array.from(simulateReference(params, seed).series.defected));
      const eventDriven = new EventDrivenSimulation(stochastic, seed).result();
      const reference = simulateReference(stochastic, seed);
      for (const column of SERIES_COLUMNS) expect(Array.from(eventDriven.series[column])).toEqual(Array.from(reference.series[column]));
    }
  });
});
