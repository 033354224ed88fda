/**
 * The page <-> simulation worker surface (wrapped with comlink). Types only: the worker receives a
 * scenario as plain JSON, validates it again at its own boundary, runs the model in slices of days
 * and returns the run with its typed arrays transferred, not copied.
 */
import type { ModelParams } from "../src/model/params";
import type { RunSeries, RunSummary } from "../src/model/result";
import type { CalibrationResult } from "../src/calibration/calibrate";
import type { TippingPoint } from "../src/sweep/tippingPoint";

/** Progress of the run in flight: days simulated out of `days` (0 while the army is built). */
export interface RunProgress {
  runId: number;
  day: number;
  days: number;
  phase: "building" | "simulating";
}

/** One finished run: what the charts, the summary and the CSV exports need. */
export interface RunOutput {
  runId: number;
  params: ModelParams;
  series: RunSeries;
  summary: RunSummary;
  fate: Int32Array;
  thresholds: Float64Array;
  /** Milliseconds the worker spent on the run. */
  elapsedMs: number;
  /** Where they went: validating and building (soldiers drawn or reused, kernel built), stepping the days (yields included), packing the result. */
  phases: { setupMs: number; stepMs: number; resultMs: number };
}

/** One run of an ensemble: which variant (index into the scenarios of prepareEnsemble), which run, its seed. */
export interface EnsembleTask {
  variant: number;
  run: number;
  seed: number;
}

/** What an ensemble keeps of a run: its series (for bands and the CSV) and its summary. */
export interface EnsembleRun {
  series: RunSeries;
  summary: RunSummary;
}

/** The runs of one batch, in the order of its tasks. */
export interface BatchOutput {
  runs: EnsembleRun[];
  /** Milliseconds the worker spent on the batch. */
  elapsedMs: number;
}

/** The error name of a run given up because a newer run (or a cancel) superseded it. */
export const CANCELLED = "RunCancelled";

export interface SimulationApi {
  /**
   * Runs `scenario` (a scenario file's JSON, as the page or the CLI accept) with its own seed.
   * A later `run` or `cancel` makes this one reject with an Error named CANCELLED. After a run on
   * new soldiers the worker warms up and draws their opportunity days ahead while idle
   * (`settled`), unless `workWhileIdle` is false (a background check whose runs no slider follows).
   */
  run(scenario: unknown, runId: number, onProgress: (progress: RunProgress) => void, workWhileIdle?: boolean): Promise<RunOutput>;
  /**
   * Validates the scenarios of an ensemble (scenario files' JSON, one per variant) and keeps their
   * model inputs under `ensembleId` for the runBatch calls that follow (replacing any earlier one).
   */
  prepareEnsemble(ensembleId: number, scenarios: unknown[]): void;
  /** Runs `tasks` of the prepared ensemble, one after the other; series buffers are transferred. */
  runBatch(ensembleId: number, tasks: EnsembleTask[]): Promise<BatchOutput>;
  /**
   * Fits `fit` (one or two parameter paths) of `scenario` (a scenario file's JSON) so that ensemble
   * means of `runs` runs from `seed` meet `targets` (target texts, e.g. "defected@day=31:0.1"),
   * searching `ranges` (the registry's range by default). Synchronous inside the worker: it is
   * cancelled by terminating the worker. `onEnsemble` is told how many ensembles have been run.
   * Impossible requests reject with an Error named InputError whose message lists the issues.
   */
  calibrate(
    scenario: unknown,
    fit: string[],
    targets: string[],
    runs: number,
    seed: number,
    ranges: Record<string, [number, number]>,
    onEnsemble: (count: number) => void,
  ): Promise<CalibrationResult>;
  /**
   * The value of `path` within `range` at which the cascade probability of `scenario` (a scenario
   * file's JSON) crosses `level`, as `defection tipping` finds it: bisection on ensembles of `runs`
   * runs from `seed`. Synchronous inside the worker: it is cancelled by terminating the worker.
   * A range where the probability does not cross the level rejects with an Error named InputError.
   */
  tippingPoint(scenario: unknown, path: string, range: [number, number], level: number, runs: number, seed: number): Promise<TippingPoint>;
  /**
   * Resolves once the work the worker does while idle after a run (warming its code, drawing the
   * soldiers' opportunity days ahead) is done or stopped by a newer run or a cancel: the page's
   * start-up is over (scripts/measure-latency.ts waits for it before its first move).
   */
  settled(): Promise<void>;
  /** Gives up every run with id <= runId. */
  cancel(runId: number): void;
  /** Test hook: "throw" makes the next run throw; "die" raises an uncaught error (worker onerror). */
  fail(kind: "throw" | "die"): void;
}
