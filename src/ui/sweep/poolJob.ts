/**
 * Runs a job's items (a sweep's cells, a sensitivity analysis's points), each an ensemble of runs,
 * on the page's shared pool of workers: the progress bar follows the runs, a redraw is asked for
 * whenever an item completes, and a newer job on the same view drops this one's late runs and its
 * outcome. The sweep and levers controllers share it and each words its own outcome.
 */
import type { RunSummary } from "../../model/result";
import type { EnsembleTask } from "../../../workers/protocol";
import type { PoolOutcome, WorkerPool } from "../workers/workerPool";
import type { SweepProgress } from "./sweepProgress";
import { mark, type Mark } from "../testHooks";

export interface PoolJob {
  pool: WorkerPool;
  /** Who holds the pool while the job runs (WorkerPool.runningFor). */
  user: string;
  /** The scenario of each item, which the tasks' `variant` indexes. */
  scenarios: unknown[];
  tasks: readonly EnsembleTask[];
  /** How many items and runs of each, for the progress line. */
  items: number;
  runsPerItem: number;
  progress: SweepProgress;
  /** The test hook that follows the job's state ("sweepState": running, done, cancelled, failed). */
  stateHook: Mark;
  /** Files run `run` of item `item`; true when that completed the item. */
  add(item: number, run: number, summary: RunSummary): boolean;
  itemsDone(): number;
  /** False once a newer job has replaced this one on the view. */
  current(): boolean;
  requestDraw(): void;
  /** Called once the job holds the pool (the Run button becomes Cancel). */
  render(): void;
}

export interface PoolJobEnd {
  result: PoolOutcome;
  /** Wall time from the first task handed out, in seconds with one decimal. */
  seconds: string;
  /** performance.now() when the job started. */
  started: number;
}

/** Runs the job; its end, or null when a newer job replaced it meanwhile. */
export async function runPoolJob(job: PoolJob): Promise<PoolJobEnd | null> {
  const { pool, progress } = job;
  progress.started(job.items, job.runsPerItem, Math.min(pool.poolSize, job.tasks.length));
  mark(job.stateHook, "running");
  const started = performance.now();
  let runsDone = 0;
  const outcome = pool.run(
    job.scenarios,
    job.tasks,
    (batch, runs) => {
      if (!job.current()) return;
      let completed = false;
      batch.forEach((task, k) => (completed = job.add(task.variant, task.run, runs[k].summary) || completed));
      runsDone += batch.length;
      progress.update(job.itemsDone(), runsDone);
      if (completed) job.requestDraw();
    },
    job.user,
  );
  job.render();
  const result = await outcome;
  if (!job.current()) return null;
  return { result, seconds: ((performance.now() - started) / 1000).toFixed(1), started };
}

/** The progress line of a job that ran to the end: "120 cells × 50 runs in 3.2 s on 4 workers." */
export function jobDoneLine(job: Pick<PoolJob, "pool" | "items" | "runsPerItem">, itemsNoun: string, seconds: string): string {
  const { pool } = job;
  return `${job.items.toLocaleString("en-US")} ${itemsNoun} × ${job.runsPerItem} runs in ${seconds} s on ${pool.workersUsed} worker${pool.workersUsed === 1 ? "" : "s"}.${pool.memoryNotice}`;
}
