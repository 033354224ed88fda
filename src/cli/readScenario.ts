/**
 * A scenario (or sweep, or comparison) file from the disk, with --set changes applied before
 * validation so that a bad value is reported like a bad value in the file: by field, value and
 * what is allowed. Files it refers to are read inside its own folder (inputFiles.ts) and listed,
 * so that no output can overwrite them.
 */
import { dirname, resolve, basename } from "node:path";
import { InputError, parseJson, parseSetValue, scenarioFromObject, setParameter, type ReadText, type ScenarioFile } from "../scenario";
import { escapeText } from "../scenario/escapeText";
import { UsageError } from "./usageError";
import { readJsonText, resolveReference, streamText } from "./inputFiles";

export interface LoadedScenario {
  file: ScenarioFile;
  /** The file's base name without .json, as written in the CSV's scenario column. */
  label: string;
  /** Every file read: the scenario and the files it refers to. */
  files: string[];
}

export interface SetFlag {
  path: string;
  value: unknown;
  /** As written on the command line, for messages. */
  text: string;
}

export interface ReadOptions {
  /** --allow-files-outside: file references may leave the file's folder. */
  allowOutside?: boolean;
  /** What the file is expected to be, for the heading of a refusal ("scenario", "sweep", ...). */
  what?: string;
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
  /** Reads a file the scenario refers to, inside the scenario's folder (unless allowed more). */
  readText: ReadText;
  label: string;
  /** The file and its --set flags, for messages. */
  where: string;
  /** Every file read so far (this one, then each file it refers to as it is read). */
  files: string[];
  /** The folder its references are resolved in. */
  folder: string;
}

/** The file as a plain object with --set applied, not yet validated (calibration changes it further). */
export function readScenarioSource(path: string, sets: readonly SetFlag[] = [], options: ReadOptions = {}): ScenarioSource {
  const what = options.what ?? "scenario";
  let text: string;
  try {
    text = readJsonText(path);
  } catch (error) {
    throw new InputError([{ path: "", message: `${escapeText(path)}: ${(error as Error).message}` }], `cannot read ${what}`);
  }
  const folder = dirname(resolve(path));
  const files = [path];
  const readText: ReadText = (reference) => {
    const full = resolveReference(folder, reference, options.allowOutside === true);
    const chunks = streamText(full);
    files.push(full);
    return chunks;
  };
  const where = sets.length ? `${path} with ${sets.map((s) => `--set ${s.text}`).join(" ")}` : path;
  const label = basename(path).replace(/\.json$/i, "");
  return withWhere(where, () => {
    const parsed = parseJson(text, what);
    refuseOtherKind(parsed, what);
    // A file that is not an object is reported by validation; --set has nowhere to go.
    const object = isRecord(parsed) ? sets.reduce((o, set) => setParameter(o, set.path, set.value), parsed) : parsed;
    return { object, readText, label, where, files, folder };
  });
}

export function readScenario(path: string, sets: readonly SetFlag[] = [], options: ReadOptions = {}): LoadedScenario {
  const source = readScenarioSource(path, sets, options);
  return withWhere(source.where, () => ({ file: scenarioFromObject(source.object, source.readText), label: source.label, files: source.files }));
}

/** Runs `load`, naming the file (and its --set flags) in any InputError, under the error's own heading. */
export function withWhere<T>(where: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.issues, `${error.context} ${escapeWhere(where)}`);
    throw error;
  }
}

function escapeWhere(where: string): string {
  return escapeText(where.length > 300 ? `${where.slice(0, 300)}...` : where);
}

const COMMAND_OF_KIND: Readonly<Record<string, string>> = { sweep: "defection sweep", comparison: "defection compare" };

/** A sweep or comparison file given where a scenario is expected: said as such, not as an invalid scenario. */
function refuseOtherKind(parsed: unknown, what: string): void {
  const kind = isRecord(parsed) && typeof parsed.kind === "string" ? parsed.kind : null;
  if (kind === null || !Object.hasOwn(COMMAND_OF_KIND, kind) || what.split(" or ").includes(kind)) return;
  throw new InputError([{ path: "kind", message: `this is a ${kind} file, not a ${what}: run it with ${COMMAND_OF_KIND[kind]}` }], `not a ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
