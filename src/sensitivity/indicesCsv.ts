/**
 * The indices CSV of a sensitivity analysis, long format: one row per output and input, in rank
 * order within each output, with the index values, their 95% intervals, the output's noise share
 * and any convergence warning (empty when the sample is large enough).
 */
import { csvLine } from "../output/csvCell";
import type { OutputAnalysis } from "./sensitivityAnalysis";
import type { SensitivitySpec } from "./sensitivitySpec";

export function indicesHeader(method: SensitivitySpec["method"]): string[] {
  const values = method === "morris" ? ["muStar", "muStarLow", "muStarHigh", "mu", "sigma"] : ["first", "firstLow", "firstHigh", "total", "totalLow", "totalHigh"];
  return ["output", "input", "rank", ...values, "noiseShare", "warning"];
}

export function indicesCsv(method: SensitivitySpec["method"], analyses: readonly OutputAnalysis[]): string {
  const lines = [csvLine(indicesHeader(method))];
  for (const analysis of analyses)
    for (const row of analysis.inputs) {
      const v = row.values;
      const i = row.intervals;
      const values = method === "morris" ? [v.muStar, i.muStar.low, i.muStar.high, v.mu, v.sigma] : [v.first, i.first.low, i.first.high, v.total, i.total.low, i.total.high];
      lines.push(csvLine([analysis.output, row.input, row.rank, ...values, analysis.noiseShare, row.warning]));
    }
  return lines.join("\n") + "\n";
}
