/**
 * What the sensitivity view does: reads the form into a spec, checks every sample point's scenario
 * (a point where, say, an offer would open after it closes is named before anything runs), runs
 * the points on the page's pool of workers (one job at a time: the comparison or the sweep may be
 * on it instead), collects the points as their runs come in, and reports progress and the outcome.
 * Runs go point by point, so a cancel keeps whole points, and whole trajectories or base rows
 * give indices.
 */
import { pointValues, sensitivityDesign } from "../../sensitivity/sensitivityDesign";
import { sensitivityHash } from "../../sensitivity/sensitivityHash";
import { pointRunSeed, pointScenario } from "../../sensitivity/pointParams";
import type { SensitivitySpec } from "../../sensitivity/sensitivitySpec";
import { poolFreeFor } from "../workers/poolBusyNotice";
import { poolWork, type JobController, type JobControllerOptions } from "../sweep/jobController";
import { firstInvalidScenario } from "../sweep/firstInvalidScenario";
import { jobDoneLine, runPoolJob, type PoolJob } from "../sweep/poolJob";
import type { SensitivityForm } from "./sensitivityForm";
import { SensitivityResults } from "./sensitivityResults";
import { mark } from "../testHooks";
import { issueLines } from "../messageArea";
import { version } from "../../../package.json";

const POOL_USER = "sensitivity";

/** The analysis on screen (or running). */
export interface ShownAnalysis {
  spec: SensitivitySpec;
  /** The spec file's object it was read from (what `defection sensitivity` would run). */
  input: object;
  results: SensitivityResults;
  /** How the run ended: null while running. */
  outcome: "done" | "cancelled" | "failed" | null;
}

export type SensitivityControllerOptions = JobControllerOptions<SensitivityForm>;

export interface SensitivityController extends JobController {
  readonly analysis: ShownAnalysis | null;
}

export function sensitivityController(options: SensitivityControllerOptions): SensitivityController {
  const { pool, form, messages, progress } = options;
  const { running, cancel } = poolWork(pool, POOL_USER);
  let analysis: ShownAnalysis | null = null;

  async function run(): Promise<void> {
    if (running()) return;
    if (!poolFreeFor(pool, messages, "the analysis")) return;
    const { scenario, label } = options.current();
    form.show(scenario);
    const read = form.read(scenario, `${label} levers`);
    if (!read) {
      progress.finished("Not run: fix the settings above.");
      return;
    }
    const { spec, input } = read;
    const design = sensitivityDesign(spec);
    const scenarios = Array.from({ length: spec.points }, (_, p) => pointScenario(spec, design, p));
    const invalid = firstInvalidScenario(scenarios);
    if (invalid) {
      const at = pointValues(spec, design, invalid.index).map((v, i) => `${spec.inputs[i].path} = ${v}`);
      progress.finished("Not run: a sample point makes no valid scenario.");
      messages.show("error", `Sample point ${invalid.index} (${at.join(", ")}) is not a valid scenario; narrow the ranges:`, issueLines(invalid.issues));
      return;
    }
    const results = new SensitivityResults(spec, design, sensitivityHash(spec, version));
    const shown: ShownAnalysis = { spec, input, results, outcome: null };
    analysis = shown;
    options.clearDraw();
    const job: PoolJob = {
      pool,
      user: POOL_USER,
      scenarios,
      tasks: Array.from({ length: spec.points * spec.runs }, (_, k) => ({ variant: Math.floor(k / spec.runs), run: k % spec.runs, seed: pointRunSeed(spec, k % spec.runs) })),
      items: spec.points,
      runsPerItem: spec.runs,
      progress,
      stateHook: "leversState",
      add: (point, run, summary) => results.add(point, run, summary),
      itemsDone: () => results.pointsDone,
      current: () => analysis === shown,
      requestDraw: () => options.requestDraw(),
      render: () => options.render(),
    };
    const end = await runPoolJob(job);
    if (!end) return;
    const { result, seconds, started } = end;
    shown.outcome = result.kind;
    options.flushDraw();
    const done = results.pointsDone;
    const units = spec.method === "morris" ? "trajectories" : "base rows";
    switch (result.kind) {
      case "done":
        progress.finished(jobDoneLine(job, "points", seconds));
        break;
      case "cancelled": {
        const partial = results.result();
        progress.finished(
          `Cancelled after ${seconds} s: ${done} of ${spec.points} points done, ${partial.units} of ${partial.totalUnits} ${units} complete; ${partial.analyses ? "the indices are from those" : "at least 2 are needed for indices"}, and the points CSV holds every finished point.`,
        );
        break;
      }
      case "failed":
        progress.finished(`The analysis failed after ${done} of ${spec.points} points.`);
        messages.show("error", "The analysis stopped with an error; the finished points are kept.", [result.error.message]);
        break;
    }
    mark("leversElapsedMs", Math.round(performance.now() - started));
    mark("leversState", result.kind);
    options.render();
  }

  return {
    get analysis() {
      return analysis;
    },
    running,
    run,
    cancel,
  };
}
