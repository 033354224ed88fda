/**
 * Same scenario + same seed gives the same numbers; two scenarios run with one seed share their
 * random draws (common random numbers), so their difference comes from the parameters alone.
 */
import { describe, expect, it } from "vitest";
import { Simulation, foundationParams, simulate, type ModelParams } from "../../src/model";

const stochastic: ModelParams = foundationParams({
  size: 3000,
  days: 120,
  unitSize: 30,
  thresholds: { kind: "normal", mean: 0.3, sd: 0.15 },
  observation: { scope: "mix", globalWeight: 0.4, local: "network" },
  network: { kind: "small-world", degree: 6, rewire: 0.1 },
  offer: { attractiveness: 0.1, windows: [{ open: 5, close: 80 }], urgency: 0.05, urgencyDays: 20 },
  awareness: { initial: 0.2, leafletReach: 0.02, wordOfMouth: 0.2 },
  opportunity: 0.3,
  deterrence: { catchProbability: 0.1, punishmentRise: 0.05, punishmentDays: 20, reprisal: 0.05, familyShare: 0.5 },
  ineligibleShare: 0.05,
  events: [
    { kind: "setback", day: 30, shift: 0.05, days: 40 },
    { kind: "mobilisation", day: 50, count: 500, thresholds: { kind: "beta", alpha: 2, beta: 6 }, aware: 0.5 },
    { kind: "leaflets", day: 60, reach: 0.3 },
  ],
});

describe("determinism", () => {
  it("the same scenario and seed give identical series, summaries and fates", () => {
    const a = simulate(stochastic, 9);
    const b = simulate(stochastic, 9);
    expect(a.summary).toEqual(b.summary);
    for (const key of Object.keys(a.series) as (keyof typeof a.series)[]) expect(Array.from(a.series[key])).toEqual(Array.from(b.series[key]));
    expect(Array.from(a.fate)).toEqual(Array.from(b.fate));
  });

  it("different seeds give different runs", () => {
    expect(Array.from(simulate(stochastic, 1).series.defected)).not.toEqual(Array.from(simulate(stochastic, 2).series.defected));
  });

  it("running in slices gives the same run as running at once", () => {
    const whole = simulate(stochastic, 4);
    const sim = new Simulation(stochastic, 4);
    while (!sim.done) sim.advance(7);
    expect(Array.from(sim.result().series.defected)).toEqual(Array.from(whole.series.defected));
  });

  it("every count stays consistent: loyal + defected + caught = army, counts never fall", () => {
    const { series } = simulate(stochastic, 3);
    for (let d = 0; d < series.army.length; d++) {
      expect(series.loyal[d] + series.defected[d] + series.caught[d]).toBe(series.army[d]);
      expect(series.aware[d]).toBeLessThanOrEqual(series.army[d]);
      if (d > 0) {
        expect(series.defected[d] - series.defected[d - 1]).toBe(series.newDefected[d]);
        expect(series.caught[d] - series.caught[d - 1]).toBe(series.newCaught[d]);
        expect(series.aware[d]).toBeGreaterThanOrEqual(series.aware[d - 1]);
      }
    }
  });
});

describe("common random numbers", () => {
  it("two scenarios differing only in offer attractiveness share thresholds, graph and every per-soldier draw", () => {
    const weak = new Simulation(stochastic, 5);
    const strong = new Simulation({ ...stochastic, offer: { ...stochastic.offer, attractiveness: 0.2 } }, 5);
    expect(Array.from(strong.population.thresholds)).toEqual(Array.from(weak.population.thresholds));
    expect(Array.from(strong.population.eligible)).toEqual(Array.from(weak.population.eligible));
    expect(Array.from(strong.population.family)).toEqual(Array.from(weak.population.family));
    expect(Array.from(strong.population.awarenessResistance)).toEqual(Array.from(weak.population.awarenessResistance));
    expect(Array.from(strong.graph!.neighbours)).toEqual(Array.from(weak.graph!.neighbours));
  });

  it("a larger ineligible share keeps the smaller one's ineligible soldiers (nested draws)", () => {
    const few = new Simulation({ ...stochastic, ineligibleShare: 0.1 }, 5).population.eligible;
    const many = new Simulation({ ...stochastic, ineligibleShare: 0.3 }, 5).population.eligible;
    for (let i = 0; i < few.length; i++) if (!few[i]) expect(many[i]).toBe(0);
  });

  it("changing a parameter that cannot matter leaves the run identical", () => {
    // The network when observation is global: it is never built, so it cannot shift any draw.
    const a = simulate({ ...stochastic, observation: { scope: "global", globalWeight: 0.5, local: "network" } }, 2);
    const b = simulate(
      {
        ...stochastic,
        observation: { scope: "global", globalWeight: 0.5, local: "network" },
        network: { kind: "erdos-renyi", meanDegree: 9 },
      },
      2,
    );
    expect(Array.from(b.series.defected)).toEqual(Array.from(a.series.defected));
  });
});
