/**
 * "Calibrate to history": for a scenario with targets (numbers history recorded), fit one or two
 * of the controls' parameters so that the ensemble mean meets the chosen targets, as
 * `defection calibrate` does, in a worker of its own with progress and Cancel. The fitted values
 * come with their 95% intervals, and "Use these values" sets them on the controls (so the run, the
 * address and the CSV follow). The inputs are checked here, at the boundary, with messages naming
 * the field; what the calibration itself refuses (a target out of reach) is shown the same way.
 */
import { describeRange, parameterAt, scenarioTargetTexts, type ScenarioFile } from "../scenario/index";
import type { CalibrationResult } from "../calibration/calibrate";
import { CalibrationRunner, type CalibrationJob } from "./calibrationRunner";
import { appendElement as el } from "./appendElement";
import { BATCH_DEFAULTS } from "../batch/batchDefaults";

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

/** The same defaults as `defection calibrate` (one object, src/batch/batchDefaults.ts). */
export const CALIBRATE_PANEL_DEFAULTS = BATCH_DEFAULTS.calibrate;
const { fit: DEFAULT_FIT, runs: DEFAULT_RUNS, maxRuns: MAX_RUNS } = CALIBRATE_PANEL_DEFAULTS;
/** A rough number of ensembles a search takes, for the progress bar (it grows if passed). */
const EXPECTED_ENSEMBLES = { bisection: 30, simplex: 90 };

const fmt = (x: number) => String(Number(x.toPrecision(4)));

export function calibratePanel(root: HTMLDetailsElement, options: CalibratePanelOptions): CalibratePanel {
  root.replaceChildren();
  const summary = el(root, "summary", {}, "Calibrate to history");
  el(root, "p", { class: "hint" }, "Fit one or two parameters so that the mean of an ensemble of runs meets the numbers history recorded.");
  const targetBox = el(root, "fieldset", { class: "cal-targets" });
  el(targetBox, "legend", {}, "Targets");
  const targetList = el(targetBox, "div");

  const fitRow = (n: 1 | 2) => {
    const wrap = el(root, "div", { class: "cal-fit" });
    el(wrap, "label", { for: `cal-fit-${n}` }, n === 1 ? "Fit" : "and (optional)");
    const select = el(wrap, "select", { id: `cal-fit-${n}` });
    const range = el(wrap, "div", { class: "cal-range" });
    el(range, "label", { for: `cal-range-${n}-low` }, "between");
    const low = el(range, "input", { id: `cal-range-${n}-low`, type: "number", step: "any", inputmode: "decimal" });
    el(range, "label", { for: `cal-range-${n}-high` }, "and");
    const high = el(range, "input", { id: `cal-range-${n}-high`, type: "number", step: "any", inputmode: "decimal" });
    const placeholders = () => {
      const parameter = parameterAt(select.value);
      low.placeholder = parameter ? String(parameter.min) : "";
      high.placeholder = parameter ? String(parameter.max) : "";
      range.hidden = !parameter;
    };
    select.addEventListener("change", placeholders);
    return { select, low, high, placeholders };
  };
  const fits = [fitRow(1), fitRow(2)];
  const runsWrap = el(root, "div", { class: "cal-runs" });
  el(runsWrap, "label", { for: "cal-runs" }, "Runs per ensemble");
  const runsInput = el(runsWrap, "input", { id: "cal-runs", type: "number", min: "1", max: String(MAX_RUNS), step: "1", value: String(DEFAULT_RUNS) });

  const status = el(root, "div", { class: "run-status cal-status" });
  const start = el(status, "button", { type: "button", id: "cal-start", class: "primary" }, "Calibrate");
  const cancel = el(status, "button", { type: "button", id: "cal-cancel" }, "Cancel");
  const bar = el(status, "progress", { id: "cal-progress", "aria-label": "Calibration progress (ensembles run)", max: "1" });
  const statusText = el(status, "span", { class: "status-text", id: "cal-status", role: "status" });
  const error = el(root, "div", { class: "field-error cal-error", id: "cal-error", role: "alert" });
  const resultBox = el(root, "div", { class: "cal-result", id: "cal-result" });

  const runner = new CalibrationRunner();
  let scenario: ScenarioFile | null = null;
  let shownTargets = "";
  let shownPaths = "";
  let result: CalibrationResult | null = null;

  const setState = (state: "idle" | "running" | "done" | "cancelled" | "failed") => (document.body.dataset.calibrateState = state);
  const setBusy = (busy: boolean) => {
    start.disabled = busy;
    cancel.disabled = !busy;
    bar.hidden = !busy;
  };
  setBusy(false);
  setState("idle");

  const showError = (lines: string[]) => {
    error.replaceChildren();
    for (const line of lines) el(error, "p", {}, line);
    error.hidden = lines.length === 0;
  };
  showError([]);

  /** The job from the fields, or the problems with them (each naming its field). */
  function readJob(): CalibrationJob | string[] {
    const problems: string[] = [];
    const targets = [...targetList.querySelectorAll<HTMLInputElement>("input:checked")].map((input) => input.value);
    if (!targets.length) problems.push("Targets: choose at least one target");
    const fit: string[] = [];
    const ranges: Record<string, [number, number]> = {};
    for (const [k, { select, low, high }] of fits.entries()) {
      const path = select.value;
      if (!path) continue;
      if (fit.includes(path)) {
        problems.push(`Fit: ${path} is chosen twice`);
        continue;
      }
      fit.push(path);
      const parameter = parameterAt(path)!;
      if (low.value.trim() === "" && high.value.trim() === "") continue;
      const lo = low.value.trim() === "" ? parameter.min : Number(low.value);
      const hi = high.value.trim() === "" ? parameter.max : Number(high.value);
      const name = `Range of ${path} (fit ${k + 1})`;
      if (!(lo >= parameter.min && hi <= parameter.max)) problems.push(`${name}: ${low.value || parameter.min} to ${high.value || parameter.max} is not allowed: expected ${describeRange(parameter)}`);
      else if (!(lo < hi)) problems.push(`${name}: the low end (${lo}) must be below the high end (${hi})`);
      else ranges[path] = [lo, hi];
    }
    if (!fit.length) problems.push("Fit: choose a parameter to fit");
    const runs = Number(runsInput.value);
    if (runsInput.value.trim() === "" || !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) problems.push(`Runs per ensemble: ${runsInput.value || "(empty)"} is not allowed: expected a whole number from 1 to ${MAX_RUNS}`);
    if (problems.length || !scenario) return problems;
    return { scenario, fit, targets, runs, seed: scenario.parameters.seed, ranges };
  }

  async function calibrate(): Promise<void> {
    const job = readJob();
    if (Array.isArray(job)) {
      showError(job);
      return;
    }
    showError([]);
    result = null;
    resultBox.replaceChildren();
    const expected = job.fit.length === 1 && job.targets.length === 1 ? EXPECTED_ENSEMBLES.bisection : EXPECTED_ENSEMBLES.simplex;
    bar.max = expected;
    bar.value = 0;
    statusText.textContent = `Calibrating with ensembles of ${job.runs} runs…`;
    setBusy(true);
    setState("running");
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
        result = outcome.result;
        statusText.textContent = `Fitted by ${result.method} over ${result.ensembles} ensembles of ${job.runs} runs (seeds ${job.seed} to ${job.seed + job.runs - 1}) in ${seconds} s.`;
        showResult(result);
        setState("done");
        break;
      case "cancelled":
        statusText.textContent = `Calibration cancelled after ${seconds} s; nothing was changed.`;
        setState("cancelled");
        break;
      case "failed":
        statusText.textContent = "Calibration not possible with these inputs:";
        showError(errorLines(outcome.error));
        setState("failed");
        break;
    }
  }

  function showResult(fitted: CalibrationResult): void {
    resultBox.replaceChildren();
    const list = el(resultBox, "ul", { class: "cal-values" });
    for (const p of fitted.parameters) {
      const item = el(list, "li", { "data-path": p.path, "data-value": String(p.value), "data-low": String(p.low), "data-high": String(p.high) });
      el(item, "strong", {}, `${parameterAt(p.path)?.label ?? p.path} = ${fmt(p.value)}`);
      item.append(` (95% interval ${fmt(p.low)} to ${fmt(p.high)})`);
    }
    const achieved = el(resultBox, "ul", { class: "cal-achieved" });
    for (const a of fitted.achieved) el(achieved, "li", {}, `${a.target.text}: ensemble mean ${fmt(a.mean)} (standard error ${fmt(a.standardError)})`);
    const use = el(resultBox, "button", { type: "button", id: "cal-use" }, "Use these values");
    use.addEventListener("click", () => options.apply(fitted.parameters.map((p) => [p.path, p.value])));
  }

  start.addEventListener("click", () => void calibrate());
  cancel.addEventListener("click", () => runner.cancel());

  return {
    show(next, paths) {
      scenario = next;
      const texts = scenarioTargetTexts(next);
      root.hidden = texts.length === 0;
      summary.textContent = `Calibrate to history (${texts.length} target${texts.length === 1 ? "" : "s"})`;
      const targetsKey = texts.join("\n");
      if (targetsKey !== shownTargets) {
        shownTargets = targetsKey;
        targetList.replaceChildren();
        texts.forEach((text, k) => {
          const label = el(targetList, "label", { class: "check", for: `cal-target-${k}` });
          const box = el(label, "input", { type: "checkbox", id: `cal-target-${k}`, value: text });
          box.checked = true;
          label.append(` ${text}`);
        });
      }
      const fittable = paths.filter((path) => path !== "seed" && parameterAt(path) !== undefined);
      const pathsKey = fittable.join(",");
      if (pathsKey !== shownPaths) {
        shownPaths = pathsKey;
        for (const [k, { select, placeholders }] of fits.entries()) {
          const before = select.value;
          select.replaceChildren();
          if (k === 1) select.appendChild(new Option("(nothing else)", ""));
          for (const path of fittable) select.appendChild(new Option(parameterAt(path)!.label, path));
          select.value = fittable.includes(before) ? before : k === 0 ? (fittable.includes(DEFAULT_FIT) ? DEFAULT_FIT : fittable[0] ?? "") : "";
          placeholders();
        }
      }
    },
    cancel() {
      runner.cancel();
    },
  };
}

/** The calibration's InputError message ("invalid calibration:\n--target: ...") as lines. */
function errorLines(error: Error): string[] {
  const lines = error.message.split("\n").filter((line) => line.trim() !== "");
  return error.name === "InputError" && lines.length > 1 ? lines.slice(1) : lines;
}
