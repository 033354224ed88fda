/**
 * The sweep form: one or two of the controls' numeric parameters, each with a linear or
 * logarithmic range (from, to, steps) or a list of values, runs per cell and the master seed, over
 * the lab's current scenario: what a sweep file can say of its axes. The form is read into a
 * sweep file's object and validated by validateSweep, as `defection sweep` would; what is wrong is
 * listed under the form, naming the field. What the user sets is kept in the page's store
 * (forms/formSettings.ts), so the address and a reload keep it.
 */
import { InputError, type ScenarioFile } from "../../scenario/index";
import { validateSweep, type SweepSpec } from "../../sweep/sweepSpec";
import { controlLabel, controlsFor, type ControlSpec } from "../lab/controlSpecs";
import { appendElement as el } from "../appendElement";
import { onCommit } from "../forms/numberInput";
import { elementField, formSettings, type SettingField } from "../forms/formSettings";
import type { AppStore } from "../state/appState";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

/** The same defaults as sweep files and `defection sweep` (one object, src/batch/batchDefaults.ts). */
export const SWEEP_FORM_DEFAULTS = BATCH_DEFAULTS.sweep;
/** More cells than this would make a heatmap of specks and keep the page busy for long. */
export const MAX_PAGE_CELLS = SWEEP_FORM_DEFAULTS.maxPageCells;
export const DEFAULT_RUNS = SWEEP_FORM_DEFAULTS.runs;
const DEFAULT_PATHS = ["offer.attractiveness", ""];

/** How an axis gives its values: a linear or logarithmic range, or a list. */
export type AxisScale = "linear" | "log" | "list";

export interface SweepForm {
  /** The sweep file's object for `scenario`, validated, and each axis's scale; null (with the reasons shown) when invalid. */
  read(scenario: ScenarioFile, name: string): { input: object; spec: SweepSpec; scales: AxisScale[] } | null;
  /** Refills the parameter lists (and the seed, unless edited) for the lab's scenario. */
  show(scenario: ScenarioFile): void;
  readonly element: HTMLFieldSetElement;
}

export function sweepForm(root: HTMLElement, store: AppStore): SweepForm {
  const fieldset = el(root, "fieldset", { class: "sweep-form" });
  el(fieldset, "legend", {}, "Sweep");
  const axes = [0, 1].map((k) => {
    const row = el(fieldset, "div", { class: "sweep-axis" });
    el(row, "label", { for: `sweep-path-${k}` }, `Parameter ${k + 1}`);
    const path = el(row, "select", { id: `sweep-path-${k}` });
    el(row, "label", { for: `sweep-scale-${k}`, class: "visually-hidden" }, `Parameter ${k + 1}: values`);
    const scale = el(row, "select", { id: `sweep-scale-${k}` });
    scale.append(new Option("linear range", "linear"), new Option("log range", "log"), new Option("list of values", "list"));
    const range = el(row, "span", { class: "sweep-range" });
    const number = (name: string, label: string, attrs: Record<string, string> = {}) => {
      el(range, "label", { for: `sweep-${name}-${k}` }, label);
      return el(range, "input", { id: `sweep-${name}-${k}`, type: "number", step: "any", ...attrs });
    };
    const from = number("from", "from");
    const to = number("to", "to");
    const steps = number("steps", "steps", { min: "1", step: "1", value: "5" });
    const list = el(row, "span", { class: "sweep-list" });
    el(list, "label", { for: `sweep-values-${k}` }, "values");
    const values = el(list, "input", { id: `sweep-values-${k}`, type: "text", inputmode: "decimal", placeholder: "e.g. 0.05, 0.1, 0.2", "aria-describedby": "sweep-values-help" });
    list.hidden = true;
    const showScale = () => {
      range.hidden = scale.value === "list";
      list.hidden = scale.value !== "list";
    };
    scale.addEventListener("change", showScale);
    return { row, path, scale, from, to, steps, values, showScale };
  });
  const extra = el(fieldset, "div", { class: "sweep-axis" });
  el(extra, "label", { for: "sweep-runs" }, "Runs per cell");
  const runs = el(extra, "input", { id: "sweep-runs", type: "number", min: "1", step: "1", value: String(DEFAULT_RUNS) });
  el(extra, "label", { for: "sweep-seed" }, "Master seed");
  const seed = el(extra, "input", { id: "sweep-seed", type: "number", min: "0", step: "1" });
  el(fieldset, "p", { id: "sweep-values-help", class: "hint" }, "A log range spaces its steps evenly by ratio (from and to above 0); a list takes numbers separated by commas or spaces.");
  const errors = el(fieldset, "ul", { id: "sweep-errors", class: "field-error", "aria-live": "polite" });
  errors.hidden = true;
  const fields: Record<string, SettingField> = {};
  axes.forEach((axis, k) => {
    for (const name of ["path", "scale", "from", "to", "steps", "values"] as const) fields[`${name}-${k}`] = elementField(axis[name]);
  });
  fields.runs = elementField(runs);
  fields.seed = elementField(seed);
  const settings = formSettings(store, "sweep", fields);
  const rangeOf = (k: number) => ["from", "to", "steps", "values"].map((name) => `${name}-${k}`);
  axes.forEach((axis, k) => {
    axis.path.addEventListener("change", () => settings.edited(`path-${k}`, rangeOf(k)));
    axis.scale.addEventListener("change", () => settings.edited(`scale-${k}`));
    for (const name of ["from", "to", "steps", "values"] as const) onCommit(axis[name], () => settings.edited(`${name}-${k}`));
  });
  onCommit(runs, () => settings.edited("runs"));
  onCommit(seed, () => settings.edited("seed"));
  const seedEdited = () => Object.hasOwn(store.get().sweep, "seed");
  let ranges = new Map<string, { min: number; max: number; integer: boolean }>();

  const inputsOf = (k: number) => [axes[k].scale, axes[k].from, axes[k].to, axes[k].steps, axes[k].values];
  const fillRange = (k: number) => {
    const range = ranges.get(axes[k].path.value);
    for (const input of inputsOf(k)) input.disabled = !range;
    if (!range) return;
    const steps = range.integer && range.max - range.min < 4 ? range.max - range.min + 1 : 5;
    axes[k].from.value = String(range.min);
    axes[k].to.value = String(range.max);
    axes[k].steps.value = String(steps);
    axes[k].values.value = Array.from({ length: steps }, (_, j) => Number((range.min + ((range.max - range.min) * j) / Math.max(1, steps - 1)).toPrecision(6))).join(", ");
  };
  axes.forEach((axis, k) => axis.path.addEventListener("change", () => fillRange(k)));

  const showIssues = (lines: string[]) => {
    errors.replaceChildren(...lines.map((line) => Object.assign(document.createElement("li"), { textContent: line })));
    errors.hidden = lines.length === 0;
  };
  const fieldName = (path: string) => path.replace(/^axes\[(\d)\]/, (_, k) => `Parameter ${+k + 1}`).replace(/^runs$/, "Runs per cell").replace(/^masterSeed$/, "Master seed");

  return {
    element: fieldset,
    show(scenario) {
      const { main, more } = controlsFor(scenario);
      const specs = [...main, ...more].filter((s): s is Extract<ControlSpec, { kind: "number" }> => s.kind === "number" && s.path !== "seed");
      ranges = new Map(specs.map((s) => [s.path, { min: s.parameter.min, max: s.sliderMax, integer: Boolean(s.parameter.integer) }]));
      axes.forEach((axis, k) => {
        const previous = axis.path.value || DEFAULT_PATHS[k];
        axis.path.replaceChildren();
        if (k === 1) axis.path.appendChild(new Option("(none: one parameter)", ""));
        for (const s of specs) axis.path.appendChild(new Option(controlLabel(s, scenario), s.path));
        axis.path.value = ranges.has(previous) ? previous : k === 0 ? specs[0].path : "";
        if (axis.path.value !== previous || axis.from.value === "") fillRange(k);
        else for (const input of inputsOf(k)) input.disabled = !ranges.has(axis.path.value);
        axis.showScale();
      });
      if (!seedEdited()) seed.value = String(scenario.parameters.seed);
      const before = axes.map((axis) => axis.path.value);
      settings.apply();
      axes.forEach((axis, k) => {
        // A parameter restored from the settings brings its range, unless that was set too.
        if (axis.path.value !== before[k]) {
          fillRange(k);
          settings.apply();
        }
        for (const input of inputsOf(k)) input.disabled = !ranges.has(axis.path.value);
        axis.showScale();
      });
    },
    read(scenario, name) {
      const numberOf = (input: HTMLInputElement) => (input.value.trim() === "" ? NaN : Number(input.value));
      const used = axes.filter((a) => a.path.value !== "");
      const scales = used.map((a) => a.scale.value as AxisScale);
      const bad: string[] = [];
      const axisObjects = used.map((a, k) => {
        if (scales[k] === "list") {
          const words = a.values.value.split(/[\s,;]+/).filter((w) => w !== "");
          const wrong = words.filter((w) => !Number.isFinite(Number(w)));
          if (words.length === 0) bad.push(`Parameter ${k + 1}: give at least one value`);
          else if (wrong.length) bad.push(`Parameter ${k + 1}: values must be numbers separated by commas (“${wrong[0]}” is not)`);
          return { path: a.path.value, values: words.map(Number) };
        }
        const range = { path: a.path.value, from: numberOf(a.from), to: numberOf(a.to), steps: numberOf(a.steps), scale: scales[k] };
        for (const f of ["from", "to", "steps"] as const) if (!Number.isFinite(range[f])) bad.push(`Parameter ${k + 1}: ${f} must be a number`);
        return range;
      });
      const input = {
        kind: "sweep",
        name,
        scenario: JSON.parse(JSON.stringify(scenario)) as unknown,
        axes: axisObjects,
        runs: numberOf(runs),
        masterSeed: numberOf(seed),
      };
      bad.push(
        ...(Number.isFinite(input.runs) ? [] : ["Runs per cell must be a whole number"]),
        ...(Number.isFinite(input.masterSeed) ? [] : ["Master seed must be a whole number"]),
      );
      if (bad.length) {
        showIssues(bad);
        return null;
      }
      try {
        const spec = validateSweep(input, null);
        if (spec.cells > MAX_PAGE_CELLS) {
          showIssues([`${spec.cells.toLocaleString("en-US")} cells is more than the page draws (at most ${MAX_PAGE_CELLS.toLocaleString("en-US")}); use fewer steps, or run it with “defection sweep”.`]);
          return null;
        }
        showIssues([]);
        return { input, spec, scales };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        showIssues(error.issues.map((i) => (i.path ? `${fieldName(i.path)}: ${i.message}` : i.message)));
        return null;
      }
    },
  };
}
