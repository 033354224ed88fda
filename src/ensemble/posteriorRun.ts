/**
 * The scenario of one run of a comparison: the variant's own, or, when the comparison carries
 * posterior draws, the variant's with draw (run mod N) set at the draws' paths. The command line
 * and the page both build runs through here, so a comparison over a posterior gives the same
 * numbers in both. Variants share the draw of a run, so their difference is paired run by run.
 */
import { withFittedValues } from "../batch/calibrationJob";
import type { Comparison } from "./comparisonFile";

/** Which draw run `run` takes (null without a posterior). */
export function drawOfRun(comparison: Pick<Comparison, "posterior">, run: number): number | null {
  return comparison.posterior ? run % comparison.posterior.draws.length : null;
}

/** The scenario (JSON) of `variant`'s scenario with draw `draw` set (the variant's own when null). */
export function scenarioWithDraw(comparison: Pick<Comparison, "posterior" | "variants">, variant: number, draw: number | null): unknown {
  const scenario = comparison.variants[variant].scenario;
  if (draw === null || !comparison.posterior) return scenario;
  return withFittedValues(scenario, comparison.posterior.paths, comparison.posterior.draws[draw]);
}
