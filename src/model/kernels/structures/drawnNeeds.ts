/**
 * Each soldier's need (needCount.ts), counted (needTally.ts), straight from his draw when his
 * threshold is not held (population.ts, pendingThresholdDraws): the need kernel
 * (globalNeedSimulation.ts) then holds 4 bytes per soldier instead of 8 more for a threshold read
 * once, and for normal thresholds evaluates the quantile for few soldiers.
 *
 * The need is a non-decreasing function of the threshold (needOf: the rule's sum and comparison are
 * monotone floating-point operations, NO_NEED counting as the highest need), and the threshold
 * clip01(mean + sd * normalQuantile(u)) is a non-decreasing function of the quantile for sd >= 0.
 * So where the quantile is known to lie in [x - e, x + e] (normalQuantileTable.ts), the needs of
 * the thresholds at both ends bracket the soldier's: when they agree, that is his need, exactly
 * what the full evaluation gives. When they do not (his threshold is within e of a boundary k / N
 * minus the shift), or the table gives no bound, his threshold is drawn in full (drawThreshold).
 * Other distributions are drawn in full for every soldier (uniform costs a multiplication).
 */
import type { ThresholdDistribution } from "../../params";
import { drawThreshold as sharedDrawThreshold } from "../../thresholds";
import { drawBits as sharedDrawBits, drawSalt } from "../../random";
import type { NeedTally } from "./needTally";
import { CELL_MASK as SHARED_CELL_MASK, CELL_SHIFT as SHARED_CELL_SHIFT, normalQuantileTable } from "../../normalQuantileTable";
import { NO_NEED as SHARED_NO_NEED, SAFE as SHARED_SAFE, needCount as sharedNeedCount } from "./needCount";

/** Module-local copies: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const drawThreshold = sharedDrawThreshold;
const drawBits = sharedDrawBits;
const needCount = sharedNeedCount;
const NO_NEED = SHARED_NO_NEED;
const SAFE = SHARED_SAFE;
const CELL_MASK = SHARED_CELL_MASK;
const CELL_SHIFT = SHARED_CELL_SHIFT;


/**
 * The need of a soldier of threshold t under army-wide observation of `size` soldiers, the day's
 * common shift added to it as reference.ts adds it; a count threshold (complex contagion) makes
 * `least` the least need.
 */
export function needOf(t: number, common: number, size: number, least: number): number {
  const need = needCount(t + common, size);
  return need === NO_NEED || least <= need ? need : least <= size ? least : NO_NEED;
}

/**
 * Writes needOf(drawThreshold(dist, key, i, i), ...) into need[i] for i in 0..size-1 and counts
 * each need other than NO_NEED in the tally.
 */
export function countDrawnNeeds(dist: ThresholdDistribution, key: number, size: number, common: number, least: number, need: Int32Array, tally: NeedTally): void {
  if (dist.kind === "normal" && dist.sd >= 0 && Number.isFinite(dist.sd) && Number.isFinite(dist.mean)) {
    countNormalNeeds(dist, key, size, common, least, need, tally);
    return;
  }
  for (let i = 0; i < size; i++) {
    const n = needOf(drawThreshold(dist, key, i, i), common, size, least);
    need[i] = n;
    if (n !== NO_NEED) tally.add(n);
  }
}

function countNormalNeeds(dist: ThresholdDistribution & { kind: "normal" }, key: number, size: number, common: number, least: number, need: Int32Array, tally: NeedTally): void {
  const { knot, error } = normalQuantileTable();
  const { mean, sd } = dist;
  const salt = drawSalt(0);
  const scale = 1 / (CELL_MASK + 1);
  const mostAbove = 1 - SAFE;
  for (let i = 0; i < size; i++) {
    const bits = drawBits(key, i, salt);
    const cell = bits >>> CELL_SHIFT;
    const e = error[cell];
    const x0 = knot[cell];
    const x = x0 + (knot[cell + 1] - x0) * ((bits & CELL_MASK) * scale);
    // His threshold lies in [lo, hi] (clip01 of the quantile's bounds).
    let lo = mean + sd * (x - e);
    lo = lo < 0 ? 0 : lo > 1 ? 1 : lo;
    let hi = mean + sd * (x + e);
    hi = hi < 0 ? 0 : hi > 1 ? 1 : hi;
    const low = lo + common;
    const high = hi + common;
    const k = Math.ceil(high * size);
    let n: number;
    if (low > 0 && high <= 1 && k - high * size > SAFE && k - low * size < mostAbove) {
      // needCount's first guess, k, for both ends (see below): so needOf(lo) = needOf(hi).
      n = least <= k ? k : least <= size ? least : NO_NEED;
    } else if (lo === hi) n = needOf(lo, common, size, least); // clipped at both ends: the threshold is lo
    else n = needOf(drawThreshold(dist, key, i, i), common, size, least);
    need[i] = n;
    if (n !== NO_NEED) tally.add(n);
  }
}

/*
 * Why the first test gives needOf at both ends. With zl = low * size <= zh = high * size (rounding
 * is monotone) and k = ceil(zh): k - zl < 1 - SAFE puts zl above k - 1, so ceil(zl) = k too, and
 * both k - zl and k - zh lie in (SAFE, 1 - SAFE), where needCount returns its first guess; low > 0
 * and high <= 1 pass its early returns. needOf then applies the same `least` to both.
 */
