/**
 * "Calibrate to history": for a scenario with targets (numbers history recorded), fit one or two
 * of the controls' parameters so that the ensemble mean meets the chosen targets, as
 * `defection calibrate` does, in a worker of its own with progress and Cancel. The fitted values
 * come with their 95% intervals, and "Use these values" sets them on the controls (so the run, the
 * address and the CSV follow). The form is calibrateForm.ts, the result calibrationResult.ts;
 * this runs the calibration and reports it.
 */
import type { ScenarioFile } from "../../scenario/index";
import type { AppStore } from "../state/appState";
import { CalibrationRunner } from "../workers/calibrationRunner";
import { appendElement as el } from "../appendElement";
import { mark } from "../testHooks";
import { calibrateForm } from "./calibrateForm";
import { calibrationErrorLines, renderCalibrationResult } from "./calibrationResult";

export interface CalibratePanel {
  /** Shows the panel for `scenario` (hidden when it has no targets), offering `paths` to fit. */
  show(scenario: ScenarioFile, paths: readonly string[]): void;
  /** Stops a calibration in flight (the scenario was replaced). */
  cancel(): void;
}

export interface CalibratePanelOptions {
  /** Sets the fitted values on the controls. */
  apply(values: [path: string, value: number][]): void;
}

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
    const job = form.read(scenario);
    if (Array.isArray(job)) {
      showError(job);
      return;
    }
    showError([]);
    resultBox.replaceChildren();
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
        renderCalibrationResult(resultBox, outcome.result, options.apply);
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

  start.addEventListener("click", () => void calibrate());
  cancel.addEventListener("click", () => runner.cancel());

  return {
    show(next, paths) {
      scenario = next;
      form.show(next, paths);
    },
    cancel: () => runner.cancel(),
  };
}
