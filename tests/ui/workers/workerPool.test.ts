/**
 * The page's pool of workers over real MessageChannels (ChannelWorker): the runs it delivers are
 * simulate()'s, and every failure arrives as a real Error with its message, whether the worker
 * threw (an invalid scenario: InputError) or died (its "error" event).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batchEnd, WorkerPool } from "../../../src/ui/workers/workerPool";
import { loadScenario, toModelParams } from "../../../src/scenario/index";
import { simulate } from "../../../src/model/index";
import type { EnsembleRun, EnsembleTask } from "../../../workers/protocol";
import { ChannelWorker, useChannelWorkers } from "./channelWorker";

const scenario = JSON.parse(readFileSync(join(import.meta.dirname, "../../../scenarios/granovetter-uniform.json"), "utf8")) as { parameters: object };
const tasks: EnsembleTask[] = Array.from({ length: 6 }, (_, run) => ({ variant: 0, run, seed: 10 + run }));

let restore: () => void;
beforeEach(() => (restore = useChannelWorkers()));
afterEach(() => restore());

describe("WorkerPool", () => {
  it("ends a batch only where the seed changes, so the variants of one run stay in one worker", () => {
    const paired: EnsembleTask[] = [0, 1, 2].flatMap((run) => [0, 1].map((variant) => ({ variant, run, seed: 7 + run })));
    expect(batchEnd(paired, 0, 1)).toBe(2);
    expect(batchEnd(paired, 0, 3)).toBe(4);
    expect(batchEnd(paired, 4, 256)).toBe(6);
    expect(batchEnd(tasks, 0, 1)).toBe(1); // seeds all differ: batches as asked
  });

  it("delivers every task's run, as simulate() gives it, over two workers", async () => {
    const pool = new WorkerPool(2);
    const got = new Map<number, EnsembleRun>();
    const outcome = await pool.run([scenario], tasks, (batch, runs) => batch.forEach((t, k) => got.set(t.run, runs[k])), "test");
    expect(outcome).toEqual({ kind: "done" });
    expect(ChannelWorker.spawned.map((w) => w.name)).toEqual(["ensemble-1", "ensemble-2"]);
    const params = toModelParams(loadScenario(JSON.stringify(scenario)));
    for (const task of tasks) expect(got.get(task.run)!.summary).toEqual(simulate(params, task.seed).summary);
  });

  it("an invalid scenario fails the ensemble with the worker's InputError, a real Error", async () => {
    const pool = new WorkerPool(1);
    const outcome = await pool.run([{ kind: "not a scenario" }], tasks, () => {}, "test");
    expect(outcome.kind).toBe("failed");
    const error = (outcome as { error: Error }).error;
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("a worker that dies fails the ensemble with an Error saying so; the pool starts clean after", async () => {
    const pool = new WorkerPool(1);
    const many: EnsembleTask[] = Array.from({ length: 400 }, (_, run) => ({ variant: 0, run, seed: run }));
    let first = true;
    const outcome = await pool.run([scenario], many, () => {
      if (first) ChannelWorker.spawned[0].crash("boom");
      first = false;
    }, "test");
    expect(outcome.kind).toBe("failed");
    const error = (outcome as { error: Error }).error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("an ensemble worker stopped: boom");
    expect(ChannelWorker.spawned[0].terminated).toBe(true);
    expect(await pool.run([scenario], tasks.slice(0, 2), () => {}, "test")).toEqual({ kind: "done" });
  });
});
