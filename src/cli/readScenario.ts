/**
 * A scenario from the disk, with --set changes applied before validation so that a bad value is
 * reported like a bad value in the file: by field, value and what is allowed. CSV files the
 * scenario refers to are read relative to the scenario's own folder.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { InputError, parseJson, parseSetValue, scenarioFromObject, setParameter, type ScenarioFile } from "../scenario";
import { UsageError } from "./usageError";

export interface LoadedScenario {
  file: ScenarioFile;
  /** The file's base name without .json, as written in the CSV's scenario column. */
  label: string;
}

export interface SetFlag {
  path: string;
  value: unknown;
  /** As written on the command line, for messages. */
  text: string;
}

/** `key=value` arguments of --set; a missing "=" or key is a usage error. */
export function parseSetFlags(texts: readonly string[], command: string): SetFlag[] {
  return texts.map((text) => {
    const eq = text.indexOf("=");
    if (eq <= 0) throw new UsageError(`--set needs key=value (e.g. --set offer.attractiveness=0.2), got ${JSON.stringify(text)}`, command);
    return { path: text.slice(0, eq).trim(), value: parseSetValue(text.slice(eq + 1)), text };
  });
}

export interface ScenarioSource {
  /** The parsed file with --set applied, before validation. */
  object: unknown;
  /** Reads a file the scenario refers to, relative to the scenario's folder. */
  readText: (relative: string) => string;
  label: string;
  /** The file and its --set flags, for messages. */
  where: string;
}

/** The scenario file as a plain object with --set applied, not yet validated (calibration changes it further). */
export function readScenarioSource(path: string, sets: readonly SetFlag[] = []): ScenarioSource {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError([{ path: "", message: `${path}: ${describeFsError(error)}` }], "cannot read scenario");
  }
  const folder = dirname(resolve(path));
  const readText = (relative: string) => readFileSync(resolve(folder, relative), "utf8");
  const where = sets.length ? `${path} with ${sets.map((s) => `--set ${s.text}`).join(" ")}` : path;
  const label = basename(path).replace(/\.json$/i, "");
  return withWhere(where, () => {
    const parsed = parseJson(text);
    // A file that is not an object is reported by validation; --set has nowhere to go.
    const object = isRecord(parsed) ? sets.reduce((o, set) => setParameter(o, set.path, set.value), parsed) : parsed;
    return { object, readText, label, where };
  });
}

export function readScenario(path: string, sets: readonly SetFlag[] = []): LoadedScenario {
  const source = readScenarioSource(path, sets);
  return withWhere(source.where, () => ({ file: scenarioFromObject(source.object, source.readText), label: source.label }));
}

/** Runs `load`, naming the scenario (and its --set flags) in any InputError. */
export function withWhere<T>(where: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.issues, `invalid scenario ${where}`);
    throw error;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EISDIR") return "a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return (error as Error).message;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
