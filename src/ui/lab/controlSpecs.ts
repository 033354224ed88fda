/**
 * Which parameters the dashboard offers as controls, in which order, and how each slider maps to
 * the registry's range. Labels, units, ranges and docs come from the PARAMETERS registry; this file
 * only chooses, orders and narrows the sliders (the number boxes accept the full registry range).
 */
import { PARAMETERS, parameterAt, switchableKinds, type NumericParameter, type ScenarioFile } from "../../scenario/index";

export type ControlSpec =
  | { kind: "number"; path: string; parameter: NumericParameter; sliderMax: number; log: boolean; step: number }
  | { kind: "select"; path: string; label: string; options: readonly string[]; doc: string };

/** The controls shown first, in the order. */
const MAIN = [
  "army.size",
  "thresholds.distribution",
  "thresholds.mean",
  "thresholds.sd",
  "offer.attractiveness",
  "offer.windows.0.open",
  "offer.windows.0.close",
  "offer.urgency",
  "behaviour.actRate",
  "behaviour.forgetRate",
  "behaviour.credibility",
  "awareness.leafletReach",
  "awareness.wordOfMouth",
  "opportunity.daily",
  "deterrence.catchProbability",
  "deterrence.reprisal",
  "ineligibleShare",
  "observation.scope",
  "network.type",
  "network.meanDegree",
  "network.degree",
  "seed",
];

/** Slider ends below the registry maximum, where the registry allows far more than is useful to drag. */
const SLIDER_MAX: Record<string, number> = {
  seed: 1000,
  "army.size": 1_000_000,
  "army.days": 1000,
  "army.unitSize": 1000,
  "initialDefectors.count": 1000,
  "network.meanDegree": 50,
  "network.degree": 50,
  "network.tiesPerUnit": 50,
  "thresholds.alpha": 20,
  "thresholds.beta": 20,
  "offer.urgencyDays": 365,
  "offer.windows.open": 1000,
  "offer.windows.close": 1000,
  "deterrence.punishmentDays": 365,
  "behaviour.pullDays": 365,
  "behaviour.memoryDays": 1000,
  "behaviour.punishmentDelay": 365,
  "events.day": 1000,
  "events.days": 1000,
  "events.count": 1_000_000,
};

export const SCOPES = ["global", "unit", "network", "mix"] as const;
export const LOCALS = ["unit", "network"] as const;

/** Days on which something can happen in a run of `days` days (a window may close the day after the last). */
const DAY_PATHS: Record<string, number> = { "offer.windows.open": 0, "offer.windows.close": 1, "events.day": 0 };

function numberControl(path: string, days = Infinity): ControlSpec {
  const parameter = parameterAt(path);
  if (!parameter) throw new Error(`no registered parameter ${path}`);
  const dayEnd = parameter.path in DAY_PATHS ? days + DAY_PATHS[parameter.path] : Infinity;
  const sliderMax = Math.min(parameter.max, SLIDER_MAX[parameter.path] ?? parameter.max, dayEnd);
  const step = parameter.integer ? 1 : sliderMax - parameter.min <= 1 ? 0.01 : 0.1;
  return { kind: "number", path, parameter, sliderMax, log: path === "army.size", step };
}

/** Selects that switch a kind (src/scenario/kinds.ts): the new kind starts at its defaults. */
const KIND_SELECTS: Record<string, { label: string; doc: string }> = {
  "thresholds.distribution": {
    label: "Threshold distribution",
    doc: "Normal (mean and spread), uniform (minimum and maximum, under More) or beta (alpha and beta, under More); switching starts the new kind at its defaults. A list of thresholds comes from a scenario file.",
  },
  "network.type": {
    label: "Network",
    doc: "Whom soldiers observe under network or mix scope: Erdos-Renyi (mean degree), small-world (lattice degree, rewiring under More), regular ring (the same, rewired keeping every degree), units linked by random ties, scale-free (mean degree; exponent and cut-off under More), preferential attachment (ties per newcomer) or clustered (mean degree; clustering under More). An edge list comes from a scenario file.",
  },
};

function control(path: string, days?: number): ControlSpec {
  if (path === "observation.scope")
    return { kind: "select", path, label: "Observation scope", options: SCOPES, doc: "Whom soldiers watch: the army-wide share, their unit, their network neighbours, or a weighted mix." };
  if (path === "observation.local")
    return { kind: "select", path, label: "Local signal in a mix", options: LOCALS, doc: "With scope \"mix\": which local signal is mixed with the army-wide news." };
  if (Object.hasOwn(KIND_SELECTS, path)) return { kind: "select", path, ...KIND_SELECTS[path], options: switchableKinds(path) };
  return numberControl(path, days);
}

/** Main and "More" controls for a scenario; the "More" list has every other numeric parameter, events included. */
export function controlsFor(scenario: ScenarioFile): { main: ControlSpec[]; more: ControlSpec[] } {
  const days = scenario.parameters.army.days;
  const main = MAIN.map((path) => control(path, days));
  const taken = new Set(MAIN.map((path) => parameterAt(path)?.path ?? path));
  const more: ControlSpec[] = [control("observation.local")];
  for (const parameter of PARAMETERS) {
    if (taken.has(parameter.path) || parameter.path.startsWith("events.") || parameter.path.startsWith("offer.windows.")) continue;
    more.push(numberControl(parameter.path));
  }
  scenario.parameters.offer.windows.forEach((_, k) => {
    if (k > 0) more.push(numberControl(`offer.windows.${k}.open`, days), numberControl(`offer.windows.${k}.close`, days));
  });
  scenario.parameters.events.forEach((event, k) => {
    for (const field of Object.keys(event)) {
      if (field !== "type" && parameterAt(`events.${field}`)) more.push(numberControl(`events.${k}.${field}`, days));
    }
  });
  return { main, more };
}

/** The label shown for a control; indexed paths say which window or event they belong to. */
export function controlLabel(spec: ControlSpec, scenario: ScenarioFile): string {
  if (spec.kind === "select") return spec.label;
  const window = /^offer\.windows\.(\d+)\./.exec(spec.path);
  if (window && window[1] !== "0") return `Window ${+window[1] + 1}: ${spec.parameter.label.toLowerCase()}`;
  const event = /^events\.(\d+)\./.exec(spec.path);
  if (event) return `Event ${+event[1] + 1} (${scenario.parameters.events[+event[1]]?.type}): ${spec.parameter.label.toLowerCase()}`;
  return spec.parameter.label;
}

/** Paths whose value may be null (an offer window that never closes, a setback that lasts for good, a memory of defections for good). */
export function nullable(path: string): boolean {
  return /^offer\.windows\.\d+\.close$/.test(path) || /^events\.\d+\.days$/.test(path) || path === "behaviour.memoryDays" || path === "leaders.opportunity";
}
