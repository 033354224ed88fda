/**
 * The calibration form: the method (the quick fit of one or two parameters, or the posterior of
 * several by ABC-SMC), the scenario's targets to meet (ticked; targets the model cannot produce are
 * listed, not offered), the parameters to fit with their ranges (for ABC: uniform priors, unless
 * the scenario states priors), and the runs, read into a job (or the problems with it, each naming
 * its field). Targets and parameters are shown in words (calibrationWords.ts). What the user sets
 * is kept in the page's store (forms/formSettings.ts).
 */
import { describeRange, parameterAt, scenarioTargets, toPrior, type ScenarioFile } from "../../scenario/index";
import { targetSupported } from "../../scenario/target";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";
import { uniformPriors, type AbcJob } from "../../batch/abcJob";
import { ABC_DEFAULTS } from "../../calibration/abcSmc";
import type { CalibrationJob } from "../workers/calibrationRunner";
import { parameterName, targetCalendarOf, targetWords } from "./calibrationWords";
import { appendElement as el } from "../appendElement";
import { onCommit, readNumber } from "../forms/numberInput";
import { elementField, formSettings, type SettingField } from "../forms/formSettings";
import type { AppStore } from "../state/appState";

/** The same defaults as `defection calibrate` (one object, src/batch/batchDefaults.ts). */
export const CALIBRATE_PANEL_DEFAULTS = BATCH_DEFAULTS.calibrate;
const { fit: DEFAULT_FIT, runs: DEFAULT_RUNS, maxRuns: MAX_RUNS } = CALIBRATE_PANEL_DEFAULTS;
const ABC = BATCH_DEFAULTS.abc;

/** An ABC calibration of the page: the job (as the command line's) on the scenario's JSON. */
export interface PageAbcJob extends AbcJob {
  scenario: unknown;
  paths: string[];
}

export type CalibrationRequest = { method: "quick"; job: CalibrationJob } | { method: "abc"; job: PageAbcJob };

export interface CalibrateForm {
  summary: HTMLElement;
  /** Shows the targets of `scenario` and offers `paths` to fit. */
  show(scenario: ScenarioFile, paths: readonly string[]): void;
  read(scenario: ScenarioFile | null): CalibrationRequest | string[];
}

export function calibrateForm(root: HTMLDetailsElement, store: AppStore): CalibrateForm {
  root.replaceChildren();
  const summary = el(root, "summary", {}, "Calibrate to history");
  const methodWrap = el(root, "div", { class: "cal-method" });
  el(methodWrap, "label", { for: "cal-method" }, "Method");
  const method = el(methodWrap, "select", { id: "cal-method" });
  method.append(new Option("Quick fit (one or two parameters)", "quick"), new Option("Posterior (ABC-SMC, several parameters)", "abc"));
  const hint = el(root, "p", { class: "hint" });
  const targetBox = el(root, "fieldset", { class: "cal-targets" });
  el(targetBox, "legend", {}, "Targets");
  const targetList = el(targetBox, "div");
  const notFitted = el(targetBox, "ul", { class: "cal-not-fitted" });
  const statedPriors = el(root, "p", { class: "hint cal-priors" });

  const fitRow = (n: 1 | 2 | 3) => {
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
    return { wrap, select, low, high, placeholders };
  };
  const fits = [fitRow(1), fitRow(2), fitRow(3)];
  const numberRow = (id: string, label: string, value: number, max: number) => {
    const wrap = el(root, "div", { class: "cal-runs" });
    el(wrap, "label", { for: id }, label);
    const input = el(wrap, "input", { id, type: "number", min: "1", max: String(max), step: "1", value: String(value) });
    return { wrap, input };
  };
  const runs = numberRow("cal-runs", "Runs per ensemble", DEFAULT_RUNS, MAX_RUNS);
  const runsInput = runs.input;
  const particles = numberRow("cal-particles", "Particles", ABC.particles, ABC.maxParticles);
  const particleRuns = numberRow("cal-particle-runs", "Runs per particle", ABC.runs, ABC.maxRuns);
  const generations = numberRow("cal-generations", "Generations (at most)", ABC_DEFAULTS.maxGenerations, ABC.maxGenerations);
  const abcRows = [particles, particleRuns, generations];
  let shownScenario: ScenarioFile | null = null;
  /** Shows the rows of the chosen method. */
  const showMethod = () => {
    const abc = method.value === "abc";
    const stated = abc && (shownScenario?.priors.length ?? 0) > 0;
    hint.textContent = abc
      ? "Draw the parameters that fit from their priors by approximate Bayesian computation (ABC-SMC), all at once, within the figures' stated uncertainty: a posterior with 95% credible intervals, the trade-offs between parameters and a predictive band. As defection calibrate --method abc."
      : "Fit one or two parameters so that the mean of an ensemble of runs meets the numbers history recorded.";
    statedPriors.hidden = !stated;
    statedPriors.textContent = stated ? `Priors stated in the scenario: ${shownScenario!.priors.map((p) => `${parameterName(p.parameter, shownScenario!)} (${p.distribution})`).join(", ")}.` : "";
    fits.forEach(({ wrap }, k) => (wrap.hidden = stated || (k === 2 && !abc)));
    runs.wrap.hidden = abc;
    for (const row of abcRows) row.wrap.hidden = !abc;
  };

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
  const fields: Record<string, SettingField> = { method: elementField(method), targets: targetsField };
  fits.forEach(({ select, low, high }, k) => {
    fields[`fit-${k + 1}`] = elementField(select);
    fields[`low-${k + 1}`] = elementField(low);
    fields[`high-${k + 1}`] = elementField(high);
  });
  fields.runs = elementField(runsInput);
  fields.particles = elementField(particles.input);
  fields["particle-runs"] = elementField(particleRuns.input);
  fields.generations = elementField(generations.input);
  const settings = formSettings(store, "calibration", fields);
  method.addEventListener("change", () => {
    settings.edited("method");
    showMethod();
  });
  targetList.addEventListener("change", () => settings.edited("targets"));
  fits.forEach(({ select, low, high, placeholders }, k) => {
    select.addEventListener("change", () => settings.edited(`fit-${k + 1}`));
    onCommit(low, () => settings.edited(`low-${k + 1}`));
    onCommit(high, () => settings.edited(`high-${k + 1}`));
    void placeholders;
  });
  onCommit(runsInput, () => settings.edited("runs"));
  onCommit(particles.input, () => settings.edited("particles"));
  onCommit(particleRuns.input, () => settings.edited("particle-runs"));
  onCommit(generations.input, () => settings.edited("generations"));

  let shownTargets: string | null = null;
  let shownPaths = "";

  return {
    summary,
    show(next, paths) {
      shownScenario = next;
      const all = scenarioTargets(next);
      const calendar = targetCalendarOf(next);
      // Only targets the model produces are offered; the others are listed (not fittable yet).
      const fittableTargets = all.filter((t) => targetSupported(t));
      root.hidden = all.length === 0;
      summary.textContent = `Calibrate to history (${all.length} target${all.length === 1 ? "" : "s"})`;
      const targetsKey = all.map((t) => t.text).join("\n");
      if (targetsKey !== shownTargets) {
        // Ticks chosen for another scenario's targets do not carry over (the first list is the restored one's).
        if (shownTargets !== null) settings.forget(["targets"]);
        shownTargets = targetsKey;
        targetList.replaceChildren();
        fittableTargets.forEach((target, k) => {
          const label = el(targetList, "label", { class: "check", for: `cal-target-${k}`, title: `${target.text}${target.source ? `\nSource: ${target.source}` : ""}` });
          const box = el(label, "input", { type: "checkbox", id: `cal-target-${k}`, value: target.text });
          box.checked = true;
          label.append(` ${targetWords(target, calendar)}`);
        });
        notFitted.replaceChildren();
        for (const target of all.filter((t) => !targetSupported(t)))
          el(notFitted, "li", { title: target.source ?? "" }, `${targetWords(target, calendar)}: not fitted (the model does not count ${target.quantity === "both" ? "captured soldiers" : target.quantity} yet)`);
        notFitted.hidden = notFitted.childElementCount === 0;
      }
      const fittable = paths.filter((path) => path !== "seed" && parameterAt(path) !== undefined);
      const pathsKey = fittable.join(",");
      if (pathsKey !== shownPaths) {
        shownPaths = pathsKey;
        for (const [k, { select }] of fits.entries()) {
          const before = select.value;
          select.replaceChildren();
          if (k > 0) select.appendChild(new Option("(nothing else)", ""));
          for (const path of fittable) select.appendChild(new Option(parameterName(path, next), path));
          select.value = fittable.includes(before) ? before : k === 0 ? (fittable.includes(DEFAULT_FIT) ? DEFAULT_FIT : fittable[0] ?? "") : "";
        }
      }
      settings.apply();
      for (const { placeholders } of fits) placeholders();
      showMethod();
    },
    read(scenario) {
      const abc = method.value === "abc";
      const stated = abc && scenario !== null && scenario.priors.length > 0;
      const problems: string[] = [];
      const targets = [...targetList.querySelectorAll<HTMLInputElement>("input:checked")].map((input) => input.value);
      if (!targets.length) problems.push("Targets: choose at least one target");
      const fit: string[] = [];
      const ranges: Record<string, [number, number]> = {};
      for (const [k, { select, low, high }] of fits.entries()) {
        const path = select.value;
        if (!path || stated || (k === 2 && !abc)) continue;
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
      if (!fit.length && !stated) problems.push("Fit: choose a parameter to fit");
      const whole = (input: HTMLInputElement, name: string, min: number, max: number) => {
        const value = readNumber(input.value, { min, max, integer: true });
        if (typeof value === "object") problems.push(`${name}: ${value.problem}`);
        return typeof value === "number" ? value : 0;
      };
      if (!abc) {
        const runs = whole(runsInput, "Runs per ensemble", 1, MAX_RUNS);
        if (problems.length || !scenario) return problems;
        return { method: "quick", job: { scenario, fit, targets, runs, seed: scenario.parameters.seed, ranges } };
      }
      const job = {
        particles: whole(particles.input, "Particles", 10, ABC.maxParticles),
        runs: whole(particleRuns.input, "Runs per particle", 1, ABC.maxRuns),
        maxGenerations: whole(generations.input, "Generations", 1, ABC.maxGenerations),
      };
      if (problems.length || !scenario) return problems;
      const priors = stated ? scenario.priors.map(toPrior) : uniformPriors(fit, ranges);
      const chosen = scenarioTargets(scenario).filter((t) => targets.includes(t.text));
      return {
        method: "abc",
        job: { scenario, paths: priors.map((p) => p.path), priors, targets: chosen, ...job, seed: scenario.parameters.seed, minTolerance: ABC_DEFAULTS.minTolerance, draws: ABC.draws },
      };
    },
  };
}
