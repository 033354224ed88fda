/**
 * The tipping-point form: a parameter with its search range, the level and the runs per
 * ensemble, read into a job (or the problems with it, each naming its field). What the user sets
 * is kept in the page's store (forms/formSettings.ts).
 */
import { describeRange, parameterAt, type ScenarioFile } from "../../scenario/index";
import { controlLabel, controlsFor, type ControlSpec } from "../lab/controlSpecs";
import type { TippingJob } from "../workers/tippingRunner";
import { appendElement as el } from "../appendElement";
import { onCommit, readNumber } from "../forms/numberInput";
import { elementField, formSettings } from "../forms/formSettings";
import type { AppStore } from "../state/appState";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

/** The same defaults as `defection tipping` (one object, src/batch/batchDefaults.ts). */
export const TIPPING_PANEL_DEFAULTS = BATCH_DEFAULTS.tipping;
const { param: DEFAULT_PATH, level: DEFAULT_LEVEL, runs: DEFAULT_RUNS, maxRuns: MAX_RUNS } = TIPPING_PANEL_DEFAULTS;

export interface TippingForm {
  fieldset: HTMLFieldSetElement;
  /** Refills the parameter list (and the range, unless the parameter is kept) for the lab's scenario. */
  show(scenario: ScenarioFile): void;
  read(scenario: ScenarioFile): TippingJob | string[];
  /** The name the parameter list gives `path` (the path itself if it is not in the list). */
  labelOf(path: string): string;
}

export function tippingForm(root: HTMLElement, store: AppStore): TippingForm {
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

  let ranges = new Map<string, { min: number; max: number }>();
  const fillRange = () => {
    const range = ranges.get(pathSelect.value);
    from.value = range ? String(range.min) : "";
    to.value = range ? String(range.max) : "";
  };
  const settings = formSettings(store, "tipping", { path: elementField(pathSelect), from: elementField(from), to: elementField(to), level: elementField(levelInput), runs: elementField(runsInput) });
  pathSelect.addEventListener("change", () => {
    fillRange();
    settings.edited("path", ["from", "to"]);
  });
  onCommit(from, () => settings.edited("from"));
  onCommit(to, () => settings.edited("to"));
  onCommit(levelInput, () => settings.edited("level"));
  onCommit(runsInput, () => settings.edited("runs"));

  return {
    fieldset,
    show(scenario) {
      const { main, more } = controlsFor(scenario);
      const specs = [...main, ...more].filter((s): s is Extract<ControlSpec, { kind: "number" }> => s.kind === "number" && s.path !== "seed");
      ranges = new Map(specs.map((s) => [s.path, { min: s.parameter.min, max: s.sliderMax }]));
      const previous = pathSelect.value || DEFAULT_PATH;
      pathSelect.replaceChildren();
      for (const s of specs) pathSelect.appendChild(new Option(controlLabel(s, scenario), s.path));
      pathSelect.value = ranges.has(previous) ? previous : specs[0]?.path ?? "";
      if (pathSelect.value !== previous || from.value === "") fillRange();
      const before = pathSelect.value;
      settings.apply();
      if (pathSelect.value !== before) {
        fillRange();
        settings.apply();
      }
    },
    read(scenario) {
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
      const runs = readNumber(runsInput.value, { min: 1, max: MAX_RUNS, integer: true });
      if (typeof runs === "object") problems.push(`Runs per ensemble: ${runs.problem}`);
      if (problems.length || typeof runs === "object") return problems;
      return { scenario: JSON.parse(JSON.stringify(scenario)) as unknown, path, range: [lo, hi], level, runs, seed: scenario.parameters.seed };
    },
    labelOf: (path) => [...pathSelect.options].find((option) => option.value === path)?.text ?? path,
  };
}
