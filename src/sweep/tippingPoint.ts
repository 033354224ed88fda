/**
 * The tipping point of a parameter that acts in one direction: the value at which the probability
 * of a cascade crosses a level (0.5 by default), by bisection on ensembles with common random
 * numbers. The interval brackets the values where the 95% Wilson interval of the probability
 * still contains the level: below it the cascade is clearly rarer than the level, above it
 * clearly more common.
 */
import type { ModelParams } from "../model/params";
import { Simulation } from "../model/simulation";
import { InputsBySeed } from "../batch/inputsBySeed";
import { runSeed } from "../model/runSeed";
import { InputError } from "../scenario/issues";
import { wilsonInterval } from "../ensemble/wilson";

export interface TippingRequest {
  build: (value: number) => ModelParams;
  path: string;
  range: [number, number];
  integer: boolean;
  level: number;
  runs: number;
  seed: number;
}

export interface TippingPoint {
  path: string;
  value: number;
  low: number;
  high: number;
  level: number;
  /** Cascade probability at the ends of the range and at the tipping point. */
  atLow: number;
  atHigh: number;
  atValue: number;
  /** True when the probability rises with the parameter. */
  increasing: boolean;
  ensembles: number;
}

export function findTippingPoint(request: TippingRequest): TippingPoint {
  const { range, runs, seed, level, integer } = request;
  const cache = new Map<number, number>();
  // Every candidate runs the same seeds: their soldiers are drawn once where the candidates draw the same.
  const inputs = new InputsBySeed();
  const cascades = (value: number) => {
    let count = cache.get(value);
    if (count === undefined) {
      const params = request.build(value);
      count = 0;
      for (let r = 0; r < runs; r++) {
        const s = runSeed(seed, r);
        if (new Simulation(params, s, inputs.inputsFor(params, s)).result().summary.cascade) count++;
      }
      cache.set(value, count);
    }
    return count;
  };
  const probability = (value: number) => cascades(value) / runs;
  const [lo, hi] = range;
  const atLow = probability(lo);
  const atHigh = probability(hi);
  if ((atLow - level) * (atHigh - level) > 0 || atLow === atHigh)
    throw new InputError(
      [{ path: "--range", message: `the cascade probability does not cross ${level} between ${lo} (${atLow}) and ${hi} (${atHigh}); widen the range or change the level` }],
      "no tipping point",
    );
  const increasing = atHigh > atLow;
  // The first value at which the probability reaches the level (from the side where it is below).
  const crossing = (f: (x: number) => number) => {
    let a = lo;
    let b = hi;
    for (let step = 0; step < 50; step++) {
      if (integer ? b - a <= 1 : b - a <= (hi - lo) * 1e-9) break;
      const mid = integer ? Math.floor((a + b) / 2) : (a + b) / 2;
      if ((f(mid) >= level) === increasing) b = mid;
      else a = mid;
    }
    return increasing ? b : a;
  };
  const value = crossing(probability);
  const upper = (x: number) => wilsonInterval(cascades(x), runs).high;
  const lower = (x: number) => wilsonInterval(cascades(x), runs).low;
  const ends = [crossing(increasing ? upper : lower), crossing(increasing ? lower : upper)].sort((a, b) => a - b);
  return { path: request.path, value, low: Math.min(ends[0], value), high: Math.max(ends[1], value), level, atLow, atHigh, atValue: probability(value), increasing, ensembles: cache.size };
}
