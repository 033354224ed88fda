/**
 * A soldier's need (needCount.ts) from his draw when his threshold is not held (population.ts,
 * pendingThresholdDraws): the need kernel (globalNeedSimulation.ts) then holds no threshold.
 *
 * For normal thresholds the need is found mostly without evaluating the quantile (NormalNeedRule).
 * The need is a non-decreasing function of the threshold (needOf: the rule's sum and comparison
 * are monotone floating-point operations, NO_NEED counting as the highest need), and the threshold
 * clip01(mean + sd * normalQuantile(u)) is a non-decreasing function of the quantile for sd >= 0.
 * So where the quantile is known to lie in [x - e, x + e] (normalQuantileTable.ts), the needs of
 * the thresholds at both ends bracket the soldier's: when they agree, that is his need, exactly
 * what the full evaluation gives. When they do not (his threshold is within e of a boundary k / N
 * minus the shift), his threshold is computed in full (normalThreshold, as drawThreshold does).
 */
import type { ThresholdDistribution } from "../../params";
import { drawThreshold as sharedDrawThreshold, normalThreshold as sharedNormalThreshold } from "../../thresholds";
import { CELL_MASK as SHARED_CELL_MASK, CELL_SHIFT as SHARED_CELL_SHIFT, normalQuantileTable as sharedNormalQuantileTable } from "../../normalQuantileTable";
import { NO_NEED as SHARED_NO_NEED, SAFE as SHARED_SAFE, needCount as sharedNeedCount } from "./needCount";
import type { NeedTally } from "./needTally";

/** Module-local copies: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const drawThreshold = sharedDrawThreshold;
const normalThreshold = sharedNormalThreshold;
const needCount = sharedNeedCount;
export const NO_NEED = SHARED_NO_NEED;
const SAFE = SHARED_SAFE;
const CELL_MASK = SHARED_CELL_MASK;
const CELL_SHIFT = SHARED_CELL_SHIFT;
const normalQuantileTable = sharedNormalQuantileTable;

/**
 * The need of a soldier of threshold t under army-wide observation of `size` soldiers, the day's
 * common shift added to it as reference.ts adds it; a count threshold (complex contagion) makes
 * `least` the least need.
 */
export function needOf(t: number, common: number, size: number, least: number): number {
  const need = needCount(t + common, size);
  return need === NO_NEED || least <= need ? need : least <= size ? least : NO_NEED;
}

/** Whether NormalNeedRule can take a distribution (a bracket needs sd >= 0 and finite numbers). */
export const bracketsNormal = (dist: ThresholdDistribution): dist is ThresholdDistribution & { kind: "normal" } =>
  dist.kind === "normal" && dist.sd >= 0 && Number.isFinite(dist.sd) && Number.isFinite(dist.mean);

/** needOf for soldiers with normal thresholds (sd >= 0), from their draws. */
export class NormalNeedRule {
  constructor(
    readonly mean: number,
    readonly sd: number,
    readonly common: number,
    readonly size: number,
    readonly least: number,
  ) {}

  /** The need of threshold clip01(mean + sd * x): a bound on needs where x bounds the quantile. */
  needOfQuantileBound(x: number): number {
    const t = this.mean + this.sd * x;
    return needOf(t < 0 ? 0 : t > 1 ? 1 : t, this.common, this.size, this.least);
  }

  /** The need of the soldier whose draw has these 32 bits (as uint32 or int32). */
  needOfBits(bits: number): number {
    const { mean, sd, common, size, least } = this;
    // The table is the process's (not held here, so no run counts it as its memory).
    const { knot, error } = normalQuantileTable();
    const b = bits >>> 0;
    const cell = b >>> CELL_SHIFT;
    const e = error[cell];
    const x0 = knot[cell];
    const x = x0 + (knot[cell + 1] - x0) * ((b & CELL_MASK) / (CELL_MASK + 1));
    const lo = mean + sd * (x - e);
    const hi = mean + sd * (x + e);
    const low = lo + common;
    const high = hi + common;
    const k = Math.ceil(high * size);
    // Both ends unclipped and needCount's first guess k for both (see below): needOf(lo) = needOf(hi).
    if (lo >= 0 && hi <= 1 && low > 0 && high <= 1 && k - high * size > SAFE && k - low * size < 1 - SAFE) {
      return least <= k ? k : least <= size ? least : NO_NEED;
    }
    const a = lo < 0 ? 0 : lo > 1 ? 1 : lo;
    const z = hi < 0 ? 0 : hi > 1 ? 1 : hi;
    // Clipped alike at both ends, the threshold is a; else it is computed in full.
    return needOf(a === z ? a : normalThreshold(mean, sd, (b + 0.5) / 4294967296), common, size, least);
  }
}

/*
 * Why the first test gives needOf at both ends. With lo, hi in [0, 1], clip01 leaves them as they
 * are. With zl = low * size <= zh = high * size (rounding is monotone) and k = ceil(zh):
 * k - zl < 1 - SAFE puts zl above k - 1, so ceil(zl) = k too, and both k - zl and k - zh lie in
 * (SAFE, 1 - SAFE), where needCount returns its first guess; low > 0 and high <= 1 pass its early
 * returns. needOf then applies the same `least` to both.
 */

/**
 * Writes needOf(drawThreshold(dist, key, i, i), ...) into need[i] for i in 0..size-1 and counts
 * each need other than NO_NEED in the tally: any distribution, each threshold drawn in full.
 */
export function countDrawnNeeds(dist: ThresholdDistribution, key: number, size: number, common: number, least: number, need: Int32Array, tally: NeedTally): void {
  for (let i = 0; i < size; i++) {
    const n = needOf(drawThreshold(dist, key, i, i), common, size, least);
    need[i] = n;
    if (n !== NO_NEED) tally.add(n);
  }
}
