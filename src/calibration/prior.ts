/**
 * A prior for one calibrated parameter, as a scenario states it: uniform, log-uniform, or normal
 * truncated to [low, high] (by default the parameter's allowed range). ABC-SMC works on each
 * parameter's "working scale": the log for a log-uniform prior (so perturbations are relative and
 * the prior is flat there), the value itself otherwise.
 */
import { normalQuantile } from "../model/normalQuantile";

export type Prior =
  | { path: string; distribution: "uniform"; low: number; high: number }
  | { path: string; distribution: "log-uniform"; low: number; high: number }
  | { path: string; distribution: "normal"; mean: number; sd: number; low: number; high: number };

export function toWorking(prior: Prior, value: number): number {
  return prior.distribution === "log-uniform" ? Math.log(value) : value;
}

export function fromWorking(prior: Prior, working: number): number {
  return prior.distribution === "log-uniform" ? Math.exp(working) : working;
}

/** Log prior density on the working scale, up to a constant per prior; -Infinity outside its support. */
export function logPriorDensity(prior: Prior, working: number): number {
  const value = fromWorking(prior, working);
  if (!(value >= prior.low && value <= prior.high)) return -Infinity;
  if (prior.distribution === "normal") return -0.5 * ((value - prior.mean) / prior.sd) ** 2;
  return 0;
}

/** A draw on the working scale from uniforms in [0, 1) given by `random`. */
export function samplePrior(prior: Prior, random: () => number): number {
  if (prior.distribution === "uniform") return prior.low + random() * (prior.high - prior.low);
  if (prior.distribution === "log-uniform") return Math.log(prior.low) + random() * (Math.log(prior.high) - Math.log(prior.low));
  // Truncated normal by rejection: fine unless [low, high] holds almost none of the normal.
  for (let attempt = 0; attempt < 100_000; attempt++) {
    const value = prior.mean + prior.sd * normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, random())));
    if (value >= prior.low && value <= prior.high) return value;
  }
  throw new Error(`prior for ${prior.path}: normal(${prior.mean}, ${prior.sd}) has almost no mass in [${prior.low}, ${prior.high}]`);
}

/** A standard normal draw (inversion, so one uniform gives one normal). */
export function standardNormal(random: () => number): number {
  return normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, random())));
}
