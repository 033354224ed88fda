/**
 * The bench's full-sweep references (bench/fullSweep.ts) are straightforward implementations of
 * Granovetter's and Watts's rules: on small inputs they must give the defected count of the
 * project's own straightforward rule (kernels/reference.ts) on every day, or the bench's ratios
 * would compare different work. The edge-work floor must do exactly one count per edge of a defector.
 */
import { describe, expect, it } from "vitest";
import { globalSweep, wattsEdgeWork, wattsSweep } from "../../bench/fullSweep";
import { globalCase, wattsCase } from "../../bench/cases";
import { buildRunInputs } from "../../src/model/kernels/state/runInputs";
import { ReferenceSimulation } from "../../src/model/kernels/reference";

describe("the bench's references", () => {
  it("the global full sweep follows Granovetter's rule day by day", () => {
    const params = globalCase(3000);
    const inputs = buildRunInputs(params, 1);
    const reference = new ReferenceSimulation(params, 1, inputs).result().series.defected;
    expect(Array.from(globalSweep(inputs.population.thresholds, inputs.population.initialDefectors, params.days))).toEqual(Array.from(reference));
    expect(reference[params.days]).toBeGreaterThan(reference[0]);
  });

  it("the Watts full sweep follows Watts's rule day by day, and the edge work counts each defector's ties once", () => {
    const params = wattsCase(3000);
    // Seed 1 fizzles at its one initial defector; seeds 2 and 3 set off global cascades.
    for (const seed of [1, 2, 3]) {
      const inputs = buildRunInputs(params, seed);
      const run = new ReferenceSimulation(params, seed, inputs).result();
      expect(Array.from(wattsSweep(inputs.graph!, inputs.population.thresholds, inputs.population.initialDefectors, params.days))).toEqual(Array.from(run.series.defected));
      const work = wattsEdgeWork(inputs.graph!, run.fate, params.days);
      const { offsets } = inputs.graph!;
      let ties = 0;
      for (let i = 0; i < run.fate.length; i++) if (run.fate[i] >= 0 && run.fate[i] <= params.days) ties += offsets[i + 1] - offsets[i];
      expect(work()).toBe(ties);
      expect(run.series.defected[params.days] > params.size / 2).toBe(seed !== 1);
    }
  });
});
