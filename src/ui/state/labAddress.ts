/**
 * The lab's state in the address: `?scenario=asylum-offer-deadline&set=offer.attractiveness:0.2,
 * offer.windows.0.close:null&seed=3`, or for a scenario loaded from a file `?name=my-army&file=
 * <base64url JSON>&set=...`. Copying the address restores the same scenario, settings and seed.
 * A comparison (comparisonAddress.ts) and the panels' settings (panelSettings.ts) may ride along;
 * appAddress.ts reads and writes the whole address. Decoding is a boundary: every value is checked (known control path, number in its registry range,
 * allowed option) and the whole scenario validated before anything runs.
 */
import { STORY_PARAM } from "./storyAddress";
import { InputError, describeValue, getParameter, loadScenario, setParameter } from "../../scenario/index";
import { controlsFor, nullable, type ControlSpec } from "../lab/controlSpecs";
import { baseScenario, effectiveScenario, type LabState, type Override, type ScenarioSource } from "./labState";
import { DEFAULT_SCENARIO, SHIPPED } from "../shippedScenarios";
import { decodeBase64url, encodeBase64url } from "./base64url";
import { compactScenario } from "./compactScenario";
import { readNumber } from "../forms/numberInput";
import { COMPARISON_PARAM } from "./comparisonAddress";
import { PANEL_PARAMS } from "./panelSettings";
import { DAY_PARAM } from "./dayAddress";

/** Every parameter the address may hold: the lab's, the comparison's and the panels' (src/ui/state/appAddress.ts). */
const ADDRESS_KEYS: readonly string[] = ["scenario", "name", "file", "set", "seed", DAY_PARAM, COMPARISON_PARAM, STORY_PARAM, ...Object.values(PANEL_PARAMS)];

/** Longest encoded scenario carried in the address (browsers and servers cut long URLs). */
export const MAX_ENCODED_SCENARIO = 6000;

export const DEFAULT_STATE: LabState = { source: { kind: "shipped", id: DEFAULT_SCENARIO }, overrides: new Map() };

export interface EncodedState {
  search: string;
  /** Set when a loaded scenario is too long for the address (the address then omits it). */
  warning: string | null;
}

/** `limit`: longest encoded scenario to put in the search (the saved copy in local storage takes any length). */
export function encodeState(state: LabState, limit = MAX_ENCODED_SCENARIO): EncodedState {
  const params = new URLSearchParams();
  let warning: string | null = null;
  if (state.source.kind === "shipped") params.set("scenario", state.source.id);
  else {
    const encoded = encodeBase64url(JSON.stringify(compactScenario(state.source.scenario)));
    if (encoded.length <= limit) {
      params.set("name", state.source.name);
      params.set("file", encoded);
    } else
      warning = `The loaded scenario is too long to share in the address (${encoded.length.toLocaleString("en-US")} characters encoded, limit ${MAX_ENCODED_SCENARIO.toLocaleString("en-US")}): use "Download scenario" to share it as a file.`;
  }
  const set = [...state.overrides].filter(([path]) => path !== "seed").map(([path, value]) => `${path}:${value === null ? "null" : value}`);
  if (set.length) params.set("set", set.join(","));
  if (state.overrides.has("seed")) params.set("seed", String(state.overrides.get("seed")));
  const search = params.toString().replace(/%3A/g, ":").replace(/%2C/g, ",");
  return { search: search ? `?${search}` : "", warning };
}

export interface DecodedState {
  state: LabState;
  /** Why the address was rejected (the default scenario is shown instead); empty if accepted. */
  problems: string[];
}

export function decodeState(search: string): DecodedState {
  const params = new URLSearchParams(search);
  if (![...params.keys()].length) return { state: DEFAULT_STATE, problems: [] };
  const problems: string[] = [];
  const reject = (): DecodedState => ({ state: DEFAULT_STATE, problems });

  for (const key of params.keys()) if (!ADDRESS_KEYS.includes(key)) problems.push(`unknown address parameter ${describeValue(key)}`);

  let source: ScenarioSource;
  const file = params.get("file");
  if (file !== null) {
    const name = params.get("name") ?? "loaded-scenario";
    if (!/^[\w.-]{1,100}$/.test(name)) problems.push(`name: ${describeValue(name)} is not a file name (letters, digits, _ . - only)`);
    try {
      source = { kind: "file", name, scenario: loadScenario(decodeBase64url(file)) };
    } catch (error) {
      problems.push(...issuesOf(error, "file"));
      return reject();
    }
  } else {
    const id = params.get("scenario") ?? DEFAULT_SCENARIO;
    if (!SHIPPED.has(id)) {
      problems.push(`scenario: ${describeValue(id)} is not a shipped scenario (one of ${[...SHIPPED.keys()].join(", ")})`);
      return reject();
    }
    source = { kind: "shipped", id };
  }

  const base = baseScenario(source);
  const { main, more } = controlsFor(base);
  const specs = new Map([...main, ...more].map((spec) => [spec.path, spec]));
  const overrides = new Map<string, Override>();
  let current: object = base;
  const entries = (params.get("set") ?? "").split(",").filter((entry) => entry !== "");
  const seed = params.get("seed");
  if (seed !== null) entries.push(`seed:${seed}`);
  for (const entry of entries) {
    const colon = entry.indexOf(":");
    const path = colon < 0 ? entry : entry.slice(0, colon);
    const spec = specs.get(path); // a Map: "__proto__" and friends are just unknown keys
    if (!spec) {
      problems.push(`set: ${describeValue(path)} is not a parameter the page can set`);
      continue;
    }
    if (overrides.has(path)) {
      problems.push(`set: ${path} is given twice`);
      continue;
    }
    const value = parseValue(spec, colon < 0 ? "" : entry.slice(colon + 1));
    if (typeof value === "object" && value !== null) problems.push(`${path}: ${value.problem}`);
    // Checked against the scenario as set so far: a kind switch brings its own fields.
    else if (getParameter(current, path) === undefined) problems.push(`${path}: not used by this scenario`);
    else {
      overrides.set(path, value);
      current = setParameter(current, path, value);
    }
  }
  if (problems.length) return reject();
  const state: LabState = { source, overrides };
  try {
    effectiveScenario(state);
  } catch (error) {
    problems.push(...issuesOf(error, ""));
    return reject();
  }
  return { state, problems };
}

/** A control's value from its text in the address, or why it is not allowed. */
export function parseValue(spec: ControlSpec, text: string): Override | { problem: string } {
  if (spec.kind === "select") return spec.options.includes(text) ? text : { problem: `${describeValue(text)} is not one of ${spec.options.join(", ")}` };
  if (text === "null" && nullable(spec.path)) return null;
  return readNumber(text, spec.parameter);
}

function issuesOf(error: unknown, prefix: string): string[] {
  if (error instanceof InputError) return error.issues.map((issue) => `${[prefix, issue.path].filter(Boolean).join(": ")}: ${issue.message}`);
  return [`${prefix ? `${prefix}: ` : ""}${(error as Error).message}`];
}
