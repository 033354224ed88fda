import type { ModelParams } from "../model/params";
import { Simulation } from "../model/simulation";
import type { RunInputs } from "../model/kernels/state/runInputs";
import { runSeed } from "../model/runSeed";
import { targetValue, type Target } from "../scenario/target";

export interface EnsembleMeans {
  /** Mean of each target's quantity over the runs. */
  means: number[];
  /** Standard error of each mean (0 for a single run or when every run agrees). */
  standardErrors: number[];
}

/**
 * Each target's mean over `runs` runs with seeds seed, seed + 1, ... The same seeds at every
 * parameter value (common random numbers) make the means a smooth, nearly monotone function of
 * a parameter, which is what lets bisection and Nelder-Mead work on them. `inputsFor` may hand
 * out soldiers kept from an earlier ensemble with the same seeds (batch/inputsBySeed.ts).
 */
export function ensembleMeans(params: ModelParams, targets: readonly Target[], runs: number, seed: number, inputsFor?: (params: ModelParams, seed: number) => RunInputs): EnsembleMeans {
  const sums = new Float64Array(targets.length);
  const squares = new Float64Array(targets.length);
  for (let r = 0; r < runs; r++) {
    const s = runSeed(seed, r);
    const { series } = new Simulation(params, s, inputsFor?.(params, s)).result();
    targets.forEach((target, k) => {
      const value = targetValue(series, target);
      sums[k] += value;
      squares[k] += value * value;
    });
  }
  const means = Array.from(sums, (s) => s / runs);
  const standardErrors = means.map((mean, k) => (runs > 1 ? Math.sqrt(Math.max(0, squares[k] / runs - mean * mean) / (runs - 1)) : 0));
  return { means, standardErrors };
}
