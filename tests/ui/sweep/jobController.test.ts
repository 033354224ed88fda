/** Work on the shared pool: running only while this user's work holds it, and cancel touches only that work. */
import { describe, expect, it } from "vitest";
import type { WorkerPool } from "../../../src/ui/workers/workerPool";
import { poolWork } from "../../../src/ui/sweep/jobController";

function pool(runningFor: string | null) {
  const state = { runningFor, cancels: 0 };
  return { state, pool: { get runningFor() { return state.runningFor; }, cancel: () => state.cancels++ } as unknown as WorkerPool };
}

describe("poolWork", () => {
  it("is running while its user holds the pool, and cancels only then", () => {
    const { state, pool: shared } = pool("sweep");
    const sweep = poolWork(shared, "sweep");
    const levers = poolWork(shared, "sensitivity");
    expect(sweep.running()).toBe(true);
    expect(levers.running()).toBe(false);
    levers.cancel();
    expect(state.cancels).toBe(0);
    sweep.cancel();
    expect(state.cancels).toBe(1);
    state.runningFor = null;
    expect(sweep.running()).toBe(false);
  });
});
