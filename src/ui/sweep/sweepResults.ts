/**
 * The cells of a sweep as their runs come in from the worker pool, in any order: a cell's
 * statistics are computed once all its runs are there (from the summaries in run order, as
 * `defection sweep` does), and the grid CSV holds the finished cells only, so a cancelled sweep
 * still exports a usable, partial grid.
 */
import type { RunSummary } from "../../model/result";
import { cellStatistics } from "../../sweep/cellStatistics";
import type { SweepCell } from "../charts/sweep/sweepCell";
import { csvLine } from "../../output/csvCell";
import { gridHeader, gridRow } from "../../sweep/gridCsv";
import { cellValues, type SweepSpec } from "../../sweep/sweepSpec";
import { ItemRuns } from "./itemRuns";

/** What the spec column holds in a grid made by the page (the CLI writes a hash of spec and version). */
export const PAGE_HASH = "page";

export type { SweepCell } from "../charts/sweep/sweepCell";

export class SweepResults {
  private readonly runs: ItemRuns;
  private readonly done: (SweepCell | undefined)[];

  constructor(readonly spec: SweepSpec) {
    this.runs = new ItemRuns(spec.runs);
    this.done = new Array(spec.cells);
  }

  /** Adds run `run` of cell `cell`; returns true when that completed the cell. */
  add(cell: number, run: number, summary: RunSummary): boolean {
    const runs = this.runs.add(cell, run, summary);
    if (!runs) return false;
    this.done[cell] = { index: cell, values: cellValues(this.spec, cell), stats: cellStatistics(runs) };
    return true;
  }

  get cellsDone(): number {
    return this.runs.completed;
  }

  /** The finished cells, by index. */
  cells(): SweepCell[] {
    return this.done.filter((c): c is SweepCell => c !== undefined);
  }

  /** The grid CSV of the finished cells, with the columns of `defection sweep`. */
  gridCsv(): string {
    return csvLine(gridHeader(this.spec)) + "\n" + this.cells().map((c) => gridRow(this.spec, c.index, c.values, c.stats, PAGE_HASH)).join("");
  }
}
