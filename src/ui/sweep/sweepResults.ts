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

/** What the spec column holds in a grid made by the page (the CLI writes a hash of spec and version). */
export const PAGE_HASH = "page";

export type { SweepCell } from "../charts/sweep/sweepCell";

export class SweepResults {
  private readonly pending = new Map<number, { runs: (RunSummary | undefined)[]; count: number }>();
  private readonly done: (SweepCell | undefined)[];
  private finished = 0;

  constructor(readonly spec: SweepSpec) {
    this.done = new Array(spec.cells);
  }

  /** Adds run `run` of cell `cell`; returns true when that completed the cell. */
  add(cell: number, run: number, summary: RunSummary): boolean {
    let entry = this.pending.get(cell);
    if (!entry) this.pending.set(cell, (entry = { runs: new Array(this.spec.runs), count: 0 }));
    if (entry.runs[run] === undefined) entry.count++;
    entry.runs[run] = summary;
    if (entry.count < this.spec.runs) return false;
    this.pending.delete(cell);
    this.done[cell] = { index: cell, values: cellValues(this.spec, cell), stats: cellStatistics(entry.runs as RunSummary[]) };
    this.finished++;
    return true;
  }

  get cellsDone(): number {
    return this.finished;
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
