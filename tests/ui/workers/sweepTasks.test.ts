/** The cell-major task list of a sweep, its seeds, and a cell's scenario. */
import { describe, expect, it } from "vitest";
import { sweepTasks, cellScenario } from "../../../src/ui/workers/sweepTasks";
import { spec } from "../sweep/sweepData";

describe("sweepTasks and cellScenario", () => {
  it("tasks are cell-major and run r of every cell uses seed master + r (wrapping at 2^32)", () => {
    const tasks = sweepTasks(spec);
    expect(tasks.length).toBe(18);
    expect(tasks.slice(0, 4)).toEqual([
      { variant: 0, run: 0, seed: 4294967295 },
      { variant: 0, run: 1, seed: 0 },
      { variant: 0, run: 2, seed: 1 },
      { variant: 1, run: 0, seed: 4294967295 },
    ]);
  });

  it("a cell's scenario has its axis values set and leaves the base untouched", () => {
    const object = cellScenario(spec, 5) as { parameters: { offer: { attractiveness: number }; thresholds: { mean: number } } };
    expect(object.parameters.offer.attractiveness).toBe(0.2);
    expect(object.parameters.thresholds.mean).toBe(0.5);
    expect((spec.scenarioObject as { parameters: { offer: { attractiveness: number } } }).parameters.offer.attractiveness).toBe(0);
  });
});
