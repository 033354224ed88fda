/**
 * A pool of worker threads for many runs. Tasks are produced by index (a sweep of 100,000 cells of
 * 1,000 runs never lists its 10^8 tasks), handed out in order and their results handed back in
 * the same order (a small reorder buffer), so the output does not depend on the number of workers.
 * A variant's model inputs are built when its first task is handed out and sent to a thread only
 * when it needs them; each thread keeps the few variants it used last, so a sweep holds a
 * handful of cells' inputs, never all of them. A job may hand its tasks out in groups of
 * consecutive indices, each group to one thread: the runs of one seed across a comparison's
 * variants, which the thread then draws soldiers for once (simulationWorkerMain.ts).
 */
import { Worker } from "node:worker_threads";
import type { ModelParams, RunSeries, RunSummary } from "../model";

export type PoolRequest = { type: "params"; variant: number; params: ModelParams } | { type: "forget"; variant: number } | { type: "run"; id: number; variant: number; seed: number };
export type PoolReply = { id: number; series: RunSeries; summary: RunSummary } | { id: number; error: string };

export interface PoolTask {
  variant: number;
  seed: number;
}

export interface PoolJob {
  /** How many tasks. */
  tasks: number;
  /** Task `index` (0 <= index < tasks). */
  task(index: number): PoolTask;
  /** The model inputs of `variant`; throws InputError for an impossible one (a sweep cell). */
  params(variant: number): ModelParams;
  /** Tasks handed out together to one thread, run there one after another (default 1). */
  group?: number;
}

/** Variants a thread keeps (a comparison has at most 8; a sweep moves through its cells in order). */
const KEPT_PER_THREAD = 8;

/** A job over fixed variants and a task list (a comparison). */
export function listJob(paramsByVariant: readonly ModelParams[], tasks: readonly PoolTask[]): PoolJob {
  return { tasks: tasks.length, task: (index) => tasks[index], params: (variant) => paramsByVariant[variant] };
}

/**
 * Runs every task on `workers` threads; `onResult` is called in task order (awaited, so a slow
 * writer holds the pool back instead of filling memory).
 */
/**
 * A simulation worker thread. Its file is found from this module's own location, in the sources
 * (src/cli/) as in the compiled build (every chunk sits beside build/cli/simulationWorker.mjs), so
 * every pool starts threads through here.
 */
export function startSimulationThread(): Worker {
  return new Worker(new URL("./simulationWorker.mjs", import.meta.url));
}

export async function runPool(job: PoolJob, workers: number, onResult: (index: number, result: { series: RunSeries; summary: RunSummary }) => Promise<void>): Promise<void> {
  const count = Math.max(1, Math.min(workers, job.tasks));
  const group = Math.max(1, job.group ?? 1);
  // pending: tasks handed to the thread whose results have not come back.
  const threads = Array.from({ length: count }, () => ({ worker: startSimulationThread(), kept: [] as number[], pending: 0 }));
  const ready = new Map<number, { series: RunSeries; summary: RunSummary }>();
  // The main thread's own cache of built inputs: the variants in flight.
  const built = new Map<number, ModelParams>();
  let nextTask = 0;
  let nextResult = 0;
  let failure: Error | null = null;
  let writing = Promise.resolve();
  const paramsOf = (variant: number) => {
    let params = built.get(variant);
    if (!params) {
      params = job.params(variant);
      built.set(variant, params);
      if (built.size > KEPT_PER_THREAD * 2) built.delete(built.keys().next().value!);
    }
    return params;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        failure ??= error;
        reject(failure);
      };
      const give = (thread: (typeof threads)[number]) => {
        // Keep at most a few results (groups) waiting for the writer per thread.
        if (failure || nextTask >= job.tasks || nextTask - nextResult > count * 4 * group) return false;
        const end = Math.min(job.tasks, nextTask + group);
        for (let id = nextTask; id < end; id++) {
          const { variant, seed } = job.task(id);
          if (!thread.kept.includes(variant)) {
            let params: ModelParams;
            try {
              params = paramsOf(variant);
            } catch (error) {
              fail(error as Error);
              return false;
            }
            thread.worker.postMessage({ type: "params", variant, params } satisfies PoolRequest);
            thread.kept.push(variant);
            if (thread.kept.length > KEPT_PER_THREAD) thread.worker.postMessage({ type: "forget", variant: thread.kept.shift()! } satisfies PoolRequest);
          }
          nextTask++;
          thread.pending++;
          thread.worker.postMessage({ type: "run", id, variant, seed } satisfies PoolRequest);
        }
        return true;
      };
      const idle: (typeof threads)[number][] = [];
      const drain = () => {
        while (ready.has(nextResult)) {
          const index = nextResult++;
          const result = ready.get(index)!;
          ready.delete(index);
          writing = writing.then(() => onResult(index, result));
        }
        writing.then(() => {
          while (idle.length && give(idle[idle.length - 1])) idle.pop();
          if (nextResult === job.tasks) resolve();
        }, fail);
      };
      for (const thread of threads) {
        thread.worker.on("message", (reply: PoolReply) => {
          if ("error" in reply) return fail(new Error(`run ${reply.id} failed: ${reply.error}`));
          ready.set(reply.id, reply);
          if (--thread.pending === 0 && !give(thread)) idle.push(thread);
          drain();
        });
        thread.worker.on("error", fail);
        thread.worker.on("exit", (code) => code !== 0 && fail(new Error(`a worker thread stopped (exit code ${code})`)));
        if (!give(thread)) idle.push(thread);
      }
      if (job.tasks === 0) resolve();
    });
    await writing;
  } finally {
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}
