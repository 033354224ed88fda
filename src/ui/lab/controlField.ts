/**
 * One control of the dashboard: a labelled slider with a number box (or a select), its unit and
 * range, and a place for the validation message of its field. The number box accepts the whole
 * registry range; the slider covers the useful part of it (army size on a log scale). The number box
 * commits on Enter or when left (src/ui/forms/numberInput.ts): a half-typed value never runs.
 */
import { formatNumber, type ScenarioFile } from "../../scenario/index";
import { controlLabel, nullable, type ControlSpec } from "./controlSpecs";
import type { Override } from "../state/labState";
import { parseValue } from "../state/labAddress";
import { onCommit } from "../forms/numberInput";

export interface ControlField {
  readonly spec: ControlSpec;
  readonly element: HTMLElement;
  /**
   * Shows a value; undefined greys the control out and disables it (the scenario has no such
   * parameter). `idle` (the value exists but the current settings ignore it, saying why) greys it
   * out and disables it too, so that a greyed control is never a stop in the tab order; it comes
   * back when the setting that uses it does.
   */
  show(value: Override | undefined, idle?: string, changed?: boolean): void;
  showError(message: string | null): void;
}

export interface FieldEvents {
  /** `live`: a slider is moving (src/ui/lab/liveRuns.ts lets the run in flight finish). */
  change(path: string, value: Override, live?: boolean): void;
  invalid(path: string, message: string): void;
  /** Back to the scenario's value (the control's "Reset" button). */
  reset(path: string): void;
  /** A dragged slider was let go (src/ui/lab/liveRuns.ts starts its last value at once). */
  settle?(): void;
}

/** The value a closed-ended window gets when "no deadline" is unticked. */
const DEFAULT_CLOSE_AFTER = 60;

export function controlField(spec: ControlSpec, scenario: ScenarioFile, events: FieldEvents): ControlField {
  const id = `ctl-${spec.path.replace(/\W/g, "-")}`;
  const element = document.createElement("div");
  element.className = "control";
  element.dataset.path = spec.path;
  const label = element.appendChild(document.createElement("label"));
  label.htmlFor = id;
  label.textContent = controlLabel(spec, scenario);
  // A changed value is marked, and one button puts it back to the scenario's.
  const changedMark = document.createElement("span");
  changedMark.className = "changed-mark";
  changedMark.textContent = " · changed";
  changedMark.hidden = true;
  const reset = element.appendChild(document.createElement("button"));
  reset.type = "button";
  reset.className = "reset-one";
  reset.id = `${id}-reset`;
  reset.textContent = "Reset";
  reset.setAttribute("aria-label", `Reset ${controlLabel(spec, scenario)} to the scenario's value`);
  reset.hidden = true;
  reset.addEventListener("click", () => events.reset(spec.path));
  const markChanged = (changed: boolean) => {
    element.classList.toggle("changed", changed);
    changedMark.hidden = reset.hidden = !changed;
  };
  const error = document.createElement("p");
  error.className = "field-error";
  error.id = `${id}-error`;
  error.setAttribute("role", "alert");
  error.hidden = true;
  const showError = (message: string | null) => {
    error.hidden = message === null;
    error.textContent = message ?? "";
    element.classList.toggle("invalid", message !== null);
  };
  // Why a control is greyed out: a tooltip for the mouse, and a text its inputs point to
  // (aria-describedby) for screen readers, which do not read a title of a disabled control.
  const why = document.createElement("span");
  why.className = "why-unused visually-hidden";
  why.id = `${id}-why`;
  const showWhy = (reason: string, inputs: readonly [HTMLElement, string][]) => {
    element.title = reason;
    why.textContent = reason;
    for (const [input, described] of inputs) {
      const ids = [described, reason ? why.id : ""].filter(Boolean).join(" ");
      if (ids) input.setAttribute("aria-describedby", ids);
      else input.removeAttribute("aria-describedby");
    }
  };

  if (spec.kind === "select") {
    const select = element.appendChild(document.createElement("select"));
    select.id = id;
    select.title = spec.doc;
    for (const option of spec.options) select.appendChild(new Option(option, option));
    select.addEventListener("change", () => events.change(spec.path, select.value));
    label.appendChild(changedMark);
    element.append(why, error);
    return {
      spec,
      element,
      show(value, idle, changed = false) {
        markChanged(changed);
        select.disabled = value === undefined || idle !== undefined;
        element.classList.toggle("unused", idle !== undefined);
        showWhy(idle ?? "", [[select, ""]]);
        if (typeof value === "string") {
          // A kind only a scenario file can give (a list of thresholds, an edge list) is shown, not offered.
          if (![...select.options].some((option) => option.value === value)) {
            const fromFile = new Option(`${value} (from the scenario)`, value);
            fromFile.disabled = true;
            select.appendChild(fromFile);
          }
          select.value = value;
        }
      },
      showError,
    };
  }

  const { parameter } = spec;
  const unit = label.appendChild(document.createElement("span"));
  unit.className = "unit";
  unit.textContent = ` (${parameter.unit})`;
  label.appendChild(changedMark);
  const row = element.appendChild(document.createElement("div"));
  row.className = "inputs";
  const slider = row.appendChild(document.createElement("input"));
  slider.type = "range";
  slider.id = id;
  slider.title = parameter.doc;
  slider.setAttribute("aria-describedby", `${id}-range ${id}-error`);
  const toSlider = (v: number) => (spec.log ? Math.log10(Math.max(v, parameter.min)) : v);
  const fromSlider = (s: number) => {
    if (!spec.log) return parameter.integer ? Math.round(s) : Number(s.toFixed(6));
    return Math.round(10 ** s);
  };
  slider.min = String(toSlider(parameter.min));
  slider.max = String(toSlider(spec.sliderMax));
  slider.step = spec.log ? "0.01" : String(spec.step);
  const box = row.appendChild(document.createElement("input"));
  box.type = "number";
  box.id = `${id}-number`;
  box.min = String(parameter.min);
  box.max = String(parameter.max);
  box.step = parameter.integer ? "1" : "any";
  box.setAttribute("aria-label", `${controlLabel(spec, scenario)} (${parameter.unit}), exact value`);
  box.setAttribute("aria-describedby", `${id}-range ${id}-error`);
  const range = element.appendChild(document.createElement("small"));
  range.id = `${id}-range`;
  range.className = "range";
  range.textContent = `${formatNumber(parameter.min)} to ${formatNumber(parameter.max)}${spec.sliderMax < parameter.max ? ` (slider to ${formatNumber(spec.sliderMax)}, type more)` : ""}. `;
  const doc = range.appendChild(document.createElement("span"));
  doc.className = "doc";
  doc.textContent = parameter.doc;

  let noDeadline: HTMLInputElement | null = null;
  if (nullable(spec.path)) {
    const wrap = element.appendChild(document.createElement("label"));
    wrap.className = "checkbox";
    noDeadline = wrap.appendChild(document.createElement("input"));
    noDeadline.type = "checkbox";
    noDeadline.id = `${id}-null`;
    wrap.append(spec.path.startsWith("offer.") ? " No deadline (never closes)" : " Lasts for good");
    noDeadline.addEventListener("change", () => {
      if (noDeadline!.checked) events.change(spec.path, null);
      else {
        const open = Number(scenario.parameters.offer.windows[0]?.open ?? 0);
        events.change(spec.path, Math.min(parameter.max, open + DEFAULT_CLOSE_AFTER));
      }
    });
  }
  element.append(why, error);
  const described = `${id}-range ${id}-error`;

  slider.addEventListener("input", () => {
    const value = fromSlider(Number(slider.value));
    box.value = String(value);
    showError(null);
    events.change(spec.path, value, true);
  });
  // "change" ends a drag when the slider is let go; after a key press it ends one step, and held
  // keys keep the latest-finished picture moving, so only a drag settles.
  let keyed = false;
  slider.addEventListener("keydown", () => (keyed = true));
  slider.addEventListener("change", () => {
    if (!keyed) events.settle?.();
    keyed = false;
  });
  // Committed when the user is done typing (Enter or leaving the box), never on a prefix.
  onCommit(box, (text) => {
    const value = parseValue(spec, text);
    if (typeof value === "object" && value !== null) {
      events.invalid(spec.path, `${controlLabel(spec, scenario)}: ${value.problem}`);
      return;
    }
    showError(null);
    if (typeof value === "number") slider.value = String(toSlider(Math.min(value, spec.sliderMax)));
    events.change(spec.path, value);
  });

  return {
    spec,
    element,
    show(value, idle, changed = false) {
      markChanged(changed);
      const applicable = value !== undefined;
      element.classList.toggle("unused", !applicable || idle !== undefined);
      const reason = applicable ? idle ?? "" : "Not used by this scenario (its thresholds, network or offer are of another kind)";
      showWhy(reason, [[slider, described], [box, described], ...(noDeadline ? ([[noDeadline, ""]] as [HTMLElement, string][]) : [])]);
      const usable = applicable && idle === undefined;
      const isNull = value === null;
      slider.disabled = box.disabled = !usable || isNull;
      if (noDeadline) {
        noDeadline.disabled = !usable;
        noDeadline.checked = isNull;
      }
      if (typeof value === "number") {
        slider.value = String(toSlider(Math.min(value, spec.sliderMax)));
        if (document.activeElement !== box || Number(box.value) !== value) box.value = String(value);
      } else box.value = "";
    },
    showError,
  };
}
