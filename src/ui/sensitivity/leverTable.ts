/**
 * The table of levers a sensitivity analysis may vary: every main numeric control the scenario
 * has (not the army's size, which sets the cost of a run rather than a policy, nor the seed), each
 * with a box to use it and a range around its current value: half to twice the value, log-uniform
 * when that spans a ratio of 3 or more, or the lower quarter of the slider's range from a value of
 * 0. The table's state as one text field ("path:1:from:to:u;..."), so the page's settings keep it.
 */
import { getParameter, type ScenarioFile } from "../../scenario/index";
import { controlLabel, controlsFor, type ControlSpec } from "../lab/controlSpecs";
import { appendElement as el } from "../appendElement";
import type { InputScale } from "../../sensitivity/inputScale";

type NumberControl = Extract<ControlSpec, { kind: "number" }>;

export interface LeverRow {
  path: string;
  label: string;
  use: HTMLInputElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  scale: HTMLSelectElement;
}

/** Levers left out of the defaults: the army's size and the seed are not levers. */
const NOT_LEVERS = new Set(["army.size", "seed"]);
/**
 * Levers offered but not ticked by default, since some values in their range make no scenario: an
 * opening day moved past the closing day; a network's shape, whose parameters bound each other (an
 * even degree for a ring, the clustering a mean degree allows).
 */
export function tickedByDefault(path: string): boolean {
  return path !== "offer.windows.0.open" && !path.startsWith("network.");
}

/** The levers `scenario` has, in the controls' order (network parameters only where soldiers observe a network). */
export function leverControls(scenario: ScenarioFile): NumberControl[] {
  const { scope, local } = scenario.parameters.observation;
  const network = scope === "network" || (scope === "mix" && local === "network");
  return controlsFor(scenario).main.filter(
    (c): c is NumberControl => c.kind === "number" && !NOT_LEVERS.has(c.path) && typeof getParameter(scenario, c.path) === "number" && (network || !c.path.startsWith("network.")),
  );
}

/** The default range of a lever at `value`: half to twice it within the slider, or the slider's lower quarter from 0. */
export function defaultRange(value: number, control: Pick<NumberControl, "parameter" | "sliderMax">): { from: number; to: number; scale: InputScale } {
  const { min, integer } = control.parameter;
  const max = control.sliderMax;
  const round = (x: number) => (integer ? Math.round(x) : Number(x.toPrecision(3)));
  let from = value > 0 ? round(Math.max(min, value / 2)) : min;
  let to = value > 0 ? round(Math.min(max, value * 2)) : round(min + (max - min) / 4);
  if (to <= from) [from, to] = integer ? [from, Math.min(max, from + 1)] : [min, max];
  const scale: InputScale = !integer && from > 0 && to / from >= 3 ? "log-uniform" : "uniform";
  return { from, to, scale };
}

export interface LeverTable {
  readonly rows: readonly LeverRow[];
  /** Rebuilds the rows for `scenario` at their default ranges (keeps nothing). */
  show(scenario: ScenarioFile): void;
  /** The table as text, and back (rows the text does not name keep their values). */
  text(): string;
  apply(text: string): boolean;
  onChange(listener: () => void): void;
}

export function leverTable(parent: HTMLElement): LeverTable {
  const table = el(parent, "table", { class: "lever-table", id: "levers-table" });
  const head = el(el(table, "thead"), "tr");
  for (const title of ["Use", "Lever", "From", "To", "Scale"]) el(head, "th", { scope: "col" }, title);
  const body = el(table, "tbody");
  let rows: LeverRow[] = [];
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((listener) => listener());
  return {
    get rows() {
      return rows;
    },
    show(scenario) {
      body.replaceChildren();
      rows = leverControls(scenario).map((control, k) => {
        const tr = el(body, "tr", { "data-path": control.path });
        const label = controlLabel(control, scenario);
        const use = el(el(tr, "td"), "input", { type: "checkbox", id: `lever-use-${k}`, "aria-label": `Use ${label}` });
        el(el(tr, "th", { scope: "row" }), "label", { for: `lever-use-${k}` }, label);
        const number = (name: string) => el(el(tr, "td"), "input", { type: "number", step: "any", id: `lever-${name}-${k}`, "aria-label": `${label}: ${name}` });
        const from = number("from");
        const to = number("to");
        const scale = el(el(tr, "td"), "select", { id: `lever-scale-${k}`, "aria-label": `${label}: scale` });
        scale.append(new Option("uniform", "uniform"), new Option("log-uniform", "log-uniform"));
        const range = defaultRange(getParameter(scenario, control.path) as number, control);
        use.checked = tickedByDefault(control.path);
        from.value = String(range.from);
        to.value = String(range.to);
        scale.value = range.scale;
        for (const input of [use, from, to, scale]) input.addEventListener("change", changed);
        return { path: control.path, label, use, from, to, scale };
      });
    },
    text() {
      return rows.map((r) => [r.path, r.use.checked ? 1 : 0, r.from.value, r.to.value, r.scale.value === "log-uniform" ? "l" : "u"].join(":")).join(";");
    },
    apply(text) {
      for (const part of text.split(";")) {
        const [path, use, from, to, scale] = part.split(":");
        const row = rows.find((r) => r.path === path);
        if (!row || to === undefined) continue;
        row.use.checked = use === "1";
        row.from.value = from;
        row.to.value = to;
        row.scale.value = scale === "l" ? "log-uniform" : "uniform";
      }
      return true;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
