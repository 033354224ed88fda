/**
 * ABC's simulations on the page's shared pool of workers (workerPool.ts): each call's distinct
 * parameter vectors become the scenarios of one ensemble (the scenario JSON with the values set,
 * validated again in the workers, as the command line's build does), each (vector, seed) one task,
 * and results go back in task order, so the posterior is the command line's for the same job and
 * seed. A cancel (or a failed worker) rejects, which stops the calibration; nothing is kept
 * between calls, so memory does not grow with the proposals.
 */
import { withFittedValues } from "../../batch/calibrationJob";
import type { ParticleRunner } from "../../calibration/particleRunner";
import type { EnsembleTask } from "../../../workers/protocol";
import type { WorkerPool } from "./workerPool";

/** The error name of a calibration the user cancelled. */
export const CALIBRATION_CANCELLED = "CalibrationCancelled";

export function poolParticleRunner(pool: WorkerPool, scenario: unknown, paths: readonly string[], user: string, onRuns?: (count: number) => void): ParticleRunner {
  return async (tasks, read) => {
    const variants = new Map<string, number>();
    const scenarios: unknown[] = [];
    const poolTasks: EnsembleTask[] = tasks.map(({ values, seed }, run) => {
      const key = values.join(",");
      let variant = variants.get(key);
      if (variant === undefined) {
        variant = scenarios.length;
        variants.set(key, variant);
        scenarios.push(withFittedValues(scenario, paths, values));
      }
      return { variant, run, seed };
    });
    const results = new Array<ReturnType<typeof read>>(tasks.length);
    const outcome = await pool.run(
      scenarios,
      poolTasks,
      (batch, runs) => {
        batch.forEach((task, k) => (results[task.run] = read(runs[k].series)));
        onRuns?.(batch.length);
      },
      user,
    );
    if (outcome.kind === "failed") throw outcome.error;
    if (outcome.kind === "cancelled") {
      const error = new Error("calibration cancelled");
      error.name = CALIBRATION_CANCELLED;
      throw error;
    }
    return results;
  };
}
