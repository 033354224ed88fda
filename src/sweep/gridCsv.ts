/**
 * The grid CSV of a sweep, one row per cell: its index and the number of cells, the axis values,
 * the runs, the cell statistics, and the hash of the sweep spec and program version that made it.
 * Parts written by shards have the same form, so merging is sorting rows by cell after checking
 * that every cell is there once and every row carries the same hash.
 */
import { csvLine } from "../output/csvCell";
import { InputError } from "../scenario/issues";
import type { CellStatistics } from "./cellStatistics";
import type { SweepSpec } from "./sweepSpec";

export function gridHeader(spec: Pick<SweepSpec, "axes" | "outputs">): string[] {
  return ["cell", "cells", ...spec.axes.map((a) => a.path), "runs", ...spec.outputs, "spec"];
}

export function gridRow(spec: Pick<SweepSpec, "axes" | "cells" | "runs" | "outputs">, cell: number, values: number[], stats: CellStatistics, hash: string): string {
  return csvLine([cell, spec.cells, ...values, spec.runs, ...spec.outputs.map((o) => stats[o]), hash]) + "\n";
}

export interface GridRow {
  cell: number;
  cells: number;
  spec: string;
  line: string;
}

export interface ParsedGrid {
  header: string;
  rows: GridRow[];
  /** True when the last line was cut off (a killed writer); it is not among the rows. */
  truncated: boolean;
}

/** Reads a grid or part file written by this program (its cells hold no commas or quotes). */
export function parseGrid(text: string, name: string): ParsedGrid {
  const truncated = text.length > 0 && !text.endsWith("\n");
  const lines = text.split("\n");
  lines.pop(); // the empty string after the final newline, or the cut-off line
  const header = lines.shift();
  if (header === undefined) throw new InputError([{ path: name, message: "is empty: no header" }], "invalid sweep part");
  const columns = header.split(",");
  if (columns[0] !== "cell" || columns[1] !== "cells" || columns[columns.length - 1] !== "spec")
    throw new InputError([{ path: name, message: "is not a sweep grid (expected columns cell, cells, ..., spec)" }], "invalid sweep part");
  const rows = lines.map((line, k) => {
    const cells = line.split(",");
    const cell = Number(cells[0]);
    const total = Number(cells[1]);
    if (cells.length !== columns.length || !Number.isInteger(cell) || !Number.isInteger(total))
      throw new InputError([{ path: `${name}:${k + 2}`, message: "is not a complete grid row" }], "invalid sweep part");
    return { cell, cells: total, spec: cells[cells.length - 1], line: line + "\n" };
  });
  return { header: header + "\n", rows, truncated };
}
