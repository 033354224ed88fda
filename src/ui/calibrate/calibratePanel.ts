/**
 * "Calibrate to history": for a scenario with targets (numbers history recorded), either
 * - the quick fit: one or two of the controls' parameters so that the ensemble mean meets the
 *   chosen targets, as `defection calibrate` does, in a worker of its own; or
 * - the posterior: ABC-SMC over several parameters at once (src/batch/abcJob.ts, as
 *   `defection calibrate --method abc` runs it), its simulations on the page's shared pool of
 *   workers (workers/poolParticleRunner.ts), so it gives the command line's numbers;
 * both with progress and Cancel. The form is calibrateForm.ts, the results calibrationResult.ts
 * and posteriorResult.ts; this runs the calibration and reports it.
 */
import type { ScenarioFile } from "../../scenario/index";
import type { AppStore } from "../state/appState";
import { runAbcJob } from "../../batch/abcJob";
import { CalibrationRunner } from "../workers/calibrationRunner";
import type { WorkerPool } from "../workers/workerPool";
import type { PosteriorDraws } from "../../ensemble/comparisonFile";
import { CALIBRATION_CANCELLED, poolParticleRunner } from "../workers/poolParticleRunner";
import { appendElement as el } from "../appendElement";
import { mark } from "../testHooks";
import { calibrateForm, type PageAbcJob } from "./calibrateForm";
import { calibrationErrorLines, renderCalibrationResult } from "./calibrationResult";
import { renderPosterior } from "./posteriorResult";
import { redrawOnWidthChange } from "../chartFigure";

export interface CalibratePanel {
  /** Shows the panel for `scenario` (hidden when it has no targets), offering `paths` to fit. */
  show(scenario: ScenarioFile, paths: readonly string[]): void;
  /** Stops a calibration in flight and clears its result (the scenario was replaced). */
  cancel(): void;
}

export interface CalibratePanelOptions {
  /** Sets the fitted values on the controls. */
  apply(values: [path: string, value: number][]): void;
  /** The page's shared pool of workers (ABC runs its simulations there). */
  pool: WorkerPool;
  /** Downloads start with this name. */
  fileStem(): string;
  /** Where the posterior's charts go (beside the run, where they have room). */
  chartsRoot: HTMLElement;
  /** "Use the posterior": compare variants over these draws. */
  usePosterior(posterior: PosteriorDraws): void;
}

/** Who the pool is running for while ABC runs (workerPool.ts's `user`). */
export const CALIBRATION_POOL_USER = "calibration";

/** A rough number of ensembles a search takes, for the progress bar (it grows if passed). */
const EXPECTED_ENSEMBLES = { bisection: 30, simplex: 90 };

export function calibratePanel(root: HTMLDetailsElement, store: AppStore, options: CalibratePanelOptions): CalibratePanel {
  const form = calibrateForm(root, store);
  const status = el(root, "div", { class: "run-status cal-status" });
  const start = el(status, "button", { type: "button", id: "cal-start", class: "primary" }, "Calibrate");
  const cancel = el(status, "button", { type: "button", id: "cal-cancel" }, "Cancel");
  const bar = el(status, "progress", { id: "cal-progress", "aria-label": "Calibration progress (ensembles run)", max: "1" });
  const statusText = el(status, "span", { class: "status-text", id: "cal-status", role: "status" });
  const error = el(root, "div", { class: "field-error cal-error", id: "cal-error", role: "alert" });
  const resultBox = el(root, "div", { class: "cal-result", id: "cal-result" });

  const runner = new CalibrationRunner();
  let scenario: ScenarioFile | null = null;
  const setBusy = (busy: boolean) => {
    start.disabled = busy;
    cancel.disabled = !busy;
    bar.hidden = !busy;
  };
  const showError = (lines: string[]) => {
    error.replaceChildren();
    for (const line of lines) el(error, "p", {}, line);
    error.hidden = lines.length === 0;
  };
  setBusy(false);
  mark("calibrateState", "idle");
  showError([]);

  async function calibrate(): Promise<void> {
    const request = form.read(scenario);
    if (Array.isArray(request)) {
      showError(request);
      return;
    }
    showError([]);
    if (request.method === "abc") return calibrateAbc(request.job, scenario!);
    resultBox.replaceChildren();
    const job = request.job;
    const expected = job.fit.length === 1 && job.targets.length === 1 ? EXPECTED_ENSEMBLES.bisection : EXPECTED_ENSEMBLES.simplex;
    bar.max = expected;
    bar.value = 0;
    statusText.textContent = `Calibrating with ensembles of ${job.runs} runs…`;
    setBusy(true);
    mark("calibrateState", "running");
    const started = performance.now();
    const outcome = await runner.run(job, (count) => {
      bar.max = Math.max(bar.max, count + 1);
      bar.value = count;
      statusText.textContent = `${count} ensemble${count === 1 ? "" : "s"} of ${job.runs} runs done…`;
    });
    setBusy(false);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    switch (outcome.kind) {
      case "done":
        statusText.textContent = `Fitted by ${outcome.result.method} over ${outcome.result.ensembles} ensembles of ${job.runs} runs (seeds ${job.seed} to ${job.seed + job.runs - 1}) in ${seconds} s.`;
        renderCalibrationResult(resultBox, outcome.result, scenario!, options.apply);
        break;
      case "cancelled":
        statusText.textContent = `Calibration cancelled after ${seconds} s; nothing was changed.`;
        break;
      case "failed":
        statusText.textContent = "Calibration not possible with these inputs:";
        showError(calibrationErrorLines(outcome.error));
        break;
    }
    mark("calibrateState", outcome.kind);
  }

  /** ABC-SMC on the shared pool: progress by generation, Cancel stops the pool's ensemble. */
  async function calibrateAbc(job: PageAbcJob, shown: ScenarioFile): Promise<void> {
    const { pool } = options;
    if (pool.busy) {
      statusText.textContent = `The workers are running the ${pool.runningFor}: cancel it, or calibrate when it is done.`;
      return;
    }
    resultBox.replaceChildren();
    options.chartsRoot.hidden = true;
    options.chartsRoot.replaceChildren();
    const perGeneration = job.particles * job.runs;
    let generation = 0;
    let runsInGeneration = 0;
    let doneGenerations = "";
    const show = () => {
      bar.max = perGeneration;
      bar.value = Math.min(perGeneration, runsInGeneration);
      statusText.textContent = `${doneGenerations}Generation ${generation}: ${runsInGeneration.toLocaleString("en-US")} runs…`;
    };
    bar.max = perGeneration;
    bar.value = 0;
    setBusy(true);
    abcRunning = true;
    mark("calibrateState", "running");
    const started = performance.now();
    const runner = poolParticleRunner(pool, job.scenario, job.paths, CALIBRATION_POOL_USER);
    try {
      const outcome = await runAbcJob(job, runner, {
        onBatch(g, runs) {
          generation = g;
          runsInGeneration = runs;
          show();
        },
        onPopulation(state) {
          const last = state.populations.at(-1);
          if (last) doneGenerations = `${state.populations.length} generation${state.populations.length === 1 ? "" : "s"} done (tolerance ${last.tolerance === null ? "none" : last.tolerance.toPrecision(3)}). `;
          if (state.stopped) statusText.textContent = `${doneGenerations}Drawing the predictive band (${job.draws} runs)…`;
        },
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      statusText.textContent = `Posterior from ${outcome.state.populations.length} generations in ${seconds} s on ${pool.workersUsed} worker${pool.workersUsed === 1 ? "" : "s"}.`;
      redrawCharts = renderPosterior(resultBox, options.chartsRoot, outcome, job, shown, { apply: options.apply, fileStem: options.fileStem, usePosterior: options.usePosterior });
      mark("calibrateState", "done");
    } catch (error) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if ((error as Error).name === CALIBRATION_CANCELLED) {
        statusText.textContent = `Calibration cancelled after ${seconds} s; nothing was changed.`;
        mark("calibrateState", "cancelled");
      } else {
        statusText.textContent = "Calibration not possible with these inputs:";
        showError(calibrationErrorLines(error as Error));
        mark("calibrateState", "failed");
      }
    } finally {
      abcRunning = false;
      setBusy(false);
    }
  }

  let abcRunning = false;
  let redrawCharts = () => {};
  redrawOnWidthChange(options.chartsRoot, () => {
    if (!options.chartsRoot.hidden) redrawCharts();
  });
  const cancelAll = () => {
    runner.cancel();
    if (abcRunning && options.pool.runningFor === CALIBRATION_POOL_USER) options.pool.cancel();
  };

  start.addEventListener("click", () => void calibrate());
  cancel.addEventListener("click", cancelAll);

  return {
    show(next, paths) {
      scenario = next;
      form.show(next, paths);
    },
    cancel() {
      cancelAll();
      resultBox.replaceChildren();
      options.chartsRoot.hidden = true;
      options.chartsRoot.replaceChildren();
    },
  };
}
