/**
 * Scenario files may take thresholds and the network from CSV files beside them. This replaces
 * those references by their contents, read through `readText` (the command line reads the disk;
 * the page has no disk and reports which file it would need).
 */
import type { ScenarioFile } from "./schema";
import { InputError, type InputIssue } from "./issues";

export type ReadText = (relativePath: string) => string;

export function resolveFiles(file: ScenarioFile, readText: ReadText | null): ScenarioFile {
  const issues: InputIssue[] = [];
  const read = (path: string, fieldPath: string): string | null => {
    if (!readText) {
      issues.push({ path: fieldPath, message: `"${path}" is a file reference, which only the command line can read; use a list in the scenario instead` });
      return null;
    }
    try {
      return readText(path);
    } catch (error) {
      issues.push({ path: fieldPath, message: `cannot read "${path}" (${(error as Error).message})` });
      return null;
    }
  };
  const parameters = { ...file.parameters };
  if (parameters.thresholds.distribution === "file") {
    const text = read(parameters.thresholds.file, "parameters.thresholds.file");
    if (text !== null) parameters.thresholds = { distribution: "list", values: parseThresholdCsv(text, parameters.thresholds.file, issues) };
  }
  parameters.subgroups = parameters.subgroups.map((group, k) => {
    if (group.thresholds.distribution !== "file") return group;
    const text = read(group.thresholds.file, `parameters.subgroups[${k}].thresholds.file`);
    return text === null ? group : { ...group, thresholds: { distribution: "list", values: parseThresholdCsv(text, group.thresholds.file, issues) } };
  });
  if (parameters.network.type === "edges" && parameters.network.file !== undefined) {
    const text = read(parameters.network.file, "parameters.network.file");
    if (text !== null) parameters.network = { type: "edges", edges: parseEdgeCsv(text, parameters.network.file, issues) };
  }
  if (issues.length) throw new InputError(issues, "invalid scenario");
  return { ...file, parameters };
}

/** Rows of a CSV text, skipping blank lines and a first row that is not numeric (a header). */
function csvRows(text: string): { line: number; cells: string[] }[] {
  const rows = text
    .split(/\r?\n/)
    .map((row, k) => ({ line: k + 1, cells: row.split(",").map((cell) => cell.trim().replace(/^"(.*)"$/, "$1")) }))
    .filter((row) => row.cells.some((cell) => cell !== ""));
  if (rows.length && rows[0].cells.some((cell) => Number.isNaN(Number(cell)))) rows.shift();
  return rows;
}

export function parseThresholdCsv(text: string, name: string, issues: InputIssue[]): number[] {
  const values: number[] = [];
  for (const { line, cells } of csvRows(text)) {
    const value = Number(cells[0]);
    if (cells[0] === "" || !(value >= 0 && value <= 1)) {
      issues.push({ path: `${name}:${line}`, message: `"${cells[0]}" is not a threshold from 0 to 1` });
      if (issues.length > 20) break;
    } else values.push(value);
  }
  return values;
}

export function parseEdgeCsv(text: string, name: string, issues: InputIssue[]): [number, number][] {
  const edges: [number, number][] = [];
  for (const { line, cells } of csvRows(text)) {
    const a = Number(cells[0]);
    const b = Number(cells[1]);
    if (cells.length < 2 || !Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0) {
      issues.push({ path: `${name}:${line}`, message: `expected two soldier ids (whole numbers from 0), got "${cells.join(",")}"` });
      if (issues.length > 20) break;
    } else edges.push([a, b]);
  }
  return edges;
}
