/**
 * A pool of worker threads for many runs: one per core by default. Tasks are handed out in order
 * and results handed back in the same order (a small reorder buffer), so the output does not
 * depend on the number of workers.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { ModelParams, RunSeries, RunSummary } from "../model";

export type PoolRequest = { type: "params"; variant: number; params: ModelParams } | { type: "run"; id: number; variant: number; seed: number };
export type PoolReply = { id: number; series: RunSeries; summary: RunSummary } | { id: number; error: string };

export interface PoolTask {
  variant: number;
  seed: number;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Runs every task; `onResult` is called in task order (awaited, so a slow writer holds the pool
 * back instead of filling memory).
 */
export async function runPool(
  paramsByVariant: readonly ModelParams[],
  tasks: readonly PoolTask[],
  workers: number,
  onResult: (index: number, result: { series: RunSeries; summary: RunSummary }) => Promise<void>,
): Promise<void> {
  const count = Math.max(1, Math.min(workers, tasks.length));
  const threads = Array.from({ length: count }, () => new Worker(new URL("./simulationWorker.mjs", import.meta.url)));
  const ready = new Map<number, { series: RunSeries; summary: RunSummary }>();
  let nextTask = 0;
  let nextResult = 0;
  let failure: Error | null = null;
  let writing = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        failure ??= error;
        reject(failure);
      };
      const give = (thread: Worker) => {
        // Keep at most a few results waiting for the writer per thread.
        if (nextTask >= tasks.length || nextTask - nextResult > count * 4) return false;
        const id = nextTask++;
        thread.postMessage({ type: "run", id, variant: tasks[id].variant, seed: tasks[id].seed } satisfies PoolRequest);
        return true;
      };
      const idle: Worker[] = [];
      const drain = () => {
        while (ready.has(nextResult)) {
          const index = nextResult++;
          const result = ready.get(index)!;
          ready.delete(index);
          writing = writing.then(() => onResult(index, result));
        }
        writing.then(() => {
          while (idle.length && give(idle[idle.length - 1])) idle.pop();
          if (nextResult === tasks.length) resolve();
        }, fail);
      };
      for (const thread of threads) {
        paramsByVariant.forEach((params, variant) => thread.postMessage({ type: "params", variant, params } satisfies PoolRequest));
        thread.on("message", (reply: PoolReply) => {
          if ("error" in reply) return fail(new Error(`run ${reply.id} failed: ${reply.error}`));
          ready.set(reply.id, reply);
          if (!give(thread)) idle.push(thread);
          drain();
        });
        thread.on("error", fail);
        thread.on("exit", (code) => code !== 0 && fail(new Error(`a worker thread stopped (exit code ${code})`)));
        if (!give(thread)) idle.push(thread);
      }
      if (tasks.length === 0) resolve();
    });
    await writing;
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
