/**
 * Whether an ensemble's final shares pile up around the cascade cut-off. "Probability of a
 * cascade" means something when runs either take off or fizzle, so that the cut-off falls in the
 * gap between two humps; when many runs end near it, the probability only says which side of an
 * arbitrary line one spread-out distribution falls on, and moving the line moves the answer.
 */
import { shareText } from "./shareText";

/** Runs ending this close to the cut-off (either side) count as near it. */
export const CLUSTER_BAND = 0.1;
/** The warning is given when at least this share of runs ends near the cut-off. */
export const CLUSTER_SHARE = 0.25;
/** Fewer runs than this say too little to warn. */
const MIN_RUNS = 10;

/** The warning for `finalShares` (any order), or null when the runs split cleanly. */
export function cutoffClusterWarning(finalShares: ArrayLike<number>, cutoff: number): string | null {
  const n = finalShares.length;
  if (n < MIN_RUNS) return null;
  let near = 0;
  for (let k = 0; k < n; k++) if (Math.abs(finalShares[k] - cutoff) <= CLUSTER_BAND) near++;
  if (near / n < CLUSTER_SHARE) return null;
  return `${shareText(near / n)} of runs end within ${Math.round(CLUSTER_BAND * 100)} points of the ${shareText(cutoff)} cut-off: they do not split into cascades and fizzles, so the chance of a cascade depends on where the cut-off is drawn. Read the distribution of final shares instead.`;
}
