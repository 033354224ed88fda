/**
 * The ABC posterior as CSV: one row per particle of the last generation with its importance
 * weight, its parameters' values and its runs' mean distance to the targets; and the posterior
 * predictive band of the cascade curve, one row per day.
 */
import { csvLine } from "./csvCell";
import type { Population } from "../calibration/abcSmc";
import type { PredictiveBand } from "../calibration/predictiveBand";

export function posteriorCsv(population: Population, paths: readonly string[]): string {
  const rows = [csvLine(["generation", "particle", "weight", ...paths, "meanDistance"])];
  population.particles.forEach((particle, i) => {
    const meanDistance = particle.distances.reduce((s, d) => s + d, 0) / particle.distances.length;
    rows.push(csvLine([population.generation, i, particle.weight, ...particle.values, meanDistance]));
  });
  return rows.join("\n") + "\n";
}

export function predictiveBandCsv(band: PredictiveBand): string {
  const rows = [csvLine(["day", "defectedLow", "defectedMedian", "defectedHigh", "shareLow", "shareMedian", "shareHigh"])];
  band.defected.median.forEach((_, day) =>
    rows.push(csvLine([day, band.defected.low[day], band.defected.median[day], band.defected.high[day], band.share.low[day], band.share.median[day], band.share.high[day]])),
  );
  return rows.join("\n") + "\n";
}
