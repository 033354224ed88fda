/**
 * "Tipping point" in the Sweep view: the value of one of the controls' numeric parameters at which
 * the cascade probability of the lab's scenario crosses a level, found as `defection tipping` finds
 * it (bisection on ensembles of runs with seeds S, S+1, ...), in a worker of its own with Cancel.
 * The value comes with its 95% interval and the probabilities at the ends of the range; "Show at
 * the tipping point" sets it on the lab's control and shows that run. What is wrong with the
 * fields, or a range where the probability does not cross the level, is shown under the form.
 */
import { describeRange, parameterAt, type ScenarioFile } from "../../scenario/index";
import type { TippingPoint } from "../../sweep/tippingPoint";
import { controlLabel, controlsFor, type ControlSpec } from "../controlSpecs";
import { TippingRunner, type TippingJob } from "./tippingRunner";
import { appendElement as el } from "../appendElement";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

export interface TippingPanel {
  /** Refills the parameter list (and the range, unless the parameter is kept) for the lab's scenario. */
  show(scenario: ScenarioFile): void;
  /** Stops a search in flight. */
  cancel(): void;
}

export interface TippingPanelOptions {
  /** The lab's current (valid) scenario. */
  current(): ScenarioFile;
  /** Sets the found value on the lab's control and shows that run, with `notice`. */
  showAt(path: string, value: number, notice: string): void;
}

/** The same defaults as `defection tipping` (one object, src/batch/batchDefaults.ts). */
export const TIPPING_PANEL_DEFAULTS = BATCH_DEFAULTS.tipping;
const { param: DEFAULT_PATH, level: DEFAULT_LEVEL, runs: DEFAULT_RUNS, maxRuns: MAX_RUNS } = TIPPING_PANEL_DEFAULTS;

const fmt = (x: number) => String(Number(x.toPrecision(4)));
/** A value of the searched parameter, rounded to a millionth of the search range (bisection leaves dust like 9.3e-11 for 0). */
const fmtIn = (x: number, width: number) => fmt(Math.round(x / (width * 1e-6)) * (width * 1e-6));

export function tippingPanel(root: HTMLElement, options: TippingPanelOptions): TippingPanel {
  const fieldset = el(root, "fieldset", { class: "sweep-form tipping-form", id: "tipping" });
  el(fieldset, "legend", {}, "Tipping point");
  el(fieldset, "p", { class: "hint" }, "Find the value of one parameter at which a cascade becomes as likely as the level, by bisection on ensembles of the current settings (run r uses seed S + r).");
  const row = el(fieldset, "div", { class: "sweep-axis" });
  el(row, "label", { for: "tip-path" }, "Parameter");
  const pathSelect = el(row, "select", { id: "tip-path" });
  const number = (parent: HTMLElement, id: string, label: string, attrs: Record<string, string> = {}) => {
    el(parent, "label", { for: id }, label);
    return el(parent, "input", { id, type: "number", step: "any", inputmode: "decimal", ...attrs });
  };
  const from = number(row, "tip-from", "from");
  const to = number(row, "tip-to", "to");
  const extra = el(fieldset, "div", { class: "sweep-axis" });
  const levelInput = number(extra, "tip-level", "Level", { min: "0", max: "1", value: String(DEFAULT_LEVEL) });
  const runsInput = number(extra, "tip-runs", "Runs per ensemble", { min: "1", max: String(MAX_RUNS), step: "1", value: String(DEFAULT_RUNS) });

  const status = el(fieldset, "div", { class: "run-status sweep-status" });
  const start = el(status, "button", { type: "button", id: "tip-start", class: "primary" }, "Find");
  const cancel = el(status, "button", { type: "button", id: "tip-cancel" }, "Cancel");
  const bar = el(status, "progress", { id: "tip-progress", "aria-label": "Tipping-point search in progress" });
  const statusText = el(status, "span", { class: "status-text", id: "tip-status", role: "status" });
  const error = el(fieldset, "ul", { class: "field-error", id: "tip-error", "aria-live": "polite" });
  const resultBox = el(fieldset, "div", { class: "tip-result", id: "tip-result" });

  const runner = new TippingRunner();
  let ranges = new Map<string, { min: number; max: number }>();
  const setState = (state: "idle" | "running" | "done" | "cancelled" | "failed") => (document.body.dataset.tippingState = state);
  const setBusy = (busy: boolean) => {
    start.disabled = busy;
    cancel.disabled = !busy;
    bar.hidden = !busy;
  };
  const showError = (lines: string[]) => {
    error.replaceChildren(...lines.map((line) => Object.assign(document.createElement("li"), { textContent: line })));
    error.hidden = lines.length === 0;
  };
  setBusy(false);
  setState("idle");
  showError([]);

  const fillRange = () => {
    const range = ranges.get(pathSelect.value);
    from.value = range ? String(range.min) : "";
    to.value = range ? String(range.max) : "";
  };
  pathSelect.addEventListener("change", fillRange);

  /** The job from the fields, or the problems with them (each naming its field). */
  function readJob(scenario: ScenarioFile): TippingJob | string[] {
    const problems: string[] = [];
    const path = pathSelect.value;
    const parameter = parameterAt(path);
    if (!parameter) return ["Parameter: choose a parameter"];
    const lo = from.value.trim() === "" ? NaN : Number(from.value);
    const hi = to.value.trim() === "" ? NaN : Number(to.value);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) problems.push("Search range: from and to must be numbers");
    else if (!(lo >= parameter.min && hi <= parameter.max)) problems.push(`Search range: ${lo} to ${hi} is not allowed for ${path}: expected ${describeRange(parameter)}`);
    else if (!(lo < hi)) problems.push(`Search range: from (${lo}) must be below to (${hi})`);
    const level = levelInput.value.trim() === "" ? NaN : Number(levelInput.value);
    if (!(level > 0 && level < 1)) problems.push(`Level: ${levelInput.value || "(empty)"} is not allowed: expected a probability between 0 and 1 (exclusive)`);
    const runs = Number(runsInput.value);
    if (runsInput.value.trim() === "" || !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) problems.push(`Runs per ensemble: ${runsInput.value || "(empty)"} is not allowed: expected a whole number from 1 to ${MAX_RUNS}`);
    if (problems.length) return problems;
    return { scenario: JSON.parse(JSON.stringify(scenario)) as unknown, path, range: [lo, hi], level, runs, seed: scenario.parameters.seed };
  }

  async function find(): Promise<void> {
    if (runner.busy) return;
    const scenario = options.current();
    const job = readJob(scenario);
    resultBox.replaceChildren();
    if (Array.isArray(job)) {
      showError(job);
      statusText.textContent = "Not searched: fix the settings above.";
      setState("failed");
      return;
    }
    showError([]);
    statusText.textContent = `Searching with ensembles of ${job.runs} runs…`;
    setBusy(true);
    setState("running");
    const started = performance.now();
    const outcome = await runner.run(job);
    setBusy(false);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    switch (outcome.kind) {
      case "done":
        statusText.textContent = `Found over ${outcome.result.ensembles} ensembles of ${job.runs} runs (seeds ${job.seed} to ${job.seed + job.runs - 1}) in ${seconds} s.`;
        showResult(job, outcome.result);
        setState("done");
        break;
      case "cancelled":
        statusText.textContent = `Search cancelled after ${seconds} s.`;
        setState("cancelled");
        break;
      case "failed":
        statusText.textContent = "No tipping point found with these settings:";
        showError(errorLines(outcome.error));
        setState("failed");
        break;
    }
  }

  function showResult(job: TippingJob, tip: TippingPoint): void {
    const [lo, hi] = job.range;
    const at = (x: number) => fmtIn(x, hi - lo);
    const line = el(resultBox, "p", { class: "tip-line", id: "tip-line", "data-path": tip.path, "data-value": String(tip.value), "data-low": String(tip.low), "data-high": String(tip.high) });
    el(line, "strong", {}, `${tip.path}: the cascade probability crosses ${tip.level} at ${at(tip.value)}`);
    line.append(` (95% interval ${at(tip.low)} to ${at(tip.high)}); P = ${fmt(tip.atLow)} at ${lo} and ${fmt(tip.atHigh)} at ${hi}`);
    const use = el(resultBox, "button", { type: "button", id: "tip-show" }, "Show at the tipping point");
    const notice = `Showing the army at the tipping point of ${tip.path}: ${at(tip.value)} (the cascade probability crosses ${tip.level}; 95% interval ${at(tip.low)} to ${at(tip.high)})`;
    use.addEventListener("click", () => options.showAt(tip.path, tip.value, notice));
  }

  start.addEventListener("click", () => void find());
  cancel.addEventListener("click", () => runner.cancel());

  return {
    show(scenario) {
      const { main, more } = controlsFor(scenario);
      const specs = [...main, ...more].filter((s): s is Extract<ControlSpec, { kind: "number" }> => s.kind === "number" && s.path !== "seed");
      ranges = new Map(specs.map((s) => [s.path, { min: s.parameter.min, max: s.sliderMax }]));
      const previous = pathSelect.value || DEFAULT_PATH;
      pathSelect.replaceChildren();
      for (const s of specs) pathSelect.appendChild(new Option(controlLabel(s, scenario), s.path));
      pathSelect.value = ranges.has(previous) ? previous : specs[0]?.path ?? "";
      if (pathSelect.value !== previous || from.value === "") fillRange();
    },
    cancel() {
      runner.cancel();
    },
  };
}

/** The search's InputError message ("no tipping point:\n  --range: ...") as lines naming the field. */
function errorLines(error: Error): string[] {
  const lines = error.message.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const body = error.name === "InputError" && lines.length > 1 ? lines.slice(1) : lines;
  return body.map((line) => line.replace(/^--range: /, "Search range: ").replace(/^--param: /, "Parameter: "));
}
