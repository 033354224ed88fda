/**
 * The command line's memory plan: src/batch/memoryPlan.ts with this machine's cores and memory
 * (or its container's limit), which DEFECTION_MEMORY_BYTES may lower (to leave room for other
 * work, and in tests).
 */
import { availableParallelism, totalmem } from "node:os";
import { planWorkers as plan, type WorkerPlan } from "../batch/memoryPlan";

export { estimateRunBytes } from "../batch/memoryPlan";

/** What the job may take of the machine's memory: the rest is the system's and the main thread's. */
const SHARE = 0.75;

export const MEMORY_ENV = "DEFECTION_MEMORY_BYTES";

/** The memory a job may use: DEFECTION_MEMORY_BYTES if set, else a share of the machine's (or container's). */
export function memoryBudget(env: NodeJS.ProcessEnv = process.env): number {
  const forced = Number(env[MEMORY_ENV]);
  if (env[MEMORY_ENV] !== undefined && forced > 0) return forced;
  const constrained = typeof process.constrainedMemory === "function" ? process.constrainedMemory() : 0;
  const machine = constrained && constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
  return machine * SHARE;
}

/** Worker threads for a job of `tasks` runs of `runBytes` each; the note (if any) ends in a newline. */
export function planWorkers(asked: number | undefined, runBytes: number, tasks: number): WorkerPlan {
  const result = plan({ asked, runBytes, tasks, cores: availableParallelism(), budget: memoryBudget(), where: "this machine", askedName: "--workers" });
  return { workers: result.workers, note: result.note && `${result.note}\n` };
}
