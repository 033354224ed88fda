/**
 * The base scenario of a batch file (a sweep or a sensitivity spec): given inline or named by path
 * (only the command line reads paths, through `loadObject`), then validated. Its problems are
 * returned under `scenario.` so the file's other fields are reported with them.
 */
import { InputError, type InputIssue } from "./issues";
import { scenarioFromObject } from "./loadScenario";
import type { ReadText } from "./resolveFiles";
import type { ScenarioFile } from "./schema";

/** Reads a scenario named by path: the parsed object and how to read the files it names. */
export type LoadObject = (path: string) => { object: unknown; readText: ReadText | null };

export interface BaseScenario {
  /** The validated scenario, or null when it has issues. */
  scenario: ScenarioFile | null;
  /** The scenario's object as read (batch rules set values on it) and how to read its files. */
  object: unknown;
  readText: ReadText | null;
  issues: InputIssue[];
}

export function baseScenario(field: unknown, loadObject: LoadObject | null, readText: ReadText | null, heading: string): BaseScenario {
  let object = field;
  let objectReadText = readText;
  if (typeof object === "string") {
    if (!loadObject) throw new InputError([{ path: "scenario", message: "a scenario named by path can only be read by the command line" }], heading);
    const loaded = loadObject(object);
    object = loaded.object;
    objectReadText = loaded.readText;
  }
  try {
    return { scenario: scenarioFromObject(object, objectReadText), object, readText: objectReadText, issues: [] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const issues = error.issues.map((i) => ({ path: `scenario${i.path ? "." + i.path : ""}`, message: i.message }));
    return { scenario: null, object, readText: objectReadText, issues };
  }
}
