/**
 * ABC's pool of worker threads forgets each batch's parameter vectors when the batch ends (in this
 * thread and in every worker thread), so a long calibration does not grow its memory with every
 * proposal; and its results are those of the in-process runner, batch after batch.
 */
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { poolRunner } from "../../src/cli/commands/calibratePool";
import { inProcessRunner } from "../../src/calibration/particleRunner";
import { recoveryParams } from "../calibration/recoveryCase";

afterEach(() => vi.restoreAllMocks());

describe("poolRunner", () => {
  it("holds no parameter vectors between batches, tells every thread to forget each one, and matches the in-process runner", async () => {
    const sent = vi.spyOn(Worker.prototype, "postMessage");
    const pool = poolRunner(recoveryParams, 2);
    const local = inProcessRunner(recoveryParams);
    const read = (series: { defected: ArrayLike<number> }) => series.defected[series.defected.length - 1];
    try {
      for (let batch = 0; batch < 3; batch++) {
        const tasks = [0.1, 0.2, 0.3].flatMap((a) => [1, 2].map((seed) => ({ values: [a + batch / 100, 0.05], seed })));
        expect(await pool.run(tasks, read)).toEqual(await local(tasks, read));
        expect(pool.held()).toBe(0);
      }
    } finally {
      await pool.close();
    }
    const kinds = sent.mock.calls.map(([message]) => message as { type: string; variant?: number });
    const given = kinds.filter((m) => m.type === "params").map((m) => m.variant);
    const forgotten = kinds.filter((m) => m.type === "forget").map((m) => m.variant);
    // 3 batches x 3 vectors, each sent to and forgotten by both threads.
    expect(given).toHaveLength(18);
    expect(forgotten.sort()).toEqual(given.sort());
  }, 60_000);
});
