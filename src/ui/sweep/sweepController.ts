/**
 * What the sweep view does: reads the form into a sweep, runs its cells on the page's pool of
 * workers (one ensemble at a time: the comparison may be running on it instead), collects the
 * cells as their runs come in, and reports progress and the outcome.
 */
import { InputError, parameterAt, scenarioFromObject, type ScenarioFile } from "../../scenario/index";
import { issueLines, type MessageArea } from "../messageArea";
import type { WorkerPool } from "../workers/workerPool";
import { cellScenario, sweepTasks } from "../../batch/sweepTasks";
import { cellValues, type SweepSpec } from "../../sweep/sweepSpec";
import type { SweepForm, AxisScale } from "./sweepForm";
import { SweepResults } from "./sweepResults";
import type { SweepProgress } from "./sweepProgress";
import { mark } from "../testHooks";
import { poolFreeFor } from "../workers/poolBusyNotice";

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

export interface SweepControllerOptions {
  pool: WorkerPool;
  form: SweepForm;
  messages: MessageArea;
  progress: SweepProgress;
  current(): { scenario: ScenarioFile; label: string };
  render(): void;
  /** Asks for a (throttled) redraw; `flushDraw` draws what is pending at once. */
  requestDraw(): void;
  flushDraw(): void;
  clearDraw(): void;
}

export interface SweepController {
  readonly sweep: ShownSweep | null;
  running(): boolean;
  run(): Promise<void>;
  cancel(): void;
}

/** A parameter's label on an axis (with its path where the label alone is ambiguous, e.g. a window). */
export function axisLabel(path: string): string {
  const parameter = parameterAt(path)!;
  return /\.\d+\./.test(path) ? `${parameter.label} (${path})` : parameter.label;
}

export function sweepController(options: SweepControllerOptions): SweepController {
  const { pool, form, messages, progress } = options;
  const ours = () => pool.runningFor === POOL_USER;
  let sweep: ShownSweep | null = null;

  async function run(): Promise<void> {
    if (ours()) return;
    if (!poolFreeFor(pool, messages, "the sweep")) return;
    const { scenario, label } = options.current();
    form.show(scenario);
    const read = form.read(scenario, `${label} sweep`);
    if (!read) {
      progress.finished("Not run: fix the sweep's settings above.");
      return;
    }
    const { spec, input, scales } = read;
    // Every cell is checked before anything runs (the form checks the axes only): a value in range
    // may still make no valid scenario in one cell, which would otherwise fail inside a worker.
    const scenarios = Array.from({ length: spec.cells }, (_, c) => cellScenario(spec, c));
    for (let c = 0; c < spec.cells; c++) {
      try {
        scenarioFromObject(scenarios[c]);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const values = cellValues(spec, c).map((value, k) => `${axisLabel(spec.axes[k].path)} = ${value}`).join(", ");
        messages.show("error", `Cell ${c + 1} of the sweep (${values}) is not a valid scenario, so nothing was run:`, issueLines(error.issues));
        progress.finished("Not run: fix the sweep's settings above.");
        return;
      }
    }
    const results = new SweepResults(spec);
    sweep = { spec, input, scales, results, labels: spec.axes.map((a) => axisLabel(a.path)) };
    options.clearDraw();
    const tasks = sweepTasks(spec);
    const workers = Math.min(pool.poolSize, tasks.length);
    progress.started(spec.cells, spec.runs, workers);
    mark("sweepState", "running");
    const started = performance.now();
    let runsDone = 0;
    const outcome = pool.run(
      scenarios,
      tasks,
      (batch, runs) => {
        if (sweep?.results !== results) return;
        let completed = false;
        batch.forEach((task, k) => (completed = results.add(task.variant, task.run, runs[k].summary) || completed));
        runsDone += batch.length;
        progress.update(results.cellsDone, runsDone);
        if (completed) options.requestDraw();
      },
      POOL_USER,
    );
    options.render();
    const result = await outcome;
    if (sweep?.results !== results) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    options.flushDraw();
    const done = results.cellsDone;
    switch (result.kind) {
      case "done":
        progress.finished(`${spec.cells.toLocaleString("en-US")} cells × ${spec.runs} runs in ${seconds} s on ${pool.workersUsed} worker${pool.workersUsed === 1 ? "" : "s"}.${pool.memoryNotice}`);
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
    running: ours,
    run,
    cancel() {
      if (ours()) pool.cancel();
    },
  };
}
