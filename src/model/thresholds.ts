/**
 * Drawing base thresholds. Soldier i's threshold depends only on its own uniforms in the
 * "thresholds" stream (and, for a list, its position), so changing one subgroup's distribution,
 * or any other parameter, leaves every other soldier's threshold as it was.
 */
import type { ThresholdDistribution } from "./params";
import { normalQuantile as sharedNormalQuantile } from "./normalQuantile";
import { uniformAt as sharedUniformAt } from "./random";

/** Module-local copies: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const normalQuantile = sharedNormalQuantile;
const uniformAt = sharedUniformAt;

const clip01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** A normal threshold from its uniform draw u: Normal(mean, sd) by inversion, clipped to [0, 1]. */
export function normalThreshold(mean: number, sd: number, u: number): number {
  return clip01(mean + sd * normalQuantile(u));
}

/** Threshold of soldier slot `i`; `listIndex` is its position in an explicit list. */
export function drawThreshold(dist: ThresholdDistribution, key: number, i: number, listIndex: number): number {
  switch (dist.kind) {
    case "normal":
      return normalThreshold(dist.mean, dist.sd, uniformAt(key, i, 0));
    case "uniform":
      return dist.min + (dist.max - dist.min) * uniformAt(key, i, 0);
    case "beta": {
      const x = gamma(dist.alpha, key, i, 0);
      const y = gamma(dist.beta, key, i, 1 << 16);
      return x + y > 0 ? x / (x + y) : dist.alpha / (dist.alpha + dist.beta);
    }
    case "list":
      return dist.values[listIndex];
  }
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma variables",
 * with the shape < 1 boost. Uniforms are soldier i's draws k0, k0+1, ... of the stream.
 */
function gamma(shape: number, key: number, i: number, k0: number): number {
  let k = k0;
  let boost = 1;
  if (shape < 1) {
    boost = Math.pow(uniformAt(key, i, k++), 1 / shape);
    shape += 1;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const x = normalQuantile(uniformAt(key, i, k++));
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = uniformAt(key, i, k++);
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * boost;
  }
  return d * boost; // not reached in practice: acceptance is above 95% per attempt
}

/** The mean of a distribution (for docs, the UI and sanity checks). */
export function distributionMean(dist: ThresholdDistribution): number {
  switch (dist.kind) {
    case "normal":
      return dist.mean;
    case "uniform":
      return (dist.min + dist.max) / 2;
    case "beta":
      return dist.alpha / (dist.alpha + dist.beta);
    case "list": {
      // A loop, not reduce: the values are a list or a Float64Array (from a file); same sum, same order.
      let sum = 0;
      for (let i = 0; i < dist.values.length; i++) sum += dist.values[i];
      return dist.values.length ? sum / dist.values.length : 0;
    }
  }
}
