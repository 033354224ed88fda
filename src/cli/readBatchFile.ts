/**
 * A batch file (a sweep or a sensitivity spec) read as the command line reads it: the file, then
 * its base scenario named by path, resolved inside the file's own folder unless --allow-files-outside
 * (src/cli/inputFiles.ts), with every file read listed so that no output may overwrite one.
 */
import { dirname, resolve } from "node:path";
import { InputError } from "../scenario";
import type { LoadObject } from "../scenario/baseScenario";
import type { ReadText } from "../scenario/resolveFiles";
import { excerpt } from "../scenario/escapeText";
import { readScenarioSource, withWhere } from "./readScenario";
import { resolveReference } from "./inputFiles";

export function readBatchFile<T>(
  path: string,
  allowOutside: boolean,
  what: string,
  validate: (object: unknown, loadObject: LoadObject, readText: ReadText) => T,
): { spec: T; readText: ReadText; inputs: string[] } {
  const source = readScenarioSource(path, [], { allowOutside, what });
  const folder = dirname(resolve(path));
  const loaded: { files: string[] }[] = [];
  let readText = source.readText;
  const loadObject: LoadObject = (reference) => {
    let full: string;
    try {
      full = resolveReference(folder, reference, allowOutside);
    } catch (error) {
      throw new InputError([{ path: "scenario", message: `cannot read ${excerpt(reference, 200)}: ${(error as Error).message}` }], `invalid ${what}`);
    }
    const base = readScenarioSource(full, [], { allowOutside });
    readText = base.readText;
    loaded.push(base);
    return { object: base.object, readText: base.readText };
  };
  const spec = withWhere(source.where, () => validate(source.object, loadObject, source.readText));
  // Every file read, now that validation has read them: the file, its base scenario and the CSV files either names.
  const inputs = [...source.files, ...loaded.flatMap((base) => base.files)];
  return { spec, readText, inputs };
}
