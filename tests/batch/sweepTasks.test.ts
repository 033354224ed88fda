import { describe, expect, it } from "vitest";
import { cellRunSeed, cellTasks, sweepTasks } from "../../src/batch/sweepTasks";
import { runSeed } from "../../src/model/runSeed";

describe("sweep tasks", () => {
  it("run r of every cell uses the run seed master + r (one rule with defection run)", () => {
    const spec = { masterSeed: 4294967290, runs: 8, cells: 3 };
    for (let r = 0; r < 8; r++) expect(cellRunSeed(spec, r)).toBe(runSeed(spec.masterSeed, r));
    expect(cellTasks(spec, 2).map((t) => t.seed)).toEqual(sweepTasks(spec).slice(16).map((t) => t.seed));
    expect(cellTasks(spec, 2).every((t) => t.variant === 2)).toBe(true);
  });
});
