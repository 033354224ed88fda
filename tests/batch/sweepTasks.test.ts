import { describe, expect, it } from "vitest";
import { cellRunSeed, cellScenario, cellTasks, sweepTasks } from "../../src/batch/sweepTasks";
import { runSeed } from "../../src/model/runSeed";
import { spec } from "../ui/sweep/sweepData";

describe("sweep tasks", () => {
  it("run r of every cell uses the run seed master + r (one rule with defection run)", () => {
    const spec = { masterSeed: 4294967290, runs: 8, cells: 3 };
    for (let r = 0; r < 8; r++) expect(cellRunSeed(spec, r)).toBe(runSeed(spec.masterSeed, r));
    expect(cellTasks(spec, 2).map((t) => t.seed)).toEqual(sweepTasks(spec).slice(16).map((t) => t.seed));
    expect(cellTasks(spec, 2).every((t) => t.variant === 2)).toBe(true);
  });
});

// The sweep the page runs (moved here from tests/ui/workers when the page took src/batch/sweepTasks.ts).
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
