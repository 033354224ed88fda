/**
 * A pool of module workers (workers/simulationWorker.ts) for ensembles. Tasks are handed out in
 * list order in batches sized so that each takes about BATCH_MS (small batches at first, so the
 * first results are drawn soon); every result goes back with its task, so where and in which order
 * a run was computed never changes the numbers. A batch never ends between tasks of one seed (the
 * variants of a run under common random numbers), so that its worker draws their soldiers once.
 * Cancel terminates the workers at once (a run in flight is not sliceable) and keeps whatever was
 * delivered; the next ensemble starts new ones.
 *
 * The page has one pool, shared by the comparison and the sweep views (two pools would put two
 * workers on each core): one ensemble at a time, and `user` says whose is running.
 */
import * as Comlink from "comlink";
import type { EnsembleRun, EnsembleTask, SimulationApi } from "../../../workers/protocol";
import { poolPlan } from "./poolPlan";

/** Target time per batch: long enough to amortise messaging, short enough for smooth progress. */
const BATCH_MS = 150;
const MAX_BATCH = 256;
/** More workers than this rarely helps a page (memory, the main thread has to draw too). */
export const MAX_POOL_SIZE = 16;

export type PoolOutcome = { kind: "done" } | { kind: "cancelled" } | { kind: "failed"; error: Error };

/** One worker per logical core, at most MAX_POOL_SIZE. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== "undefined" ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(MAX_POOL_SIZE, cores || 4));
}

interface Handle {
  worker: Worker;
  api: Comlink.Remote<SimulationApi>;
  died: Promise<never>;
}

const STOPPED = Symbol("stopped");

export class WorkerPool {
  private handles: Handle[] = [];
  private nextEnsemble = 0;
  private stop: (() => void) | null = null;

  constructor(private size = defaultPoolSize()) {}

  get poolSize(): number {
    return this.size;
  }

  /** Changes the number of workers from the next ensemble on. */
  setSize(size: number): void {
    if (!(Number.isInteger(size) && size >= 1 && size <= MAX_POOL_SIZE)) throw new RangeError(`invalid pool size: ${size} (expected 1 to ${MAX_POOL_SIZE})`);
    if (size !== this.size) this.terminate();
    this.size = size;
  }

  get busy(): boolean {
    return this.stop !== null;
  }

  /** Who the ensemble in flight is for (the `user` given to run), null when idle. */
  get runningFor(): string | null {
    return this.stop !== null ? this.user : null;
  }

  private user = "";

  /** Why the last ensemble ran on fewer workers than the pool has (memory, cores), or null. */
  memoryNote: string | null = null;

  /** The note, as a sentence to append to a status line ("" when there is none). */
  get memoryNotice(): string {
    return this.memoryNote ? ` Memory: ${this.memoryNote.replace(/^memory: /, "")}.` : "";
  }

  /** How many workers the last ensemble ran on. */
  workersUsed = 0;

  /** Test hook: every worker of the pool dies at once (an uncaught error), as a crash would. */
  failWorkers(): void {
    for (const handle of this.handles) void handle.api.fail("die");
  }

  /**
   * Runs every task of the ensemble whose variants are `scenarios` (validated scenario JSON);
   * `onRuns` gets each batch's tasks and results as they arrive. Resolves with the outcome;
   * never rejects.
   */
  async run(scenarios: unknown[], tasks: readonly EnsembleTask[], onRuns: (tasks: readonly EnsembleTask[], runs: EnsembleRun[]) => void, user = ""): Promise<PoolOutcome> {
    if (this.stop) throw new Error("the pool is already running an ensemble");
    this.user = user;
    const id = ++this.nextEnsemble;
    let stopped = false;
    let cancelledByUser = false;
    const halt = new Promise<typeof STOPPED>((resolve) => {
      this.stop = () => {
        stopped = true;
        resolve(STOPPED);
      };
    });
    const cancel = this.stop!;
    this.cancelRun = () => {
      cancelledByUser = true;
      cancel();
    };
    let next = 0;
    try {
      // Memory planned for the whole ensemble: fewer workers where all of them would not fit (memoryNote says why).
      const plan = poolPlan(scenarios, this.size, tasks.length);
      this.memoryNote = plan.note;
      this.workersUsed = Math.min(plan.workers, Math.max(1, tasks.length));
      while (this.handles.length < Math.min(plan.workers, Math.max(1, tasks.length))) this.handles.push(spawn(this.handles.length));
      const handles = this.handles.slice(0, plan.workers);
      const work = async (handle: Handle) => {
        const prepared = await Promise.race([handle.api.prepareEnsemble(id, scenarios), handle.died, halt]);
        if (prepared === STOPPED) return;
        let size = 1;
        while (!stopped && next < tasks.length) {
          const batch = tasks.slice(next, batchEnd(tasks, next, size));
          next += batch.length;
          const output = await Promise.race([handle.api.runBatch(id, batch), handle.died, halt]);
          if (output === STOPPED) return;
          onRuns(batch, output.runs);
          size = nextBatchSize(size, output.elapsedMs);
        }
      };
      await Promise.all(handles.map(work));
      return cancelledByUser ? { kind: "cancelled" } : { kind: "done" };
    } catch (error) {
      if (cancelledByUser) return { kind: "cancelled" };
      cancel();
      this.terminate(); // a worker failed or died: start clean next time
      return { kind: "failed", error: error instanceof Error ? error : new Error(String(error)) };
    } finally {
      if (stopped) this.terminate();
      this.stop = null;
      this.cancelRun = () => {};
    }
  }

  /** Stops the ensemble in flight; what has arrived stays delivered. */
  cancel(): void {
    this.cancelRun();
  }

  dispose(): void {
    this.cancelRun();
    this.terminate();
  }

  private cancelRun: () => void = () => {};

  private terminate(): void {
    for (const handle of this.handles) handle.worker.terminate();
    this.handles = [];
  }
}

/** The next batch's size: about BATCH_MS of work at the pace the last batch of `size` tasks took `elapsedMs`. */
export function nextBatchSize(size: number, elapsedMs: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.round((size * BATCH_MS) / Math.max(1, elapsedMs))));
}

/** The end of the batch starting at `start`: `size` tasks, and those after them that share the last one's seed. */
export function batchEnd(tasks: readonly EnsembleTask[], start: number, size: number): number {
  let end = Math.min(tasks.length, start + size);
  while (end < tasks.length && tasks[end].seed === tasks[end - 1].seed) end++;
  return end;
}

function spawn(k: number): Handle {
  const worker = new Worker(new URL("../../../workers/simulationWorker.ts", import.meta.url), { type: "module", name: `ensemble-${k + 1}` });
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      reject(new Error(`an ensemble worker stopped: ${event.message || "unknown error"}`));
    });
    worker.addEventListener("messageerror", () => reject(new Error("an ensemble worker sent a message that could not be read")));
  });
  died.catch(() => undefined);
  return { worker, api: Comlink.wrap<SimulationApi>(worker), died };
}
