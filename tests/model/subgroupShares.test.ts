import { describe, expect, it } from "vitest";
import { Simulation, defectedShareBySubgroup, foundationParams } from "../../src/model";

describe("defectedShareBySubgroup", () => {
  it("splits the defected share by subgroup, the mobilised apart from their join day, and agrees with the army-wide count", () => {
    const params = foundationParams({
      size: 200,
      days: 20,
      subgroups: [
        { name: "ready", share: 0.25, thresholds: { kind: "uniform", min: 0, max: 0 } },
        { name: "loyal", share: 0.75, thresholds: { kind: "uniform", min: 2, max: 2 } },
      ],
      events: [{ kind: "mobilisation", day: 10, count: 40, thresholds: { kind: "uniform", min: 0, max: 0 }, aware: 1 }],
    });
    const sim = new Simulation(params, 3);
    const result = sim.result();
    expect(defectedShareBySubgroup(params, sim.population, result, 5)).toEqual([1, 0, NaN]);
    const [ready, loyal, mobilised] = defectedShareBySubgroup(params, sim.population, result);
    expect([ready, loyal, mobilised]).toEqual([1, 0, 1]);
    expect(50 * ready + 150 * loyal + 40 * mobilised).toBe(result.series.defected[params.days]);
  });
});
