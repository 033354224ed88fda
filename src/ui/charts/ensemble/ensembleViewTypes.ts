/**
 * What the charts of a comparison draw: per variant the daily bands of the defected share, the
 * sorted final shares, the statistics row and the differences to the baseline. The charts own this
 * contract; src/ui/compare/ensembleView.ts computes it from an ensemble's runs.
 */
import type { Bands } from "../../../ensemble/bands";
import type { VariantStatistics } from "../../../ensemble/variantStatistics";

export interface Spread {
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface VariantView {
  /** Position in the comparison. */
  index: number;
  name: string;
  colour: string;
  hidden: boolean;
  days: number;
  cascadeCutoff: number;
  /** Defected share by day over the runs: median, 50% and 90% bands. */
  bands: Bands;
  /** Final shares of the runs, ascending. */
  finalShares: Float64Array;
  statistics: VariantStatistics;
  /** Final share minus the baseline's, run by run; null for the baseline itself. */
  difference: Spread | null;
  /**
   * Defected share minus the baseline's in the same run, day by day (days both runs have):
   * median, 50% and 90% bands over the runs; null for the baseline itself.
   */
  dailyDifference: Bands | null;
  /** The first few runs' daily shares, drawn faint on request. */
  samples: Float32Array[];
}

export interface EnsembleView {
  variants: VariantView[];
  baseline: number;
  /** Runs per variant in the view (the complete prefix) and asked for. */
  runs: number;
  requested: number;
  commonRandomNumbers: boolean;
  masterSeed: number;
}

