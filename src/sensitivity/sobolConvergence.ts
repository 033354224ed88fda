/**
 * Says when a Sobol sample is too small to trust: an index whose 95% interval is wider than the
 * tolerance, an index outside [0, 1] by more than its interval allows (its interval excludes
 * the whole of [0, 1]), or a first-order index clearly above its total (impossible in theory:
 * both intervals apart). Each finding names the input and the numbers.
 */
import type { SobolIndices } from "./sobolIndices";

export interface ConvergenceFinding {
  input: string;
  message: string;
}

export function sobolConvergence(names: readonly string[], indices: SobolIndices, tolerance: number): ConvergenceFinding[] {
  const findings: ConvergenceFinding[] = [];
  if (!(indices.variance > 0) || Number.isNaN(indices.first[0])) return [{ input: "", message: "the output does not vary over the sample: no indices" }];
  const round = (x: number) => Number(x.toFixed(3));
  names.forEach((name, i) => {
    const checks: [string, number, { low: number; high: number }][] = [
      ["first-order", indices.first[i], indices.firstInterval[i]],
      ["total", indices.total[i], indices.totalInterval[i]],
    ];
    for (const [what, value, { low, high }] of checks) {
      const width = high - low;
      if (!(width <= tolerance)) findings.push({ input: name, message: `${what} index ${round(value)} has a 95% interval ${round(low)} to ${round(high)}, wider than the tolerance ${tolerance}` });
      if (high < 0 || low > 1) findings.push({ input: name, message: `${what} index ${round(value)} is outside [0, 1] beyond its interval (${round(low)} to ${round(high)})` });
    }
    if (indices.firstInterval[i].low > indices.totalInterval[i].high)
      findings.push({ input: name, message: `first-order index ${round(indices.first[i])} is above the total ${round(indices.total[i])} beyond both intervals` });
  });
  return findings;
}
