/**
 * With every extra mechanism off, the simulator is exactly Granovetter's synchronous global
 * threshold model and Watts's network rule (MODEL.md): the tests compare it with independent,
 * straightforward implementations of those rules on the same thresholds and the same graph.
 */
import { describe, expect, it } from "vitest";
import { Simulation, foundationParams, simulate, type ModelParams } from "../../src/model";

const hundred = Array.from({ length: 100 }, (_, i) => i / 100);

/** Granovetter (1978): f = defected / N read once, then every loyal soldier with f >= t_i defects. */
function granovetter(thresholds: ArrayLike<number>, steps: number, initial: Set<number> = new Set()): number[] {
  const n = thresholds.length;
  const defected = new Array<boolean>(n).fill(false);
  initial.forEach((i) => (defected[i] = true));
  const counts = [initial.size];
  for (let s = 0; s < steps; s++) {
    const f = defected.filter(Boolean).length / n;
    const next = defected.slice();
    for (let i = 0; i < n; i++) if (!defected[i] && f >= thresholds[i]) next[i] = true;
    next.forEach((v, i) => (defected[i] = v));
    counts.push(defected.filter(Boolean).length);
  }
  return counts;
}

/** Watts (2002): a loyal soldier of degree k > 0 defects when defected neighbours / k >= t_i, all from the previous step. */
function watts(offsets: Int32Array, neighbours: Int32Array, thresholds: ArrayLike<number>, seeds: Iterable<number>, steps: number): number[] {
  const n = thresholds.length;
  let defected = new Array<boolean>(n).fill(false);
  for (const i of seeds) defected[i] = true;
  const counts = [defected.filter(Boolean).length];
  for (let s = 0; s < steps; s++) {
    const next = defected.slice();
    for (let i = 0; i < n; i++) {
      const k = offsets[i + 1] - offsets[i];
      if (defected[i] || k === 0) continue;
      let m = 0;
      for (let e = offsets[i]; e < offsets[i + 1]; e++) if (defected[neighbours[e]]) m++;
      if (m / k >= thresholds[i]) next[i] = true;
    }
    defected = next;
    counts.push(defected.filter(Boolean).length);
  }
  return counts;
}

const list = (values: number[]) => ({ kind: "list" as const, values });

describe("Granovetter's global threshold model", () => {
  it("thresholds 0/100 ... 99/100 cascade to all 100, one a day", () => {
    const run = simulate(foundationParams({ size: 100, days: 120, thresholds: list(hundred) }), 1);
    expect(run.summary.finalDefected).toBe(100);
    expect(Array.from(run.series.defected.slice(0, 101))).toEqual(Array.from({ length: 101 }, (_, d) => d));
  });

  it("moving the soldier at 1/100 to 2/100 stops the cascade at exactly 1", () => {
    const perturbed = hundred.slice();
    perturbed[1] = 0.02;
    const run = simulate(foundationParams({ size: 100, days: 120, thresholds: list(perturbed) }), 1);
    expect(run.summary.finalDefected).toBe(1);
    expect(run.series.defected[120]).toBe(1);
  });

  it("gives the same per-step counts as the rule itself on random thresholds and initial defectors", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const params = foundationParams({
        size: 200 + seed * 7,
        days: 60,
        thresholds: seed % 2 ? { kind: "normal", mean: 0.2 + seed / 100, sd: 0.1 + seed / 200 } : { kind: "uniform", min: 0, max: 0.5 + seed / 100 },
        initialDefectors: { kind: "count", count: seed % 5 },
      });
      const sim = new Simulation(params, seed);
      const result = sim.result();
      const expected = granovetter(result.thresholds, params.days, new Set(sim.population.initialDefectors));
      expect(Array.from(result.series.defected)).toEqual(expected);
    }
  });
});

describe("Watts's network rule", () => {
  // 0-1, 0-2, 1-2, 2-3, 3-4; soldier 5 has no ties. Soldier 0 starts defected.
  const edges = Int32Array.from([0, 1, 0, 2, 1, 2, 2, 3, 3, 4]);
  const params = foundationParams({
    size: 6,
    days: 8,
    thresholds: list([0.9, 0.5, 0.34, 0.5, 1, 0]),
    initialDefectors: { kind: "ids", ids: [0] },
    observation: { scope: "network", globalWeight: 0, local: "network" },
    network: { kind: "edges", edges },
  });

  it("steps a hand-checked graph one decision round at a time", () => {
    const run = simulate(params, 1);
    // Day 1: soldier 1 sees 1/2 >= 0.5 (exactly at threshold); soldier 2 sees 1/3 < 0.34.
    // Day 2: soldier 2 sees 2/3 (soldier 1's defection counts only from the next step).
    // Day 3: soldier 3 sees 1/2; day 4: soldier 4 sees 1/1. Soldier 5 (degree 0) never defects.
    expect(Array.from(run.series.defected)).toEqual([1, 2, 3, 4, 5, 5, 5, 5, 5]);
    expect(Array.from(run.fate)).toEqual([0, 1, 2, 3, 4, -1]);
  });

  it("matches the rule on Erdos-Renyi graphs with threshold 0.18 and random thresholds", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const p: ModelParams = foundationParams({
        size: 500,
        days: 40,
        thresholds: seed % 2 ? { kind: "uniform", min: 0.18, max: 0.18 } : { kind: "uniform", min: 0, max: 0.5 },
        initialDefectors: { kind: "count", count: 1 + (seed % 3) },
        observation: { scope: "network", globalWeight: 0, local: "network" },
        network: { kind: "erdos-renyi", meanDegree: 1 + seed / 4 },
      });
      const sim = new Simulation(p, seed);
      const result = sim.result();
      const graph = sim.graph!;
      const expected = watts(graph.offsets, graph.neighbours, result.thresholds, sim.population.initialDefectors, p.days);
      expect(Array.from(result.series.defected)).toEqual(expected);
    }
  });

  it("finds global cascades from one seed only inside a window of mean degree", () => {
    const cascadeFrequency = (z: number) => {
      let cascades = 0;
      for (let seed = 1; seed <= 20; seed++) {
        const run = simulate(
          foundationParams({
            size: 2000,
            days: 200,
            thresholds: { kind: "uniform", min: 0.18, max: 0.18 },
            initialDefectors: { kind: "count", count: 1 },
            observation: { scope: "network", globalWeight: 0, local: "network" },
            network: { kind: "erdos-renyi", meanDegree: z },
          }),
          seed,
        );
        if (run.summary.finalShare > 0.5) cascades++;
      }
      return cascades / 20;
    };
    expect(cascadeFrequency(0.5)).toBe(0); // below the window: too few ties to spread
    expect(cascadeFrequency(3)).toBeGreaterThan(0.2); // inside it
    expect(cascadeFrequency(12)).toBe(0); // above it: each neighbour's weight is too small
  });
});
