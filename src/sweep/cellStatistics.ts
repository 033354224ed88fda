/**
 * What a sweep reports for each cell, from its runs' summaries: the final share (mean and 5%,
 * 50%, 95%), the probability of a cascade with its Wilson interval, median days to 10% and 50%
 * (over the runs that got there) and the mean peak daily rate.
 */
import type { RunSummary } from "../model/result";
import { quantileSorted } from "../ensemble/quantile";
import { wilsonInterval } from "../ensemble/wilson";

export const CELL_OUTPUTS = [
  "finalShareMean",
  "finalShareP05",
  "finalShareP50",
  "finalShareP95",
  "cascadeProbability",
  "cascadeLow",
  "cascadeHigh",
  "dayPast10Median",
  "dayPast50Median",
  "peakDailyRateMean",
] as const;

export type CellOutput = (typeof CELL_OUTPUTS)[number];
export type CellStatistics = Record<CellOutput, number | null>;

export function cellStatistics(runs: readonly RunSummary[]): CellStatistics {
  const shares = Float64Array.from(runs, (r) => r.finalShare).sort();
  const median = (values: (number | null)[]) => {
    const reached = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
    return reached.length ? quantileSorted(reached, 0.5) : null;
  };
  const cascade = wilsonInterval(runs.filter((r) => r.cascade).length, runs.length);
  return {
    finalShareMean: shares.reduce((s, x) => s + x, 0) / shares.length,
    finalShareP05: quantileSorted(shares, 0.05),
    finalShareP50: quantileSorted(shares, 0.5),
    finalShareP95: quantileSorted(shares, 0.95),
    cascadeProbability: cascade.estimate,
    cascadeLow: cascade.low,
    cascadeHigh: cascade.high,
    dayPast10Median: median(runs.map((r) => r.dayPast10)),
    dayPast50Median: median(runs.map((r) => r.dayPast50)),
    peakDailyRateMean: runs.reduce((s, r) => s + r.peakDailyRate, 0) / runs.length,
  };
}
