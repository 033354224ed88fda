/**
 * What a posterior says about each parameter: the weighted median and 95% credible interval, set
 * against the prior's own 95% interval. A posterior interval nearly as wide as the prior's means
 * the targets do not pin the parameter down (`identified: false`, at more than 75% of the prior's
 * width). Correlations (on the working scale) show trade-offs: two parameters the targets can
 * only fix together have a strong correlation and wide marginals.
 */
import { sequentialStream } from "../model/random";
import { quantileSorted } from "../ensemble/quantile";
import { fromWorking, samplePrior, toWorking, type Prior } from "./prior";
import { weightedQuantile } from "./weightedQuantile";
import { weightedCovariance } from "./weightedCovariance";
import type { Population } from "./abcSmc";

export interface MarginalSummary {
  path: string;
  median: number;
  low: number;
  high: number;
  priorLow: number;
  priorHigh: number;
  /** Posterior 95% width over the prior's 95% width (on the working scale). */
  narrowing: number;
  identified: boolean;
}

export const IDENTIFIED_BELOW = 0.75;

export function posteriorSummary(population: Population, priors: readonly Prior[]): { marginals: MarginalSummary[]; correlations: number[][] } {
  const weights = population.particles.map((p) => p.weight);
  const marginals = priors.map((prior, d) => {
    const values = population.particles.map((p) => p.values[d]);
    const [low, median, high] = [0.025, 0.5, 0.975].map((q) => weightedQuantile(values, weights, q));
    const [priorLow, priorHigh] = priorInterval(prior);
    const narrowing = (toWorking(prior, high) - toWorking(prior, low)) / (toWorking(prior, priorHigh) - toWorking(prior, priorLow));
    return { path: prior.path, median, low, high, priorLow, priorHigh, narrowing, identified: narrowing < IDENTIFIED_BELOW };
  });
  const working = population.particles.map((p) => p.values.map((v, d) => toWorking(priors[d], v)));
  const { covariance } = weightedCovariance(working, weights);
  const correlations = covariance.map((row, a) => row.map((v, b) => (a === b ? 1 : v / Math.sqrt(covariance[a][a] * covariance[b][b]) || 0)));
  return { marginals, correlations };
}

/** The prior's central 95% interval (exact for uniform and log-uniform, from 20,000 draws for a truncated normal). */
export function priorInterval(prior: Prior): [number, number] {
  if (prior.distribution !== "normal") {
    const [a, b] = [toWorking(prior, prior.low), toWorking(prior, prior.high)];
    return [fromWorking(prior, a + 0.025 * (b - a)), fromWorking(prior, a + 0.975 * (b - a))];
  }
  const random = sequentialStream(0, `prior/${prior.path}`);
  const draws = Float64Array.from({ length: 20_000 }, () => samplePrior(prior, random)).sort();
  return [quantileSorted(draws, 0.025), quantileSorted(draws, 0.975)];
}
