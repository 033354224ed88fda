/**
 * The runs of an ensemble as they arrive from the worker pool, in any order, stored by variant and
 * run. What is shown and exported is always the complete prefix: runs 0..k-1 of every variant,
 * where k is the largest such count. That is exactly what `defection compare --runs k` computes,
 * so partial results (while running, or after a cancel) are honest, paired run by run, and
 * independent of how many workers there were and in which order they finished.
 *
 * Each run keeps its summary and its defected share per day (for the bands); its whole series is
 * kept only while the ensemble's series CSV stays under MAX_SERIES_ROWS rows, beyond which the
 * page would run out of memory and the command line is the tool.
 */
import type { RunSeries, RunSummary } from "../../model/result";
import { seriesHeaderLine, seriesRows, summaryHeaderLine, summaryRow } from "../../output/runCsv";
import type { Comparison } from "../../ensemble/comparisonFile";
import type { EnsembleRun } from "../../../workers/protocol";

/** Rows (runs x days) of series the page keeps for the series CSV: about 70 MB of typed arrays. */
export const MAX_SERIES_ROWS = 2_000_000;

/** Rows of the series CSV of `comparison`: every run of every variant, days 0..days each. */
export function seriesRowCount(comparison: Pick<Comparison, "runs" | "variants">): number {
  return comparison.variants.reduce((sum, v) => sum + comparison.runs * (v.scenario.parameters.army.days + 1), 0);
}

export class EnsembleResults {
  readonly summaries: RunSummary[][];
  readonly shares: Float32Array[][];
  readonly series: RunSeries[][] | null;
  /** Runs received so far (complete prefix or not). */
  received = 0;
  private readonly contiguous: number[];

  constructor(
    readonly variants: number,
    readonly runs: number,
    keepSeries: boolean,
  ) {
    this.summaries = Array.from({ length: variants }, () => new Array(runs));
    this.shares = Array.from({ length: variants }, () => new Array(runs));
    this.series = keepSeries ? Array.from({ length: variants }, () => new Array(runs)) : null;
    this.contiguous = new Array(variants).fill(0);
  }

  get total(): number {
    return this.variants * this.runs;
  }

  add(variant: number, run: number, result: EnsembleRun): void {
    if (this.summaries[variant][run] !== undefined) return;
    this.summaries[variant][run] = result.summary;
    this.shares[variant][run] = shareOf(result.series);
    if (this.series) this.series[variant][run] = result.series;
    this.received++;
    while (this.contiguous[variant] < this.runs && this.summaries[variant][this.contiguous[variant]] !== undefined) this.contiguous[variant]++;
  }

  /** Whether run `run` of variant `variant` is in. */
  has(variant: number, run: number): boolean {
    return this.summaries[variant][run] !== undefined;
  }

  /** The same runs with the variants in a new order: variant v of the result is variant order[v] here. */
  reordered(order: readonly number[]): EnsembleResults {
    if (order.length !== this.variants) throw new Error(`invalid order: ${order.length} variants, expected ${this.variants}`);
    const next = new EnsembleResults(this.variants, this.runs, this.series !== null);
    order.forEach((from, v) => {
      next.summaries[v] = this.summaries[from];
      next.shares[v] = this.shares[from];
      if (next.series && this.series) next.series[v] = this.series[from];
      next.contiguous[v] = this.contiguous[from];
    });
    next.received = this.received;
    return next;
  }

  /** k: runs 0..k-1 of every variant are in. */
  get completeRuns(): number {
    return this.variants ? Math.min(...this.contiguous) : 0;
  }

  /** The summary CSV of runs 0..k-1, variant by variant (as `defection compare --summary`). */
  summaryCsv(names: readonly string[], k = this.completeRuns): string {
    const parts = [summaryHeaderLine("variant")];
    for (let v = 0; v < this.variants; v++) for (let run = 0; run < k; run++) parts.push(summaryRow({ scenario: names[v], run, result: { summary: this.summaries[v][run] } as EnsembleRun }));
    return parts.join("");
  }

  /** The series CSV of runs 0..k-1 in parts (one per run; a Blob joins them without one huge string). */
  seriesCsvParts(names: readonly string[], k = this.completeRuns): string[] {
    const series = this.series;
    if (!series) throw new Error(`the series of this ensemble are too many to keep in the page (over ${MAX_SERIES_ROWS.toLocaleString("en-US")} rows)`);
    const parts = [seriesHeaderLine("variant")];
    for (let v = 0; v < this.variants; v++) for (let run = 0; run < k; run++) parts.push(seriesRows({ scenario: names[v], run, result: { series: series[v][run], summary: this.summaries[v][run] } }));
    return parts;
  }
}

/** Defected share of the army on each day, as the series CSV's defectedShare column. */
export function shareOf(series: RunSeries): Float32Array {
  const share = new Float32Array(series.army.length);
  for (let d = 0; d < share.length; d++) share[d] = series.army[d] > 0 ? series.defected[d] / series.army[d] : 0;
  return share;
}
