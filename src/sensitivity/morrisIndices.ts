/**
 * Morris's elementary effects and their summaries (Morris 1991; Campolongo, Cariboni & Saltelli
 * 2007 for mu*): an input's effect in a trajectory is the change of the output over its move,
 * divided by the move in unit coordinates (so effects of inputs with different ranges compare).
 * mu* (mean absolute effect) ranks importance; mu (mean effect) gives direction, and a mu* much
 * above |mu| means effects of both signs; sigma (standard deviation of the effects) is large for
 * non-linear effects or interactions. mu* gets a bootstrap interval over trajectories.
 */
import { allRows, bootstrapIntervals, type Interval } from "./bootstrap";
import type { MorrisPoint } from "./morrisDesign";

export interface MorrisIndices {
  muStar: Float64Array;
  mu: Float64Array;
  sigma: Float64Array;
  muStarInterval: Interval[];
  /** effects[i][t]: the effect of input i in trajectory t. */
  effects: Float64Array[];
}

/** The elementary effects, effects[i][t], from the design and the output at each of its points. */
export function elementaryEffects(design: readonly MorrisPoint[], values: ArrayLike<number>, inputs: number): Float64Array[] {
  const trajectories = design.length / (inputs + 1);
  const effects = Array.from({ length: inputs }, () => new Float64Array(trajectories));
  design.forEach((point, p) => {
    if (point.step === 0) return;
    const before = design[p - 1];
    const i = point.moved;
    effects[i][point.trajectory] = (values[p] - values[p - 1]) / (point.unit[i] - before.unit[i]);
  });
  return effects;
}

/** mu*_1..mu*_k on the given trajectories. */
function meanAbsolute(effects: readonly Float64Array[], rows: Int32Array): Float64Array {
  return Float64Array.from(effects, (e) => {
    let sum = 0;
    for (const t of rows) sum += Math.abs(e[t]);
    return sum / rows.length;
  });
}

export function morrisIndices(design: readonly MorrisPoint[], values: ArrayLike<number>, inputs: number, random: () => number, resamples = 1000): MorrisIndices {
  const effects = elementaryEffects(design, values, inputs);
  const r = effects[0]?.length ?? 0;
  const mu = Float64Array.from(effects, (e) => e.reduce((s, x) => s + x, 0) / r);
  const sigma = Float64Array.from(effects, (e, i) => (r > 1 ? Math.sqrt(e.reduce((s, x) => s + (x - mu[i]) ** 2, 0) / (r - 1)) : NaN));
  return {
    muStar: meanAbsolute(effects, allRows(r)),
    mu,
    sigma,
    muStarInterval: bootstrapIntervals(r, resamples, random, (rows) => meanAbsolute(effects, rows)),
    effects,
  };
}
