/**
 * ABC's simulations on worker threads that live for the whole calibration (a generation runs
 * several batches; starting threads per batch cost more than small runs). The threads are the
 * command line's simulation workers (simulationPool.ts's protocol): each distinct parameter
 * vector of a batch is sent once as a variant, each (vector, seed) is a task, and the batch's
 * variants are forgotten (here and in every thread) when it ends: ABC's proposals are new in every
 * batch, so keeping them would grow memory with every generation for nothing. Results are put back
 * in task order, so the posterior does not depend on the number of workers. One worker runs in
 * this thread.
 */
import { Worker } from "node:worker_threads";
import type { ModelParams, RunSeries as PoolReplySeries } from "../../model";
import { inProcessRunner, type ParticleRunner } from "../../calibration/particleRunner";
import { startSimulationThread, type PoolReply, type PoolRequest } from "../simulationPool";

export interface ClosableRunner {
  run: ParticleRunner;
  close(): Promise<void>;
  /** Parameter vectors held for the threads right now (0 between batches). */
  held(): number;
}

export function poolRunner(build: (values: readonly number[]) => ModelParams, workers: number): ClosableRunner {
  if (workers <= 1) return { run: inProcessRunner(build), close: async () => {}, held: () => 0 };
  let threads: Worker[] = [];
  let held = 0;
  let nextVariant = 0;
  let nextId = 0;
  const run: ParticleRunner = async (tasks, read) => {
    if (!threads.length) threads = Array.from({ length: workers }, startSimulationThread);
    // This batch's vectors only; ids keep counting, so a late message can never mix two batches.
    const variants = new Map<string, number>();
    const poolTasks = tasks.map(({ values, seed }) => {
      const key = values.join(",");
      let variant = variants.get(key);
      if (variant === undefined) {
        variant = nextVariant++;
        variants.set(key, variant);
        held++;
        const params = build(values);
        for (const thread of threads) thread.postMessage({ type: "params", variant, params } satisfies PoolRequest);
      }
      return { variant, seed };
    });
    const firstId = nextId;
    nextId += tasks.length;
    try {
      return await runOnThreads(threads, poolTasks, firstId, read);
    } finally {
      for (const variant of variants.values()) for (const thread of threads) thread.postMessage({ type: "forget", variant } satisfies PoolRequest);
      held -= variants.size;
    }
  };
  return {
    run,
    close: async () => {
      await Promise.all(threads.map((t) => t.terminate()));
      threads = [];
    },
    held: () => held,
  };
}

/** Runs `tasks` (ids from `firstId`) on `threads`, two in flight per thread, results in task order. */
function runOnThreads<T>(threads: readonly Worker[], tasks: readonly { variant: number; seed: number }[], firstId: number, read: (series: PoolReplySeries) => T): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let given = 0;
  let received = 0;
  return new Promise<T[]>((resolve, reject) => {
    const give = (thread: Worker) => {
      if (given >= tasks.length) return;
      const index = given++;
      thread.postMessage({ type: "run", id: firstId + index, ...tasks[index] } satisfies PoolRequest);
    };
    const listeners = threads.map((thread) => {
      const onMessage = (reply: PoolReply) => {
        if ("error" in reply) return finish(new Error(`run ${reply.id} failed: ${reply.error}`));
        results[reply.id - firstId] = read(reply.series);
        received++;
        if (received === tasks.length) return finish();
        give(thread);
      };
      const onError = (error: Error) => finish(error);
      thread.on("message", onMessage);
      thread.on("error", onError);
      return { thread, onMessage, onError };
    });
    const finish = (error?: Error) => {
      for (const { thread, onMessage, onError } of listeners) {
        thread.off("message", onMessage);
        thread.off("error", onError);
      }
      if (error) reject(error);
      else resolve(results);
    };
    if (!tasks.length) return finish();
    // Two tasks in flight per thread keep it busy while the main thread reads a result.
    for (let k = 0; k < 2; k++) threads.forEach(give);
  });
}
