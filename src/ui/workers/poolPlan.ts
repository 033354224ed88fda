/**
 * How many of the pool's workers an ensemble may use: src/batch/memoryPlan.ts with the browser's
 * memory, from the largest of the ensemble's scenarios. The pool is already one worker per core
 * (workerPool.ts), so only memory reduces it here; a size set on purpose (tests) is kept otherwise.
 */
import { planWorkers, estimateRunBytes, tabBudget, type WorkerPlan } from "../../batch/memoryPlan";
import { scenarioFromObject, toModelParams } from "../../scenario/index";

export function poolPlan(scenarios: readonly unknown[], poolSize: number, tasks: number): WorkerPlan {
  const nav = typeof navigator !== "undefined" ? (navigator as Navigator & { deviceMemory?: number }) : undefined;
  let runBytes = 0;
  // The largest army decides; a few scenarios are enough to look at for a sweep of similar cells.
  for (const scenario of scenarios.length > 16 ? [scenarios[0], scenarios[scenarios.length - 1]] : scenarios) runBytes = Math.max(runBytes, estimateRunBytes(toModelParams(scenarioFromObject(scenario))));
  return planWorkers({ asked: poolSize, runBytes, tasks, cores: poolSize, budget: tabBudget(nav?.deviceMemory), where: "a browser tab", askedName: "a pool of" });
}
