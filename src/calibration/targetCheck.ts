/**
 * Whether a scenario's values meet its own targets: each target's ensemble mean over `runs` runs
 * (seeds seed, seed + 1, ...), and how far it is from the figure in the figure's standard
 * deviations (0 inside a range). A target is met when that miss is at most MET_WITHIN.
 */
import type { ModelParams } from "../model/params";
import { simulate } from "../model/simulation";
import { runSeed } from "../model/runSeed";
import { targetMiss, targetValue, type Target } from "../scenario/target";
import { quantileSorted } from "../ensemble/quantile";

export const MET_WITHIN = 2;

export interface TargetCheck {
  target: Target;
  mean: number;
  /** Standard deviation over the runs (run-to-run spread, not the mean's error). */
  spread: number;
  /** The 2.5% and 97.5% quantiles of the runs' values (type 7, as ensemble/quantile.ts). */
  runsLow: number;
  runsHigh: number;
  miss: number;
  met: boolean;
}

export function checkTargets(params: ModelParams, targets: readonly Target[], runs: number, seed: number): TargetCheck[] {
  const values = targets.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    const { series } = simulate(params, runSeed(seed, r));
    targets.forEach((target, k) => values[k].push(targetValue(series, target)));
  }
  return targets.map((target, k) => {
    const mean = values[k].reduce((s, v) => s + v, 0) / runs;
    const spread = Math.sqrt(values[k].reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, runs - 1));
    const miss = targetMiss(mean, target);
    const sorted = Float64Array.from(values[k]).sort();
    return { target, mean, spread, runsLow: quantileSorted(sorted, 0.025), runsHigh: quantileSorted(sorted, 0.975), miss, met: miss <= MET_WITHIN };
  });
}
