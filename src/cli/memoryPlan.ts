/**
 * Memory planned for the whole job, before it starts: a run's estimate (from the sizes measured in
 * the README's "Limits and safety": bytes per soldier by model, ties, the daily series, and what
 * its model inputs take once more in each thread) times the worker threads that run at once. The
 * thread count is capped at the cores, and reduced, with a message, until the job fits in the
 * memory this machine (or its container) has; a job whose single run does not fit is refused.
 */
import { availableParallelism, totalmem } from "node:os";
import { capacityOf, type ModelParams } from "../model";
import { InputError } from "../scenario";

/** Bytes per soldier, measured at 10 million soldiers (README): army-wide, with units, with a network. */
const PER_SOLDIER = { global: 63, unit: 78, network: 113 };
/** A worker thread's own engine (its isolate and the model's code), before any run. */
export const THREAD_BYTES = 48 * 1024 * 1024;
/** What the job may take of the machine's memory: the rest is the system's and the main thread's. */
const SHARE = 0.75;

export const MEMORY_ENV = "DEFECTION_MEMORY_BYTES";

export interface WorkerPlan {
  workers: number;
  /** Why fewer workers than asked (or than cores), for standard error; null if none. */
  note: string | null;
}

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(bytes < 1e9 ? 2 : 1)} GB`;

/** The memory one run of `params` takes while it runs, inputs included. */
export function estimateRunBytes(params: ModelParams): number {
  const soldiers = capacityOf(params);
  const scope = params.observation.scope;
  const usesNetwork = scope === "network" || (scope === "mix" && params.observation.local === "network");
  const perSoldier = usesNetwork ? PER_SOLDIER.network : scope === "global" ? PER_SOLDIER.global : PER_SOLDIER.unit;
  // Ties given as a list: the list itself, and about as much again while the network is built.
  const listedTies = params.network.kind === "edges" && usesNetwork ? params.network.edges.length * 4 * 3 : 0;
  const listedThresholds = [params.thresholds, ...params.subgroups.map((g) => g.thresholds)].reduce((n, t) => n + (t.kind === "list" ? t.values.length * 8 : 0), 0);
  // The daily series: a dozen columns of 8 bytes per day, twice (the run's and the message's copy).
  const series = (params.days + 1) * 12 * 8 * 2;
  return soldiers * perSoldier + listedTies + listedThresholds + series;
}

/** The memory a job may use: DEFECTION_MEMORY_BYTES if set, else a share of the machine's (or container's). */
export function memoryBudget(env: NodeJS.ProcessEnv = process.env): number {
  const forced = Number(env[MEMORY_ENV]);
  if (env[MEMORY_ENV] !== undefined && forced > 0) return forced;
  const constrained = typeof process.constrainedMemory === "function" ? process.constrainedMemory() : 0;
  const machine = constrained && constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
  return machine * SHARE;
}

/**
 * How many worker threads to use for runs of `runBytes` each (the largest of the job's variants):
 * the threads asked for (all cores by default), at most the cores, and as many as fit in `budget`.
 */
export function planWorkers(asked: number | undefined, runBytes: number, tasks: number, options: { cores?: number; budget?: number } = {}): WorkerPlan {
  const cores = options.cores ?? availableParallelism();
  const budget = options.budget ?? memoryBudget();
  const notes: string[] = [];
  let workers = asked ?? cores;
  if (workers > cores) {
    notes.push(`--workers ${workers} is more than the ${cores} cores; using ${cores}`);
    workers = cores;
  }
  workers = Math.max(1, Math.min(workers, tasks));
  const perThread = runBytes + THREAD_BYTES;
  if (perThread > budget)
    throw new InputError(
      [{ path: "", message: `one run needs about ${gb(perThread)}, more than the ${gb(budget)} this machine can give the job; use a smaller army or fewer ties` }],
      "not enough memory",
    );
  const fit = Math.floor(budget / perThread);
  if (workers > fit) {
    notes.push(`each run needs about ${gb(perThread)}, so ${workers} at once would need ${gb(workers * perThread)} of the ${gb(budget)} available; using ${fit} worker thread${fit === 1 ? "" : "s"}`);
    workers = fit;
  }
  return { workers, note: notes.length ? `memory: ${notes.join("; ")}\n` : null };
}
