/**
 * The scenarios shipped in scenarios/*.json, bundled into the page (no request at run time), keyed
 * by the file's base name, which is also the scenario column of the CSV exports.
 */
import { scenarioFromObject, type ScenarioFile } from "../scenario/index";

export const DEFAULT_SCENARIO = "asylum-offer-deadline";

const files = import.meta.glob("../../scenarios/*.json", { eager: true, import: "default" }) as Record<string, unknown>;

/** Validates a bundled scenario; one the page cannot run (e.g. it names CSV files) is left out, not fatal. */
function valid(id: string, json: unknown): [string, ScenarioFile][] {
  try {
    return [[id, scenarioFromObject(json)]];
  } catch (error) {
    console.warn(`scenario ${id} is not offered in the page: ${(error as Error).message}`);
    return [];
  }
}

export const SHIPPED: ReadonlyMap<string, ScenarioFile> = new Map(
  Object.entries(files)
    .flatMap(([path, json]) => valid(path.replace(/^.*\//, "").replace(/\.json$/, ""), json))
    .sort(([a], [b]) => (a === DEFAULT_SCENARIO ? -1 : b === DEFAULT_SCENARIO ? 1 : a.localeCompare(b))),
);
