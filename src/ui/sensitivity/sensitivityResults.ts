/**
 * The sample points of a sensitivity analysis as their runs come in from the worker pool, in any
 * order: a point's row is made once all its runs are there (from the summaries in run order, as
 * `defection sensitivity` does), and the points CSV holds the finished points sorted by point. With
 * every point done, the points and indices CSVs are the command line's bytes (same hash, same
 * rows); before that, the indices come from the complete trajectories or base rows
 * (partialResult.ts), and the points CSV is a part file the command line can --resume.
 */
import type { RunSummary } from "../../model/result";
import { csvLine } from "../../output/csvCell";
import { pointsHeader, pointsRow } from "../../sensitivity/pointsCsv";
import { designCells, pointValues, type SensitivityDesign } from "../../sensitivity/sensitivityDesign";
import { pointOutputs } from "../../sensitivity/sensitivityOutputs";
import { sensitivityResult } from "../../sensitivity/sensitivityResult";
import { partialResult, type PartialResult } from "../../sensitivity/partialResult";
import type { SensitivitySpec } from "../../sensitivity/sensitivitySpec";
import { ItemRuns } from "../sweep/itemRuns";

export class SensitivityResults {
  private readonly runs: ItemRuns;
  private readonly rows: (string | undefined)[];
  private cached: { done: number; result: PartialResult } | null = null;
  readonly header: string;

  constructor(
    readonly spec: SensitivitySpec,
    readonly design: SensitivityDesign,
    readonly hash: string,
  ) {
    this.runs = new ItemRuns(spec.runs);
    this.rows = new Array(spec.points);
    this.header = csvLine(pointsHeader(spec)) + "\n";
  }

  /** Adds run `run` of point `point`; returns true when that completed the point. */
  add(point: number, run: number, summary: RunSummary): boolean {
    const runs = this.runs.add(point, run, summary);
    if (!runs) return false;
    const { spec, design } = this;
    this.rows[point] = pointsRow(spec, point, designCells(spec, design, point), pointValues(spec, design, point), pointOutputs(runs, spec.outputs), this.hash);
    return true;
  }

  get pointsDone(): number {
    return this.runs.completed;
  }

  get complete(): boolean {
    return this.runs.completed === this.spec.points;
  }

  /** The points CSV of the finished points, sorted by point. */
  pointsCsv(): string {
    return this.header + this.rows.filter((row) => row !== undefined).join("");
  }

  /** The indices from what is done (recomputed only when more points are done). */
  result(): PartialResult {
    if (this.cached?.done === this.runs.completed) return this.cached.result;
    const text = this.pointsCsv();
    let result: PartialResult;
    if (this.complete) {
      const full = sensitivityResult(this.spec, this.design, [{ name: "points", text }], this.header, this.hash);
      const units = this.spec.method === "morris" ? this.spec.trajectories : this.spec.sampleSize;
      result = { units, totalUnits: units, analyses: full.analyses, indicesText: full.indicesText };
    } else result = partialResult(this.spec, this.design, text);
    this.cached = { done: this.runs.completed, result };
    return result;
  }
}
