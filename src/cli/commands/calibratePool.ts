/**
 * ABC's simulations on worker threads that live for the whole calibration (a generation runs
 * several batches; starting threads per batch cost more than small runs). The threads are the
 * command line's simulation workers (simulationPool.ts's protocol): each distinct parameter
 * vector is sent once as a variant, each (vector, seed) is a task. Results are put back in task
 * order, so the posterior does not depend on the number of workers. One worker runs in this thread.
 */
import { Worker } from "node:worker_threads";
import type { ModelParams } from "../../model";
import { inProcessRunner, type ParticleRunner } from "../../calibration/particleRunner";
import { startSimulationThread, type PoolReply, type PoolRequest } from "../simulationPool";

export interface ClosableRunner {
  run: ParticleRunner;
  close(): Promise<void>;
}

export function poolRunner(build: (values: readonly number[]) => ModelParams, workers: number): ClosableRunner {
  if (workers <= 1) return { run: inProcessRunner(build), close: async () => {} };
  let threads: Worker[] = [];
  const variants = new Map<string, number>();
  let nextId = 0;
  const run: ParticleRunner = async (tasks, read) => {
    if (!threads.length) threads = Array.from({ length: workers }, startSimulationThread);
    const poolTasks = tasks.map(({ values, seed }) => {
      const key = values.join(",");
      let variant = variants.get(key);
      if (variant === undefined) {
        variant = variants.size;
        variants.set(key, variant);
        const params = build(values);
        for (const thread of threads) thread.postMessage({ type: "params", variant, params } satisfies PoolRequest);
      }
      return { variant, seed };
    });
    const results = new Array<ReturnType<typeof read>>(tasks.length);
    const firstId = nextId;
    nextId += tasks.length;
    let given = 0;
    let received = 0;
    await new Promise<void>((resolve, reject) => {
      const give = (thread: Worker) => {
        if (given >= poolTasks.length) return;
        const index = given++;
        thread.postMessage({ type: "run", id: firstId + index, ...poolTasks[index] } satisfies PoolRequest);
      };
      const listeners = threads.map((thread) => {
        const onMessage = (reply: PoolReply) => {
          if ("error" in reply) return finish(new Error(`run ${reply.id} failed: ${reply.error}`));
          results[reply.id - firstId] = read(reply.series);
          received++;
          if (received === poolTasks.length) return finish();
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
        else resolve();
      };
      if (!poolTasks.length) return finish();
      // Two tasks in flight per thread keep it busy while the main thread reads a result.
      for (let k = 0; k < 2; k++) threads.forEach(give);
    });
    return results;
  };
  return {
    run,
    close: async () => {
      await Promise.all(threads.map((t) => t.terminate()));
      threads = [];
    },
  };
}
