import { parseJson } from "./safeJson";
import { resolveFiles, type ReadText } from "./resolveFiles";
import { checkResolvedScenario, validateScenario } from "./validateScenario";
import type { ScenarioFile } from "./schema";

/**
 * A scenario from a plain object: validated, its file references read, and validated again so
 * that what came from the files (list lengths, edge ids) is checked too.
 */
export function scenarioFromObject(input: unknown, readText: ReadText | null = null): ScenarioFile {
  const file = validateScenario(input);
  const needsFiles =
    file.parameters.thresholds.distribution === "file" ||
    file.parameters.subgroups.some((g) => g.thresholds.distribution === "file") ||
    file.parameters.events.some((e) => e.type === "mobilisation" && e.thresholds.distribution === "file") ||
    (file.parameters.network.type === "edges" && file.parameters.network.file !== undefined);
  return needsFiles ? checkResolvedScenario(resolveFiles(file, readText)) : file;
}

/** A scenario from JSON text (a file's contents). */
export function loadScenario(text: string, readText: ReadText | null = null): ScenarioFile {
  return scenarioFromObject(parseJson(text), readText);
}
