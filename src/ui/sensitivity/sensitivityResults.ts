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

export class SensitivityResults {
  private readonly pending = new Map<number, { runs: (RunSummary | undefined)[]; count: number }>();
  private readonly rows: (string | undefined)[];
  private finished = 0;
  private cached: { done: number; result: PartialResult } | null = null;
  readonly header: string;

  constructor(
    readonly spec: SensitivitySpec,
    readonly design: SensitivityDesign,
    readonly hash: string,
  ) {
    this.rows = new Array(spec.points);
    this.header = csvLine(pointsHeader(spec)) + "\n";
  }

  /** Adds run `run` of point `point`; returns true when that completed the point. */
  add(point: number, run: number, summary: RunSummary): boolean {
    let entry = this.pending.get(point);
    if (!entry) this.pending.set(point, (entry = { runs: new Array(this.spec.runs), count: 0 }));
    if (entry.runs[run] === undefined) entry.count++;
    entry.runs[run] = summary;
    if (entry.count < this.spec.runs) return false;
    this.pending.delete(point);
    const { spec, design } = this;
    this.rows[point] = pointsRow(spec, point, designCells(spec, design, point), pointValues(spec, design, point), pointOutputs(entry.runs as RunSummary[], spec.outputs), this.hash);
    this.finished++;
    return true;
  }

  get pointsDone(): number {
    return this.finished;
  }

  get complete(): boolean {
    return this.finished === this.spec.points;
  }

  /** The points CSV of the finished points, sorted by point. */
  pointsCsv(): string {
    return this.header + this.rows.filter((row) => row !== undefined).join("");
  }

  /** The indices from what is done (recomputed only when more points are done). */
  result(): PartialResult {
    if (this.cached?.done === this.finished) return this.cached.result;
    const text = this.pointsCsv();
    let result: PartialResult;
    if (this.complete) {
      const full = sensitivityResult(this.spec, this.design, [{ name: "points", text }], this.header, this.hash);
      const units = this.spec.method === "morris" ? this.spec.trajectories : this.spec.sampleSize;
      result = { units, totalUnits: units, analyses: full.analyses, indicesText: full.indicesText };
    } else result = partialResult(this.spec, this.design, text);
    this.cached = { done: this.finished, result };
    return result;
  }
}
