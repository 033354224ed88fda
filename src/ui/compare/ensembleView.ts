/**
 * What the charts and the table of a comparison draw, computed from the complete prefix of an
 * ensemble's runs: per variant the daily bands of the defected share, the sorted final shares,
 * the statistics row (src/ensemble/variantStatistics, as the command line prints it) and the
 * run-by-run differences in final share to the baseline. Pure: no DOM.
 */
import type { Comparison } from "../../ensemble/comparisonFile";
import { dailyBands } from "../../ensemble/bands";
import { quantileSorted } from "../../ensemble/quantile";
import { variantStatistics } from "../../ensemble/variantStatistics";
import type { EnsembleResults } from "./ensembleResults";
import { VARIANT_COLOURS } from "./variantColour";
import type { EnsembleView, Spread, VariantView } from "../charts/ensemble/ensembleViewTypes";

export type { EnsembleView, Spread, VariantView } from "../charts/ensemble/ensembleViewTypes";

/** The view of runs 0..k-1 (k = the complete prefix) of `results`, named and coloured as `comparison` is now. */
export function ensembleView(results: EnsembleResults, comparison: Comparison, samples = 5): EnsembleView {
  const k = results.completeRuns;
  const summaries = results.summaries.map((runs) => runs.slice(0, k));
  const baseline = summaries[comparison.baseline] ?? null;
  const baselineShares = baseline ? results.shares[comparison.baseline].slice(0, k) : null;
  const variants = comparison.variants.map((variant, index): VariantView => {
    const own = summaries[index];
    const shares = results.shares[index].slice(0, k);
    const isBaseline = index === comparison.baseline;
    return {
      index,
      name: variant.name,
      colour: variant.colour ?? VARIANT_COLOURS[index % VARIANT_COLOURS.length],
      hidden: variant.hidden,
      days: variant.scenario.parameters.army.days,
      cascadeCutoff: variant.scenario.parameters.cascadeCutoff,
      bands: dailyBands(shares),
      finalShares: Float64Array.from(own, (s) => s.finalShare).sort(),
      statistics: variantStatistics(own, isBaseline ? null : baseline),
      difference: isBaseline || !baseline ? null : spread(Float64Array.from(own, (s, run) => s.finalShare - baseline[run].finalShare).sort()),
      dailyDifference: isBaseline || !baselineShares ? null : dailyBands(shares.map((run, r) => pairedDifference(run, baselineShares[r]))),
      samples: shares.slice(0, samples),
    };
  });
  return { variants, baseline: comparison.baseline, runs: k, requested: results.runs, commonRandomNumbers: comparison.commonRandomNumbers, masterSeed: comparison.masterSeed };
}

/** a[d] - b[d] on the days both have. */
function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: Math.min(a.length, b.length) }, (_, d) => a[d] - b[d]);
}

/** Median and 50% / 90% central ranges of ascending values (null without values). */
export function spread(sorted: Float64Array): Spread | null {
  if (sorted.length === 0) return null;
  return { p05: quantileSorted(sorted, 0.05), p25: quantileSorted(sorted, 0.25), p50: quantileSorted(sorted, 0.5), p75: quantileSorted(sorted, 0.75), p95: quantileSorted(sorted, 0.95) };
}
