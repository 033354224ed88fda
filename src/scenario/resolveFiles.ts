/**
 * Scenario files may take thresholds and the network from CSV files beside them. This replaces
 * those references by their contents, read through `readText` (the command line reads the disk,
 * inside the scenario's folder unless allowed more; the page has no disk and reports which file it
 * would need). The CSV files are read strictly and in chunks (numberCsv.ts) straight into typed
 * arrays: thresholds become a list whose values are a Float64Array (never an array of numbers: 8
 * bytes a soldier), ties a flat Int32Array (`pairs`), each checked as it is read.
 */
import type { ScenarioFile } from "./schema";
import { InputError, type InputIssue } from "./issues";
import { parseEdgeCsv, parseThresholdCsv, type TextSource } from "./numberCsv";
import { MAX_EDGES, MAX_SOLDIERS } from "./parameters";
import { excerpt } from "./escapeText";

/** Reads a file named in a scenario: its whole text or its chunks; throws an Error saying why not. */
export type ReadText = (relativePath: string) => TextSource;

/** What a reader has parsed already, so that a sweep's cells do not read a file again per cell. */
const parsed = new WeakMap<ReadText, Map<string, Float64Array | Int32Array>>();

export function resolveFiles(file: ScenarioFile, readText: ReadText | null): ScenarioFile {
  const issues: InputIssue[] = [];
  const p = file.parameters;
  const soldiers = p.army.size + p.events.reduce((n, e) => n + (e.type === "mobilisation" ? e.count : 0), 0);
  const read = <T extends Float64Array | Int32Array>(path: string, fieldPath: string, key: string, parse: (open: () => TextSource) => T | null): T | null => {
    if (!readText) {
      issues.push({ path: fieldPath, message: `${excerpt(path, 200)} is a file reference, which only the command line can read; use a list in the scenario instead` });
      return null;
    }
    let cache = parsed.get(readText);
    if (!cache) parsed.set(readText, (cache = new Map()));
    const cached = cache.get(`${key}\n${path}`);
    if (cached) return cached as T;
    try {
      const result = parse(() => readText(path));
      if (result) cache.set(`${key}\n${path}`, result);
      return result;
    } catch (error) {
      issues.push({ path: fieldPath, message: `cannot read ${excerpt(path, 200)}: ${(error as Error).message}` });
      return null;
    }
  };
  const thresholds = (path: string, fieldPath: string) =>
    read(path, fieldPath, "thresholds", (open) => parseThresholdCsv(open(), path, issues, MAX_SOLDIERS));

  const parameters = { ...p };
  if (parameters.thresholds.distribution === "file") {
    const values = thresholds(parameters.thresholds.file, "parameters.thresholds.file");
    if (values) parameters.thresholds = { distribution: "list", values };
  }
  parameters.subgroups = parameters.subgroups.map((group, k) => {
    if (group.thresholds.distribution !== "file") return group;
    const values = thresholds(group.thresholds.file, `parameters.subgroups[${k}].thresholds.file`);
    return values ? { ...group, thresholds: { distribution: "list", values } } : group;
  });
  parameters.events = parameters.events.map((event, k) => {
    if (event.type !== "mobilisation" || event.thresholds.distribution !== "file") return event;
    const values = thresholds(event.thresholds.file, `parameters.events[${k}].thresholds.file`);
    return values ? { ...event, thresholds: { distribution: "list", values } } : event;
  });
  const network = parameters.network;
  if (network.type === "edges" && network.file !== undefined) {
    const pairs = read(network.file, "parameters.network.file", `edges ${soldiers}`, (open) => parseEdgeCsv(open, network.file!, issues, soldiers, MAX_EDGES));
    if (pairs) parameters.network = { ...network, pairs };
  }
  if (issues.length) throw new InputError(issues, "invalid scenario");
  return { ...file, parameters };
}
