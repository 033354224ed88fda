/**
 * A small stochastic army whose parameters ABC should recover from targets it made itself: a
 * daily series of defections from one run at known values (not one of the calibration's seeds),
 * each figure with a 10% uncertainty (at least 3 soldiers). Used by the recovery tests and by
 * scripts/abc-coverage.ts (the coverage study over many repetitions).
 */
import { foundationParams, simulate, type ModelParams } from "../../src/model";
import { makeTarget, targetValue, type Target } from "../../src/scenario/target";
import type { Prior } from "../../src/calibration/prior";

export const RECOVERY_PRIORS: Prior[] = [
  { path: "offer.attractiveness", distribution: "uniform", low: 0, high: 0.4 },
  { path: "awareness.leafletReach", distribution: "log-uniform", low: 0.003, high: 0.3 },
  { path: "opportunity.daily", distribution: "uniform", low: 0.02, high: 0.5 },
];

export const RECOVERY_TRUTH = [0.15, 0.03, 0.1];

/** Model inputs for the first 2 or 3 parameters (the third, opportunity, is 0.1 when not fitted). */
export function recoveryParams(values: readonly number[]): ModelParams {
  return foundationParams({
    size: 400,
    days: 60,
    thresholds: { kind: "normal", mean: 0.35, sd: 0.15 },
    offer: { attractiveness: values[0], windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 14 },
    awareness: { initial: 0.05, leafletReach: values[1], wordOfMouth: 0 },
    opportunity: values[2] ?? RECOVERY_TRUTH[2],
  });
}

export const RECOVERY_DAYS = [5, 10, 20, 30, 45, 60];

/** The cumulative defected count on each of RECOVERY_DAYS in one run at `truth` with `seed`. */
export function recoveryTargets(truth: readonly number[], seed: number): Target[] {
  const { series } = simulate(recoveryParams(truth), seed);
  return RECOVERY_DAYS.map((day) => {
    const value = targetValue(series, makeTarget({ quantity: "defected", day, unit: "count", low: 0, high: 0, text: "" }));
    return makeTarget({ quantity: "defected", day, unit: "count", low: value, high: value, sd: Math.max(3, 0.1 * value), text: `defected@day=${day}:${value}` });
  });
}
