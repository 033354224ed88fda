/**
 * The posterior predictive band of the cascade curve: `draws` parameter vectors resampled from the
 * posterior by weight (systematic resampling), one run each (draw k with seed + k), and per day the
 * 2.5%, 50% and 97.5% quantiles of the defected count and share; the same for each target, so the
 * historical figures can be set against what the fitted model predicts for them.
 */
import { sequentialStream } from "../model/random";
import { runSeed } from "../model/runSeed";
import { quantileSorted } from "../ensemble/quantile";
import { targetValue, type Target } from "../scenario/target";
import type { Population } from "./abcSmc";
import type { ParticleRunner } from "./particleRunner";

export interface Band {
  low: number[];
  median: number[];
  high: number[];
}

export interface PredictiveBand {
  draws: number;
  /** Day by day, 0 to the last day. */
  defected: Band;
  share: Band;
  /** Per target: its predicted 95% band and median. */
  targets: { target: Target; low: number; median: number; high: number }[];
}

export async function predictiveBand(population: Population, targets: readonly Target[], runner: ParticleRunner, options: { draws: number; seed: number }): Promise<PredictiveBand> {
  const chosen = systematicResample(population.particles.map((p) => p.weight), options.draws, sequentialStream(options.seed, "abc/predictive")());
  const tasks = chosen.map((i, k) => ({ values: population.particles[i].values, seed: runSeed(options.seed, k) }));
  const runs = await runner(tasks, (series) => ({
    defected: Array.from(series.defected),
    share: Array.from(series.defected, (d, day) => d / series.army[day]),
    targets: targets.map((t) => targetValue(series, t)),
  }));
  const days = Math.min(...runs.map((r) => r.defected.length));
  const band = (pick: (run: (typeof runs)[number]) => number[], length = days): Band => {
    const out: Band = { low: [], median: [], high: [] };
    for (let day = 0; day < length; day++) {
      const sorted = Float64Array.from(runs, (r) => pick(r)[day]).sort();
      out.low.push(quantileSorted(sorted, 0.025));
      out.median.push(quantileSorted(sorted, 0.5));
      out.high.push(quantileSorted(sorted, 0.975));
    }
    return out;
  };
  const perTarget = band((r) => r.targets, targets.length);
  return {
    draws: options.draws,
    defected: band((r) => r.defected),
    share: band((r) => r.share),
    targets: targets.map((target, k) => ({ target, low: perTarget.low[k], median: perTarget.median[k], high: perTarget.high[k] })),
  };
}

/** `count` indices drawn in proportion to `weights` (summing to 1), with one uniform `u` in [0, 1). */
export function systematicResample(weights: readonly number[], count: number, u: number): number[] {
  const chosen: number[] = [];
  let cumulative = weights[0];
  let i = 0;
  for (let k = 0; k < count; k++) {
    const point = (k + u) / count;
    while (point > cumulative && i < weights.length - 1) cumulative += weights[++i];
    chosen.push(i);
  }
  return chosen;
}
