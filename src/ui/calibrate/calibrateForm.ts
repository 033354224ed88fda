/**
 * The calibration form: the scenario's targets to meet (ticked), one or two parameters to fit with
 * optional ranges, and the runs per ensemble, read into a job (or the problems with it, each
 * naming its field). What the user sets is kept in the page's store (forms/formSettings.ts).
 */
import { describeRange, parameterAt, scenarioTargetTexts, type ScenarioFile } from "../../scenario/index";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";
import type { CalibrationJob } from "../workers/calibrationRunner";
import { appendElement as el } from "../appendElement";
import { onCommit, readNumber } from "../forms/numberInput";
import { elementField, formSettings, type SettingField } from "../forms/formSettings";
import type { AppStore } from "../state/appState";

/** The same defaults as `defection calibrate` (one object, src/batch/batchDefaults.ts). */
export const CALIBRATE_PANEL_DEFAULTS = BATCH_DEFAULTS.calibrate;
const { fit: DEFAULT_FIT, runs: DEFAULT_RUNS, maxRuns: MAX_RUNS } = CALIBRATE_PANEL_DEFAULTS;

export interface CalibrateForm {
  summary: HTMLElement;
  /** Shows the targets of `scenario` and offers `paths` to fit. */
  show(scenario: ScenarioFile, paths: readonly string[]): void;
  read(scenario: ScenarioFile | null): CalibrationJob | string[];
}

export function calibrateForm(root: HTMLDetailsElement, store: AppStore): CalibrateForm {
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

  const targetBoxes = () => [...targetList.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  /** The ticked targets as their indices, e.g. "0,2". */
  const targetsField: SettingField = {
    get: () => targetBoxes().flatMap((box, k) => (box.checked ? [k] : [])).join(","),
    set(text) {
      const ticked = new Set(text.split(",").filter((k) => k !== "").map(Number));
      targetBoxes().forEach((box, k) => (box.checked = ticked.has(k)));
      return true;
    },
  };
  const fields: Record<string, SettingField> = { targets: targetsField };
  fits.forEach(({ select, low, high }, k) => {
    fields[`fit-${k + 1}`] = elementField(select);
    fields[`low-${k + 1}`] = elementField(low);
    fields[`high-${k + 1}`] = elementField(high);
  });
  fields.runs = elementField(runsInput);
  const settings = formSettings(store, "calibration", fields);
  targetList.addEventListener("change", () => settings.edited("targets"));
  fits.forEach(({ select, low, high, placeholders }, k) => {
    select.addEventListener("change", () => settings.edited(`fit-${k + 1}`));
    onCommit(low, () => settings.edited(`low-${k + 1}`));
    onCommit(high, () => settings.edited(`high-${k + 1}`));
    void placeholders;
  });
  onCommit(runsInput, () => settings.edited("runs"));

  let shownTargets: string | null = null;
  let shownPaths = "";

  return {
    summary,
    show(next, paths) {
      const texts = scenarioTargetTexts(next);
      root.hidden = texts.length === 0;
      summary.textContent = `Calibrate to history (${texts.length} target${texts.length === 1 ? "" : "s"})`;
      const targetsKey = texts.join("\n");
      if (targetsKey !== shownTargets) {
        // Ticks chosen for another scenario's targets do not carry over (the first list is the restored one's).
        if (shownTargets !== null) settings.forget(["targets"]);
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
        for (const [k, { select }] of fits.entries()) {
          const before = select.value;
          select.replaceChildren();
          if (k === 1) select.appendChild(new Option("(nothing else)", ""));
          for (const path of fittable) select.appendChild(new Option(parameterAt(path)!.label, path));
          select.value = fittable.includes(before) ? before : k === 0 ? (fittable.includes(DEFAULT_FIT) ? DEFAULT_FIT : fittable[0] ?? "") : "";
        }
      }
      settings.apply();
      for (const { placeholders } of fits) placeholders();
    },
    read(scenario) {
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
      const runs = readNumber(runsInput.value, { min: 1, max: MAX_RUNS, integer: true });
      if (typeof runs === "object") problems.push(`Runs per ensemble: ${runs.problem}`);
      if (problems.length || typeof runs === "object" || !scenario) return problems;
      return { scenario, fit, targets, runs, seed: scenario.parameters.seed, ranges };
    },
  };
}
