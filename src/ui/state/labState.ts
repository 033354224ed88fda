/**
 * The whole state of the lab: which scenario (shipped, or loaded from a file) and which of its
 * parameters the user changed. Everything on screen is a function of this, and it is all in the URL.
 */
import { isKindPath, scenarioFromObject, setParameter, type ScenarioFile } from "../../scenario/index";
import { SHIPPED } from "../shippedScenarios";

/** A control's value: a number, null (never closes / lasts for good) or an option (scope). */
export type Override = number | string | null;

export type ScenarioSource = { kind: "shipped"; id: string } | { kind: "file"; name: string; scenario: ScenarioFile };

export interface LabState {
  source: ScenarioSource;
  /** Changed parameters by dotted path under `parameters` (as --set takes them), "seed" included. */
  overrides: ReadonlyMap<string, Override>;
}

export function baseScenario(source: ScenarioSource): ScenarioFile {
  if (source.kind === "file") return source.scenario;
  const scenario = SHIPPED.get(source.id);
  if (!scenario) throw new Error(`no shipped scenario ${source.id}`);
  return scenario;
}

/** The scenario to run: the base with every override applied, validated (throws InputError). */
export function effectiveScenario(state: LabState): ScenarioFile {
  let scenario: object = baseScenario(state.source);
  for (const [path, value] of state.overrides) scenario = setParameter(scenario, path, value);
  return scenarioFromObject(scenario);
}

/** The scenario column of CSV exports: the scenario file's base name. */
export function scenarioLabel(source: ScenarioSource): string {
  return source.kind === "shipped" ? source.id : source.name;
}

export function withOverride(state: LabState, path: string, value: Override, baseValue: unknown): LabState {
  const overrides = new Map(state.overrides);
  // A new kind (threshold distribution, network type) replaces its object: what was set in the
  // old one goes, and the switch goes last, so that later changes apply to the new kind.
  if (isKindPath(path)) {
    const parent = path.slice(0, path.lastIndexOf(".") + 1);
    for (const key of [...overrides.keys()]) if (key.startsWith(parent)) overrides.delete(key);
  }
  if (Object.is(value, baseValue)) overrides.delete(path);
  else overrides.set(path, value);
  return { ...state, overrides };
}

/**
 * `state` with `path` back at the scenario's value: its override goes; for a kind (threshold
 * distribution, network type), what was set in the switched-to kind goes with it.
 */
export function withoutOverride(state: LabState, path: string): LabState {
  const overrides = new Map(state.overrides);
  overrides.delete(path);
  if (isKindPath(path)) {
    const parent = path.slice(0, path.lastIndexOf(".") + 1);
    for (const key of [...overrides.keys()]) if (key.startsWith(parent)) overrides.delete(key);
  }
  return { ...state, overrides };
}
