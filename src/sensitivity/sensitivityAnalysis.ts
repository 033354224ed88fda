/**
 * The indices of a finished sensitivity analysis, per output, from every point's mean and
 * within-point variance: Morris mu*, mu and sigma, or Sobol first-order and total indices, each
 * input ranked (mu* or total index, largest first), with bootstrap intervals, the share of the
 * output's variance that is simulation noise, and the convergence findings.
 *
 * Noise share: each point's value is a mean over R runs, whose own variance is the within-point
 * variance / R; its average over the points, divided by the variance of the point values across
 * points, is the share of what the indices explain that is noise. Common random numbers make the
 * noise correlated across points, so differences (elementary effects, f(A) - f(AB_i)) carry less
 * of it than this share suggests: it is an upper bound in spirit, not an exact split.
 */
import seedrandom from "seedrandom";
import type { Interval } from "./bootstrap";
import { morrisIndices } from "./morrisIndices";
import { sobolConvergence, type ConvergenceFinding } from "./sobolConvergence";
import { sobolIndices, type SaltelliValues } from "./sobolIndices";
import type { SensitivityDesign } from "./sensitivityDesign";
import type { SensitivityOutput } from "./sensitivityOutputs";
import type { SensitivitySpec } from "./sensitivitySpec";

export interface InputIndices {
  input: string;
  /** 1 = the most important input for this output. */
  rank: number;
  /** Morris: muStar, mu, sigma; Sobol: first, total. */
  values: Record<string, number>;
  intervals: Record<string, Interval>;
  warning: string;
}

export interface OutputAnalysis {
  output: SensitivityOutput;
  /** Simulation noise as a share of the variance across points; null for one run per point or a constant output. */
  noiseShare: number | null;
  /** In rank order. */
  inputs: InputIndices[];
  findings: ConvergenceFinding[];
}

export function analyseSensitivity(
  spec: Pick<SensitivitySpec, "inputs" | "outputs" | "runs" | "masterSeed" | "tolerance" | "resamples" | "sampleSize">,
  design: SensitivityDesign,
  columns: readonly { means: Float64Array; variances: Float64Array }[],
): OutputAnalysis[] {
  const names = spec.inputs.map((i) => i.path);
  const k = names.length;
  return spec.outputs.map((output, o) => {
    const { means, variances } = columns[o];
    const random = seedrandom(`${spec.masterSeed}/bootstrap/${output}`);
    let unranked: Omit<InputIndices, "rank">[];
    let findings: ConvergenceFinding[] = [];
    let key: string;
    if (design.method === "morris") {
      const m = morrisIndices(design.points, means, k, random, spec.resamples);
      key = "muStar";
      unranked = names.map((input, i) => ({ input, values: { muStar: m.muStar[i], mu: m.mu[i], sigma: m.sigma[i] }, intervals: { muStar: m.muStarInterval[i] }, warning: "" }));
    } else {
      const values: SaltelliValues = { fA: new Float64Array(spec.sampleSize), fB: new Float64Array(spec.sampleSize), fAB: names.map(() => new Float64Array(spec.sampleSize)) };
      design.points.forEach((point, p) => {
        if (point.matrix === "A") values.fA[point.base] = means[p];
        else if (point.matrix === "B") values.fB[point.base] = means[p];
        else values.fAB[point.matrix][point.base] = means[p];
      });
      const s = sobolIndices(values, random, spec.resamples);
      key = "total";
      findings = sobolConvergence(names, s, spec.tolerance);
      unranked = names.map((input, i) => ({
        input,
        values: { first: s.first[i], total: s.total[i] },
        intervals: { first: s.firstInterval[i], total: s.totalInterval[i] },
        warning: findings.filter((f) => f.input === input || f.input === "").map((f) => f.message).join("; "),
      }));
    }
    const order = unranked.map((_, i) => i).sort((a, b) => rankValue(unranked[b].values[key]) - rankValue(unranked[a].values[key]) || a - b);
    return { output, noiseShare: noiseShare(means, variances, spec.runs), inputs: order.map((i, r) => ({ ...unranked[i], rank: r + 1 })), findings };
  });
}

function rankValue(value: number): number {
  return Number.isNaN(value) ? -Infinity : value;
}

function noiseShare(means: Float64Array, variances: Float64Array, runs: number): number | null {
  if (runs < 2 || means.length < 2) return null;
  const n = means.length;
  const mean = means.reduce((s, v) => s + v, 0) / n;
  const across = means.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  const noise = variances.reduce((s, v) => s + v, 0) / n / runs;
  return across > 0 ? noise / across : null;
}
