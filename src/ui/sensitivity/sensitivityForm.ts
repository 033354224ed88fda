/**
 * The sensitivity form: the levers to vary with their ranges (leverTable.ts), the method (Morris
 * screening or Sobol indices) with its sample size, runs per point, the master seed and the
 * outputs, over the lab's current scenario. Read into a sensitivity spec's object and validated by
 * validateSensitivity, as `defection sensitivity` would; what is wrong is listed under the form,
 * naming the lever and field. What the user sets is kept in the page's store (formSettings.ts).
 */
import { InputError, type ScenarioFile } from "../../scenario/index";
import { validateSensitivity, type SensitivitySpec } from "../../sensitivity/sensitivitySpec";
import { DEFAULT_SENSITIVITY_OUTPUTS, SENSITIVITY_OUTPUTS, type SensitivityOutput } from "../../sensitivity/sensitivityOutputs";
import { appendElement as el } from "../appendElement";
import { onCommit } from "../forms/numberInput";
import { elementField, formSettings, type SettingField } from "../forms/formSettings";
import type { AppStore } from "../state/appState";
import { leverTable } from "./leverTable";

/** The page's defaults: the spec's own (10 trajectories, N = 256, 20 runs per point). */
const DEFAULTS = { method: "morris", trajectories: 10, sampleSize: 256, runs: 20 } as const;
/** More points than this keep a page busy for hours: the command line is the place for them. */
export const MAX_PAGE_POINTS = 20_000;

export const OUTPUT_LABELS: Record<SensitivityOutput, string> = {
  finalShare: "Final share defected",
  cascadeProbability: "Probability of a cascade",
  dayPast10: "Day past 10%",
  dayPast50: "Day past 50%",
  manpowerDenied: "Manpower denied",
};

export interface SensitivityForm {
  /** The spec's object for `scenario`, validated; null (with the reasons shown) when invalid. */
  read(scenario: ScenarioFile, name: string): { input: object; spec: SensitivitySpec } | null;
  /** Refills the levers (and the seed, unless edited) for the lab's scenario. */
  show(scenario: ScenarioFile): void;
  readonly element: HTMLFieldSetElement;
}

export function sensitivityForm(root: HTMLElement, store: AppStore): SensitivityForm {
  const fieldset = el(root, "fieldset", { class: "sweep-form sensitivity-form" });
  el(fieldset, "legend", {}, "Levers and ranges");
  const tableWrap = el(fieldset, "div", { class: "lever-table-wrap" });
  const levers = leverTable(tableWrap);
  el(fieldset, "p", { class: "hint" }, "Each ticked lever varies over its range (log-uniform spaces values evenly by ratio). The defaults run every lever from half to twice its current value.");

  const row = el(fieldset, "div", { class: "sweep-axis" });
  el(row, "label", { for: "levers-method" }, "Method");
  const method = el(row, "select", { id: "levers-method" });
  method.append(new Option("Morris screening", "morris"), new Option("Sobol indices", "sobol"));
  const morrisPart = el(row, "span", { class: "sweep-range" });
  el(morrisPart, "label", { for: "levers-trajectories" }, "Trajectories");
  const trajectories = el(morrisPart, "input", { id: "levers-trajectories", type: "number", min: "2", step: "1", value: String(DEFAULTS.trajectories) });
  const sobolPart = el(row, "span", { class: "sweep-range" });
  el(sobolPart, "label", { for: "levers-sample" }, "Sample size N");
  const sampleSize = el(sobolPart, "select", { id: "levers-sample" });
  for (let n = 8; n <= 4096; n *= 2) sampleSize.append(new Option(String(n), String(n)));
  sampleSize.value = String(DEFAULTS.sampleSize);
  const runsRow = el(fieldset, "div", { class: "sweep-axis" });
  el(runsRow, "label", { for: "levers-runs" }, "Runs per point");
  const runs = el(runsRow, "input", { id: "levers-runs", type: "number", min: "1", step: "1", value: String(DEFAULTS.runs) });
  el(runsRow, "label", { for: "levers-seed" }, "Master seed");
  const seed = el(runsRow, "input", { id: "levers-seed", type: "number", min: "0", step: "1" });

  const outputsRow = el(fieldset, "div", { class: "sweep-axis levers-outputs", role: "group", "aria-label": "Outputs to explain" });
  el(outputsRow, "span", { class: "group-label" }, "Outputs");
  const outputBoxes = SENSITIVITY_OUTPUTS.map((output) => {
    const label = el(outputsRow, "label", { class: "check" });
    const box = el(label, "input", { type: "checkbox", id: `levers-output-${output}`, value: output });
    box.checked = DEFAULT_SENSITIVITY_OUTPUTS.includes(output);
    label.append(` ${OUTPUT_LABELS[output]}`);
    return box;
  });
  const size = el(fieldset, "p", { class: "hint", id: "levers-size", "aria-live": "polite" });
  const errors = el(fieldset, "ul", { id: "levers-errors", class: "field-error", "aria-live": "polite" });
  errors.hidden = true;

  const outputsField: SettingField = {
    get: () => outputBoxes.filter((b) => b.checked).map((b) => b.value).join(","),
    set(text) {
      const chosen = text.split(",");
      for (const box of outputBoxes) box.checked = chosen.includes(box.value);
      return true;
    },
  };
  const fields: Record<string, SettingField> = {
    levers: { get: () => levers.text(), set: (text) => levers.apply(text) },
    method: elementField(method),
    trajectories: elementField(trajectories),
    sampleSize: elementField(sampleSize),
    runs: elementField(runs),
    seed: elementField(seed),
    outputs: outputsField,
  };
  const settings = formSettings(store, "sensitivity", fields);
  const showMethod = () => {
    morrisPart.hidden = method.value !== "morris";
    sobolPart.hidden = method.value !== "sobol";
    showSize();
  };
  const numberOf = (input: HTMLInputElement) => (input.value.trim() === "" ? NaN : Number(input.value));
  const chosen = () => levers.rows.filter((r) => r.use.checked);
  function showSize(): void {
    const k = chosen().length;
    const points = method.value === "morris" ? numberOf(trajectories) * (k + 1) : Number(sampleSize.value) * (k + 2);
    const total = points * numberOf(runs);
    size.textContent = Number.isFinite(total) ? `${k} lever${k === 1 ? "" : "s"}: ${points.toLocaleString("en-US")} sample points × ${numberOf(runs)} runs = ${total.toLocaleString("en-US")} runs.` : "";
  }
  levers.onChange(() => {
    settings.edited("levers");
    showSize();
  });
  method.addEventListener("change", () => {
    settings.edited("method");
    showMethod();
  });
  sampleSize.addEventListener("change", () => {
    settings.edited("sampleSize");
    showSize();
  });
  for (const [name, input] of [["trajectories", trajectories], ["runs", runs], ["seed", seed]] as const)
    onCommit(input, () => {
      settings.edited(name);
      showSize();
    });
  for (const box of outputBoxes) box.addEventListener("change", () => settings.edited("outputs"));
  store.subscribe((state, previous) => state.sensitivity !== previous.sensitivity && showMethod());

  const showIssues = (lines: string[]) => {
    errors.replaceChildren(...lines.map((line) => Object.assign(document.createElement("li"), { textContent: line })));
    errors.hidden = lines.length === 0;
  };

  return {
    element: fieldset,
    show(scenario) {
      levers.show(scenario);
      if (!Object.hasOwn(store.get().sensitivity, "seed")) seed.value = String(scenario.parameters.seed);
      settings.apply();
      showMethod();
    },
    read(scenario, name) {
      const used = chosen();
      const morris = method.value === "morris";
      const input = {
        kind: "sensitivity",
        name,
        scenario: JSON.parse(JSON.stringify(scenario)) as unknown,
        method: method.value,
        inputs: used.map((r) => ({ path: r.path, from: numberOf(r.from), to: numberOf(r.to), scale: r.scale.value })),
        ...(morris ? { trajectories: numberOf(trajectories) } : { sampleSize: Number(sampleSize.value) }),
        runs: numberOf(runs),
        masterSeed: numberOf(seed),
        outputs: outputBoxes.filter((b) => b.checked).map((b) => b.value),
      };
      const bad: string[] = [];
      if (used.length === 0) bad.push("Tick at least one lever");
      used.forEach((r) => {
        for (const end of ["from", "to"] as const) if (!Number.isFinite(numberOf(r[end]))) bad.push(`${r.label}: ${end} must be a number`);
      });
      if (input.outputs.length === 0) bad.push("Tick at least one output");
      if (morris && !Number.isFinite(numberOf(trajectories))) bad.push("Trajectories must be a whole number");
      if (!Number.isFinite(input.runs)) bad.push("Runs per point must be a whole number");
      if (!Number.isFinite(input.masterSeed)) bad.push("Master seed must be a whole number");
      if (bad.length) {
        showIssues(bad);
        return null;
      }
      try {
        const spec = validateSensitivity(input, null);
        if (spec.points > MAX_PAGE_POINTS) {
          showIssues([`${spec.points.toLocaleString("en-US")} sample points is more than the page runs (at most ${MAX_PAGE_POINTS.toLocaleString("en-US")}); use a smaller sample, or download the spec and run it with “defection sensitivity”.`]);
          return null;
        }
        showIssues([]);
        return { input, spec };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const fieldName = (path: string) =>
          path
            .replace(/^inputs\[(\d+)\]\.?/, (_, k) => `${used[+k]?.label ?? `lever ${+k + 1}`} `)
            .replace(/^runs$/, "Runs per point")
            .replace(/^masterSeed$/, "Master seed")
            .replace(/^trajectories$/, "Trajectories")
            .trim();
        showIssues(error.issues.map((i) => (i.path ? `${fieldName(i.path)}: ${i.message}` : i.message)));
        return null;
      }
    },
  };
}
