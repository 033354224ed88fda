// @vitest-environment jsdom
/** A job's items run on the pool: progress follows the runs, a redraw per completed batch, late runs of a replaced job dropped. */
import { describe, expect, it } from "vitest";
import type { EnsembleRun, EnsembleTask } from "../../../workers/protocol";
import type { PoolOutcome, WorkerPool } from "../../../src/ui/workers/workerPool";
import { jobDoneLine, runPoolJob, type PoolJob } from "../../../src/ui/sweep/poolJob";
import { ItemRuns } from "../../../src/ui/sweep/itemRuns";
import { summary } from "./sweepData";

/** A pool that delivers the tasks in the given batches, then ends with `outcome`. */
function fakePool(batches: number[][], outcome: PoolOutcome, workersUsed = 2) {
  const calls: string[] = [];
  const pool = {
    poolSize: 4,
    workersUsed,
    memoryNotice: "",
    async run(_scenarios: unknown[], tasks: readonly EnsembleTask[], onRuns: (tasks: readonly EnsembleTask[], runs: EnsembleRun[]) => void, user: string) {
      calls.push(`run by ${user}`);
      await Promise.resolve();
      for (const batch of batches) {
        const picked = batch.map((k) => tasks[k]);
        onRuns(picked, picked.map((task) => ({ summary: summary(task.run) }) as EnsembleRun));
      }
      return outcome;
    },
  };
  return { pool: pool as unknown as WorkerPool, calls };
}

function job(pool: WorkerPool, log: string[], current = () => true): PoolJob {
  const runs = new ItemRuns(2);
  // 2 items x 2 runs, item-major
  const tasks = [0, 1, 2, 3].map((k) => ({ variant: k >> 1, run: k & 1, seed: k }));
  return {
    pool,
    user: "sweep",
    scenarios: [{}, {}],
    tasks,
    items: 2,
    runsPerItem: 2,
    progress: {
      started: (items, runsPerItem, workers) => log.push(`started ${items}x${runsPerItem} on ${workers}`),
      update: (done, runsDone) => log.push(`update ${done} ${runsDone}`),
      finished: (text) => log.push(`finished ${text}`),
    },
    stateHook: "sweepState",
    add: (item, run, s) => runs.add(item, run, s) !== null,
    itemsDone: () => runs.completed,
    current,
    requestDraw: () => log.push("draw"),
    render: () => log.push("render"),
  };
}

describe("runPoolJob", () => {
  it("reports progress by runs, asks for a redraw when an item completes, and gives the outcome", async () => {
    const { pool, calls } = fakePool([[0], [1, 2], [3]], { kind: "done" });
    const log: string[] = [];
    const end = await runPoolJob(job(pool, log));
    expect(calls).toEqual(["run by sweep"]);
    expect(log).toEqual(["started 2x2 on 4", "render", "update 0 1", "update 1 3", "draw", "update 2 4", "draw"]);
    expect(document.body.dataset.sweepState).toBe("running");
    expect(end?.result).toEqual({ kind: "done" });
    expect(end?.seconds).toMatch(/^\d+\.\d$/);
  });

  it("drops the runs and the outcome of a job a newer one replaced", async () => {
    const { pool } = fakePool([[0, 1, 2, 3]], { kind: "cancelled" });
    const log: string[] = [];
    expect(await runPoolJob(job(pool, log, () => false))).toBeNull();
    expect(log).toEqual(["started 2x2 on 4", "render"]);
  });
});

describe("jobDoneLine", () => {
  it("says how many items and runs ran on how many workers", () => {
    expect(jobDoneLine(job(fakePool([], { kind: "done" }, 1).pool, []), "cells", "3.2")).toBe("2 cells × 2 runs in 3.2 s on 1 worker.");
    expect(jobDoneLine(job(fakePool([], { kind: "done" }, 4).pool, []), "points", "0.5")).toBe("2 points × 2 runs in 0.5 s on 4 workers.");
  });
});
