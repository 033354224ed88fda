/**
 * The points CSV of a sensitivity analysis, one row per sample point: its index and the number of
 * points, where it sits in the design, its input values, the runs, each output's mean and
 * within-point variance over the runs, and the hash of the spec and program version that made it.
 * Shards write parts of the same form, so merging is sorting rows by point after checking that
 * every point is there once and every row carries the same hash.
 */
import { csvLine } from "../output/csvCell";
import { InputError } from "../scenario/issues";
import { designColumns } from "./sensitivityDesign";
import type { SensitivitySpec } from "./sensitivitySpec";

export function pointsHeader(spec: Pick<SensitivitySpec, "method" | "inputs" | "outputs">): string[] {
  return ["point", "points", ...designColumns(spec.method), ...spec.inputs.map((i) => i.path), "runs", ...spec.outputs.flatMap((o) => [o, `${o}Variance`]), "spec"];
}

export function pointsRow(
  spec: Pick<SensitivitySpec, "points" | "runs">,
  point: number,
  design: (string | number)[],
  values: number[],
  outputs: { mean: number; variance: number }[],
  hash: string,
): string {
  return csvLine([point, spec.points, ...design, ...values, spec.runs, ...outputs.flatMap((o) => [o.mean, o.variance]), hash]) + "\n";
}

export interface PointsRow {
  point: number;
  points: number;
  spec: string;
  line: string;
  /** The line's cells as text. */
  cells: string[];
}

export interface ParsedPoints {
  header: string;
  rows: PointsRow[];
  /** True when the last line was cut off (a killed writer); it is not among the rows. */
  truncated: boolean;
}

/** Reads a points or part file written by this program (its cells hold no commas or quotes). */
export function parsePoints(text: string, name: string): ParsedPoints {
  const truncated = text.length > 0 && !text.endsWith("\n");
  const lines = text.split("\n");
  lines.pop(); // the empty string after the final newline, or the cut-off line
  const header = lines.shift();
  if (header === undefined) throw new InputError([{ path: name, message: "is empty: no header" }], "invalid sensitivity points");
  const columns = header.split(",");
  if (columns[0] !== "point" || columns[1] !== "points" || columns[columns.length - 1] !== "spec")
    throw new InputError([{ path: name, message: "is not a sensitivity points file (expected columns point, points, ..., spec)" }], "invalid sensitivity points");
  const rows = lines.map((line, k) => {
    const cells = line.split(",");
    const point = Number(cells[0]);
    const points = Number(cells[1]);
    if (cells.length !== columns.length || !Number.isInteger(point) || !Number.isInteger(points))
      throw new InputError([{ path: `${name}:${k + 2}`, message: "is not a complete points row" }], "invalid sensitivity points");
    return { point, points, spec: cells[cells.length - 1], line: line + "\n", cells };
  });
  return { header: header + "\n", rows, truncated };
}

/** Each output's mean and variance at every point, from complete rows sorted by point. */
export function pointOutputColumns(spec: Pick<SensitivitySpec, "method" | "inputs" | "outputs">, rows: readonly PointsRow[]): { means: Float64Array; variances: Float64Array }[] {
  const first = designColumns(spec.method).length + spec.inputs.length + 3;
  return spec.outputs.map((_, o) => ({
    means: Float64Array.from(rows, (row) => Number(row.cells[first + 2 * o])),
    variances: Float64Array.from(rows, (row) => Number(row.cells[first + 2 * o + 1])),
  }));
}
