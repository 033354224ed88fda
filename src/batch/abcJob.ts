/**
 * An ABC calibration as the command line and the page both run it: ABC-SMC over the priors
 * (calibration/abcSmc.ts), then the last generation's summary (medians, 95% credible intervals,
 * correlations) and its posterior predictive band (`draws` runs from `seed`). Where the runs
 * happen is the runner's business (threads on the command line, the page's worker pool), so the
 * same job and seed give the same numbers in both.
 */
import { abcSmc, type AbcHooks, type AbcState, type Population } from "../calibration/abcSmc";
import { posteriorSummary, type MarginalSummary } from "../calibration/posteriorSummary";
import { predictiveBand, type PredictiveBand } from "../calibration/predictiveBand";
import type { ParticleRunner } from "../calibration/particleRunner";
import type { Prior } from "../calibration/prior";
import type { Target } from "../scenario/target";
import { parameterAt } from "../scenario/parameters";

export interface AbcJob {
  priors: Prior[];
  targets: Target[];
  particles: number;
  runs: number;
  seed: number;
  maxGenerations: number;
  minTolerance: number;
  /** Posterior predictive draws. */
  draws: number;
}

export interface AbcOutcome {
  state: AbcState;
  /** The last generation: the posterior sample. */
  final: Population;
  marginals: MarginalSummary[];
  correlations: number[][];
  band: PredictiveBand;
}

export async function runAbcJob(job: AbcJob, runner: ParticleRunner, hooks: AbcHooks = {}, resume?: AbcState): Promise<AbcOutcome> {
  const { draws, ...options } = job;
  const state = await abcSmc(options, runner, hooks, resume);
  const final = state.populations.at(-1)!;
  const { marginals, correlations } = posteriorSummary(final, job.priors);
  const band = await predictiveBand(final, job.targets, runner, { draws, seed: job.seed });
  return { state, final, marginals, correlations, band };
}

/** Without stated priors: uniform over each fitted path's range (given, else the parameter's allowed range). */
export function uniformPriors(paths: readonly string[], ranges: Readonly<Record<string, readonly [number, number]>>): Prior[] {
  return paths.map((path) => {
    const parameter = parameterAt(path);
    if (!parameter) throw new Error(`${path} is not a numeric parameter`);
    const [low, high] = ranges[path] ?? [parameter.min, parameter.max];
    return { path, distribution: "uniform" as const, low, high };
  });
}
