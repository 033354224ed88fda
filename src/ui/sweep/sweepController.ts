/**
 * What the sweep view does: reads the form into a sweep, runs its cells on the page's pool of
 * workers (one ensemble at a time: the comparison may be running on it instead), collects the
 * cells as their runs come in, and reports progress and the outcome.
 */
import { parameterAt } from "../../scenario/index";
import { issueLines } from "../messageArea";
import { cellScenario, sweepTasks } from "../../batch/sweepTasks";
import { cellValues, type SweepSpec } from "../../sweep/sweepSpec";
import type { SweepForm, AxisScale } from "./sweepForm";
import { SweepResults } from "./sweepResults";
import { mark } from "../testHooks";
import { poolFreeFor } from "../workers/poolBusyNotice";
import { poolWork, type JobController, type JobControllerOptions } from "./jobController";
import { firstInvalidScenario } from "./firstInvalidScenario";
import { jobDoneLine, runPoolJob, type PoolJob } from "./poolJob";

const POOL_USER = "sweep";

/** The sweep on screen (or running). */
export interface ShownSweep {
  spec: SweepSpec;
  /** The sweep file's object it was read from (what `defection sweep` would run). */
  input: object;
  scales: AxisScale[];
  results: SweepResults;
  labels: string[];
}

export type SweepControllerOptions = JobControllerOptions<SweepForm>;

export interface SweepController extends JobController {
  readonly sweep: ShownSweep | null;
}

/** A parameter's label on an axis (with its path where the label alone is ambiguous, e.g. a window). */
export function axisLabel(path: string): string {
  const parameter = parameterAt(path)!;
  return /\.\d+\./.test(path) ? `${parameter.label} (${path})` : parameter.label;
}

export function sweepController(options: SweepControllerOptions): SweepController {
  const { pool, form, messages, progress } = options;
  const { running, cancel } = poolWork(pool, POOL_USER);
  let sweep: ShownSweep | null = null;

  async function run(): Promise<void> {
    if (running()) return;
    if (!poolFreeFor(pool, messages, "the sweep")) return;
    const { scenario, label } = options.current();
    form.show(scenario);
    const read = form.read(scenario, `${label} sweep`);
    if (!read) {
      progress.finished("Not run: fix the sweep's settings above.");
      return;
    }
    const { spec, input, scales } = read;
    // Every cell is checked before anything runs (the form checks the axes only).
    const scenarios = Array.from({ length: spec.cells }, (_, c) => cellScenario(spec, c));
    const invalid = firstInvalidScenario(scenarios);
    if (invalid) {
      const values = cellValues(spec, invalid.index).map((value, k) => `${axisLabel(spec.axes[k].path)} = ${value}`).join(", ");
      messages.show("error", `Cell ${invalid.index + 1} of the sweep (${values}) is not a valid scenario, so nothing was run:`, issueLines(invalid.issues));
      progress.finished("Not run: fix the sweep's settings above.");
      return;
    }
    const results = new SweepResults(spec);
    sweep = { spec, input, scales, results, labels: spec.axes.map((a) => axisLabel(a.path)) };
    options.clearDraw();
    const job: PoolJob = {
      pool,
      user: POOL_USER,
      scenarios,
      tasks: sweepTasks(spec),
      items: spec.cells,
      runsPerItem: spec.runs,
      progress,
      stateHook: "sweepState",
      add: (cell, run, summary) => results.add(cell, run, summary),
      itemsDone: () => results.cellsDone,
      current: () => sweep?.results === results,
      requestDraw: () => options.requestDraw(),
      render: () => options.render(),
    };
    const end = await runPoolJob(job);
    if (!end) return;
    const { result, seconds } = end;
    options.flushDraw();
    const done = results.cellsDone;
    switch (result.kind) {
      case "done":
        progress.finished(jobDoneLine(job, "cells", seconds));
        break;
      case "cancelled":
        progress.finished(`Cancelled after ${seconds} s: ${done} of ${spec.cells} cells done; the chart and the grid CSV hold those.`);
        break;
      case "failed":
        progress.finished(`The sweep failed after ${done} of ${spec.cells} cells.`);
        messages.show("error", "The sweep stopped with an error; the finished cells are kept.", [result.error.message]);
        break;
    }
    mark("sweepState", result.kind);
  }

  return {
    get sweep() {
      return sweep;
    },
    running,
    run,
    cancel,
  };
}
