/**
 * The needs of an army whose thresholds are normal and not held (population.ts,
 * pendingThresholdDraws), known through each soldier's 32-bit draw (random.ts, drawBits) without
 * computing most of them. A soldier's need is a non-decreasing function of his draw (drawnNeeds.ts,
 * needOfBits), so soldiers grouped by the top bits of their draws have need bounds per group
 * (normalQuantileTable.ts, quantileGroupBounds), and groups are ordered by need:
 *  - counting the soldiers whose need is at most x (the need kernel asks once per move of the
 *    defected count) adds whole groups below x and computes needs only in the one or two groups
 *    whose bounds straddle x (converted to needs in place once);
 *  - a soldier's fate (the day the count first reached his need) is his group's when the whole
 *    group falls between two moves, and is computed from his own need only in the few groups that
 *    straddle a move.
 * Drawing (one hash per soldier) and grouping (a counting sort of the draws, into as many groups as
 * make about GROUP_SIZE soldiers each) are the only passes over the army besides writing fates.
 *
 * Memory: the draws by soldier (in the caller's fate array) and by group, 8 bytes per soldier.
 */
import { drawBits as sharedDrawBits, drawSalt } from "../../random";
import { CELL_BITS, quantileGroupBounds } from "../../normalQuantileTable";
import { NO_NEED as SHARED_NO_NEED, NormalNeedRule } from "./drawnNeeds";
import type { RunScratch } from "../state/scratch";

/** Module-local copies: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const drawBits = sharedDrawBits;
const NO_NEED = SHARED_NO_NEED;

/** About this many soldiers per group (fewer groups than 2^CELL_BITS only). */
const GROUP_SIZE = 256;

/** Group bounds use ranks: NO_NEED (never willing) ranks above every count. */
const rankOf = (need: number, size: number) => (need === NO_NEED ? size + 1 : need);

export class DrawnNormalNeeds {
  readonly rule: NormalNeedRule;
  private readonly size: number;
  private readonly shift: number;
  /** Soldiers' draws by group, the draws of a group turned into needs once it is counted. */
  private readonly grouped: Int32Array;
  /** Group g holds grouped[start[g]..start[g + 1]). */
  private readonly start: Int32Array;
  private readonly converted: Uint8Array;
  /** Rank bounds of each group's needs, non-decreasing in g. */
  private readonly lowRank: Int32Array;
  private readonly highRank: Int32Array;
  /** Needs of the initial defectors (counted in no group's total), ascending. */
  private readonly initialNeeds: Int32Array;

  /**
   * Draws each soldier of 0..size-1 into bits[i] (as int32) and groups the draws; `initial` are
   * the initial defectors (each once, in 0..size-1), left out of every count. The draws by group
   * are scratch (given back with the run's scratch once the fates are written).
   */
  constructor(mean: number, sd: number, key: number, size: number, common: number, least: number, bits: Int32Array, initial: Int32Array, scratch: RunScratch) {
    this.rule = new NormalNeedRule(mean, sd, common, size, least);
    this.size = size;
    let groupBits = 1; // at least 2 groups: a shift by 32 would be a shift by 0
    while (groupBits < CELL_BITS && size >> groupBits > GROUP_SIZE) groupBits++;
    const shift = 32 - groupBits;
    this.shift = shift;
    const groups = 2 ** groupBits;
    // Counting sort of the draws by group: count, then place.
    const start = new Int32Array(groups + 1);
    const salt = drawSalt(0);
    for (let i = 0; i < size; i++) {
      const b = drawBits(key, i, salt);
      bits[i] = b;
      start[(b >>> shift) + 1]++;
    }
    for (let g = 0; g < groups; g++) start[g + 1] += start[g];
    const grouped = scratch.take(Int32Array, size);
    const next = start.slice(0, groups);
    for (let i = 0; i < size; i++) {
      const b = bits[i];
      grouped[next[b >>> shift]++] = b;
    }
    this.grouped = grouped;
    this.start = start;
    this.converted = new Uint8Array(groups);

    const { low, high } = quantileGroupBounds(groupBits);
    this.lowRank = new Int32Array(groups);
    this.highRank = new Int32Array(groups);
    for (let g = 0; g < groups; g++) {
      this.lowRank[g] = rankOf(this.rule.needOfQuantileBound(low[g]), size);
      this.highRank[g] = rankOf(this.rule.needOfQuantileBound(high[g]), size);
    }
    this.initialNeeds = Int32Array.from(initial, (i) => rankOf(this.rule.needOfBits(bits[i]), size)).sort();
  }

  /** Soldiers other than the initial defectors whose need is at most x (a count, -1 for none). */
  countUpTo(x: number): number {
    const { lowRank, highRank, start, grouped } = this;
    // Groups wholly at or below x come first, then the groups straddling x, then those above.
    const below = firstAbove(highRank, x);
    const straddling = firstAbove(lowRank, x);
    let count = start[below];
    for (let g = below; g < straddling; g++) {
      if (!this.converted[g]) {
        for (let k = start[g]; k < start[g + 1]; k++) grouped[k] = rankOf(this.rule.needOfBits(grouped[k]), this.size);
        this.converted[g] = 1;
      }
      for (let k = start[g]; k < start[g + 1]; k++) if (grouped[k] <= x) count++;
    }
    return count - firstAbove(this.initialNeeds, x);
  }

  /**
   * Turns each soldier's draw in `fate` into his fate: the day of the first move whose count
   * (top, ascending) reaches his need, or `loyal` past the last; `initial` defectors get 0.
   */
  writeFates(fate: Int32Array, day: Int32Array, top: Int32Array, moves: number, loyal: number, initial: Int32Array): void {
    const { lowRank, highRank, shift, size } = this;
    const groups = lowRank.length;
    // A group's day, or STRADDLES when its needs fall on both sides of a move.
    const STRADDLES = -0x7fffffff;
    const groupDay = new Int32Array(groups);
    for (let g = 0, j = 0; g < groups; g++) {
      while (j < moves && top[j] < lowRank[g]) j++;
      let k = j;
      while (k < moves && top[k] < highRank[g]) k++;
      groupDay[g] = j !== k ? STRADDLES : j < moves ? day[j] : loyal;
    }
    for (let i = 0; i < size; i++) {
      const b = fate[i];
      const d = groupDay[b >>> shift];
      if (d !== STRADDLES) fate[i] = d;
      else {
        const j = firstReaching(top, moves, rankOf(this.rule.needOfBits(b), size));
        fate[i] = j < moves ? day[j] : loyal;
      }
    }
    for (let k = 0; k < initial.length; k++) fate[initial[k]] = 0;
  }
}

/** The first of `moves` ascending counts that reaches a rank (moves if none). */
function firstReaching(top: Int32Array, moves: number, rank: number): number {
  let lo = 0;
  let hi = moves;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (top[mid] < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is above x in a non-decreasing array (its length if none). */
function firstAbove(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
