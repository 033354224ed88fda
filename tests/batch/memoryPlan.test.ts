import { describe, expect, it } from "vitest";
import { estimateRunBytes, planWorkers, WORKER_BYTES } from "../../src/batch/memoryPlan";
import { foundationParams } from "../../src/model";
import { scenarioFromObject, toModelParams } from "../../src/scenario";

const params = (parameters: object) => toModelParams(scenarioFromObject({ name: "m", parameters }));

describe("memory plan", () => {
  it("a run's estimate follows the README's bytes per soldier, by model", () => {
    const global = estimateRunBytes(params({ army: { size: 1_000_000, days: 10 } }));
    const network = estimateRunBytes(params({ army: { size: 1_000_000, days: 10 }, observation: { scope: "network" }, network: { type: "small-world", degree: 6, rewire: 0.1 } }));
    expect(global).toBeGreaterThan(63e6);
    expect(global).toBeLessThan(64e6);
    expect(network).toBeGreaterThan(113e6);
    expect(estimateRunBytes(foundationParams())).toBeLessThan(1e6);
  });

  it("caps the workers at the cores, saying so", () => {
    const plan = planWorkers({ asked: 256, runBytes: 1e6, tasks: 1000, cores: 2, budget: 8e9, where: "this machine", askedName: "--workers" });
    expect(plan).toEqual({ workers: 2, note: "memory: --workers 256 is more than the 2 cores; using 2" });
  });

  it("reduces the workers to what memory holds, with the numbers", () => {
    const runBytes = 1e9 - WORKER_BYTES;
    const plan = planWorkers({ runBytes, tasks: 1000, cores: 16, budget: 6.5e9, where: "this machine" });
    expect(plan.workers).toBe(6);
    expect(plan.note).toBe("memory: each run needs about 1.0 GB, so 16 at once would need 16.0 GB of the 6.5 GB this machine can give; using 6 workers");
  });

  it("never more workers than tasks, no note when all fits", () => {
    expect(planWorkers({ runBytes: 1e6, tasks: 3, cores: 8, budget: 8e9, where: "x" })).toEqual({ workers: 3, note: null });
  });

  it("refuses a job whose single run does not fit", () => {
    expect(() => planWorkers({ runBytes: 2e9, tasks: 1, cores: 2, budget: 1e9, where: "a browser tab" })).toThrow(/one run needs about 2\.1 GB, more than the 1\.0 GB a browser tab can give the job/);
  });
});
