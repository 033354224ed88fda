/**
 * Memory planned for a whole job, before it starts, for the command line and the page alike: a
 * run's estimate (from the sizes measured in the README's "Limits and safety": bytes per soldier
 * by model, listed ties and thresholds, the daily series) plus a worker's own engine, times the
 * workers that run at once. The worker count is capped at the cores and reduced, with a note,
 * until the job fits the memory budget; a job whose single run does not fit is refused.
 */
import { capacityOf } from "../model/population";
import type { ModelParams } from "../model/params";
import { InputError } from "../scenario/issues";

/** Bytes per soldier, measured at 10 million soldiers (README): army-wide, with units, with a network. */
const PER_SOLDIER = { global: 63, unit: 78, network: 113 };
/** A worker's own engine (its isolate and the model's code), before any run. */
export const WORKER_BYTES = 48 * 1024 * 1024;

export interface WorkerPlan {
  workers: number;
  /** Why fewer workers than asked (or than cores), to show the user; null if none. */
  note: string | null;
}

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(bytes < 1e9 ? 2 : 1)} GB`;

/** The memory one run of `params` takes while it runs, its inputs included. */
export function estimateRunBytes(params: ModelParams): number {
  const soldiers = capacityOf(params);
  const scope = params.observation.scope;
  const usesNetwork = scope === "network" || (scope === "mix" && params.observation.local === "network");
  const perSoldier = usesNetwork ? PER_SOLDIER.network : scope === "global" ? PER_SOLDIER.global : PER_SOLDIER.unit;
  // Ties given as a list: the list itself, and about twice as much again while the network is built.
  const listedTies = params.network.kind === "edges" && usesNetwork ? params.network.edges.length * 4 * 3 : 0;
  const listedThresholds = [params.thresholds, ...params.subgroups.map((g) => g.thresholds)].reduce((n, t) => n + (t.kind === "list" ? t.values.length * 8 : 0), 0);
  // The daily series: a dozen columns of 8 bytes per day, twice (the run's and the message's copy).
  const series = (params.days + 1) * 12 * 8 * 2;
  return soldiers * perSoldier + listedTies + listedThresholds + series;
}

/**
 * How many workers to use for `tasks` runs of `runBytes` each (the largest of the job's): those
 * asked for (all cores by default), at most the cores, and only as many as fit in `budget` bytes.
 * `where` names the memory in messages ("this machine", "a browser tab").
 */
export function planWorkers(request: { asked?: number; runBytes: number; tasks: number; cores: number; budget: number; where: string; askedName?: string }): WorkerPlan {
  const { runBytes, tasks, cores, budget, where } = request;
  const notes: string[] = [];
  let workers = request.asked ?? cores;
  if (workers > cores) {
    notes.push(`${request.askedName ?? "asked for"} ${workers} is more than the ${cores} cores; using ${cores}`);
    workers = cores;
  }
  workers = Math.max(1, Math.min(workers, tasks));
  const perWorker = runBytes + WORKER_BYTES;
  if (perWorker > budget)
    throw new InputError([{ path: "", message: `one run needs about ${gb(perWorker)}, more than the ${gb(budget)} ${where} can give the job; use a smaller army or fewer ties` }], "not enough memory");
  const fit = Math.floor(budget / perWorker);
  if (workers > fit) {
    notes.push(`each run needs about ${gb(perWorker)}, so ${workers} at once would need ${gb(workers * perWorker)} of the ${gb(budget)} ${where} can give; using ${fit} worker${fit === 1 ? "" : "s"}`);
    workers = fit;
  }
  return { workers, note: notes.length ? `memory: ${notes.join("; ")}` : null };
}

/**
 * The page's budget for a job: half the device's memory as the browser reports it (Chrome rounds
 * navigator.deviceMemory to at most 8 GB; 4 GB where it says nothing), and never more than 4 GB,
 * what one tab's workers can count on.
 */
export function tabBudget(deviceMemoryGb: number | undefined): number {
  const device = (deviceMemoryGb && deviceMemoryGb > 0 ? deviceMemoryGb : 4) * 1e9;
  return Math.min(device / 2, 4e9);
}
