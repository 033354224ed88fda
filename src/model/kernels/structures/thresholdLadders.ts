/**
 * Each cohort's eligible soldiers sorted by own threshold (t_i, plus the reprisal for those with
 * families), NaN thresholds left out (never willing). Under army-wide observation the willing are
 * always a prefix of this order (globalDecisions.ts, globalCutoffSimulation.ts).
 *
 * Cached by population, reprisal and cohorts: runs of one population (a slider moved in a worker,
 * an ensemble's repeated scenario, the benchmark's repeated runs) sort it only once.
 */
import type { Population } from "../../population";
import { sortByKey } from "./sortByKey";
import type { Cohort } from "../state/runState";

export interface ThresholdOrder {
  /** Eligible soldiers of the cohort by increasing own threshold. */
  readonly order: Int32Array;
  /** Their own thresholds, in that order. */
  readonly threshold: Float64Array;
  /** The group (population.subgroup) of every soldier in the ladder, when split by group (homophily); -1 otherwise. */
  readonly group: number;
  /** The cohort (index in the cohorts given) the ladder's soldiers belong to. */
  readonly cohort: number;
}

const cache = new WeakMap<object, Map<string, ThresholdOrder[]>>();

/** Soldier i's own threshold, exactly as RunState.ownThreshold holds it. */
export const ownThresholdOf = (population: Population, reprisal: number, i: number): number =>
  population.family[i] ? population.thresholds[i] + reprisal : population.thresholds[i];

/**
 * With `groups` (homophily: each group reads its own signal), one ladder per cohort and group that
 * has soldiers in it, cohort by cohort; `cohortOf` then gives each ladder's cohort.
 */
export function thresholdLadders(population: Population, reprisal: number, cohorts: readonly Cohort[], groups = 0): ThresholdOrder[] {
  const key = `${reprisal} ${groups} ${cohorts.map((c) => `${c.start}-${c.end}`).join(",")}`;
  let byKey = cache.get(population);
  if (!byKey) cache.set(population, (byKey = new Map()));
  let sorted = byKey.get(key);
  if (sorted) return sorted;
  const { eligible } = population;
  const own = new Float64Array(population.capacity);
  for (let i = 0; i < own.length; i++) own[i] = ownThresholdOf(population, reprisal, i);
  const ladder = (start: number, end: number, group: number, cohort: number): ThresholdOrder => {
    const inLadder = (i: number) => eligible[i] && own[i] === own[i] && (group < 0 || population.subgroup[i] === group);
    let count = 0;
    for (let i = start; i < end; i++) if (inLadder(i)) count++;
    const order = new Int32Array(count);
    for (let i = start, k = 0; i < end; i++) if (inLadder(i)) order[k++] = i;
    return { order, threshold: sortByKey(order, own), group, cohort };
  };
  sorted = [];
  cohorts.forEach(({ start, end }, c) => {
    if (groups === 0) {
      sorted!.push(ladder(start, end, -1, c));
      return;
    }
    const present = new Uint8Array(groups);
    for (let i = start; i < end; i++) present[population.subgroup[i]] = 1;
    for (let g = 0; g < groups; g++) if (present[g]) sorted!.push(ladder(start, end, g, c));
  });
  byKey.set(key, sorted);
  return sorted;
}

/**
 * How many of the sorted thresholds the willing rule `signal >= t + common [+ rise]` accepts (it
 * accepts a prefix: the expression is monotone in t, so equal thresholds are all in or all out).
 */
export function willingPrefix(threshold: Float64Array, signal: number, common: number, punished: boolean, rise: number): number {
  let lo = 0;
  let hi = threshold.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let t = threshold[mid] + common;
    if (punished) t += rise;
    if (signal >= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
