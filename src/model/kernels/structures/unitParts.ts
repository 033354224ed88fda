/**
 * Under unit observation (without homophily) the part of a need every member of a unit shares:
 * part_u = -(1 - w) * the unit's defected share (mix), or the seen punishment's rise - the share
 * (pure unit scope), plus the unit's shifts (a leader's sway, cohesion); Infinity while the unit's
 * members cannot be willing whatever their own thresholds (too few unit mates defected for a count
 * threshold, nobody to observe). Soldier i's need is then own_i + part_unit(i), with own_i his own
 * part (NeedKeys' key), so a unit event rewrites one number instead of every member's key.
 *
 * Soldiers are cut into runs at every multiple of 64 (BLOCK_BITS) and every unit boundary, so a
 * run lies in one unit and holds at most 64 soldiers. Each run keeps a lower bound of its least own
 * part (runMin, exact after the run is scanned; setOwn lowers it), and runMin[r] + part[unit] is a
 * lower bound of the run's least need (rounding is monotone, so the float sum is one too), read
 * afresh each day: a unit's part may rise or fall without any bound to keep up. A bound per block
 * of 64 with the least part of the units it overlaps would be weaker: a block shared by a unit
 * with many defectors and one with low own thresholds would be scanned every day for nobody.
 */
import { BLOCK_BITS } from "./needKeys";
import type { RunScratch } from "../state/scratch";

export class UnitParts {
  /** Each unit's shared part of its members' needs (Infinity until computed). */
  readonly part: Float64Array;
  /** Run r holds soldiers runStart[r]..runStart[r + 1] - 1, all of unit runUnit[r]. */
  readonly runStart: Int32Array;
  readonly runUnit: Int32Array;
  /** A lower bound of the least own part in each run. */
  readonly runMin: Float64Array;
  readonly own: Float64Array;
  /** Per block of 64: its first run, and the unit of its first soldier (for runOf). */
  private readonly blockRun: Int32Array;
  private readonly blockUnit: Int32Array;
  private readonly unitSize: number;

  /** `own`: each soldier's own part (NeedKeys' key array). */
  constructor(own: Float64Array, unitSize: number, scratch: RunScratch) {
    const capacity = own.length;
    this.own = own;
    this.unitSize = unitSize;
    this.part = scratch.take(Float64Array, Math.ceil(capacity / unitSize), Infinity);
    const blocks = (capacity >> BLOCK_BITS) + 1;
    this.blockRun = scratch.take(Int32Array, blocks);
    this.blockUnit = scratch.take(Int32Array, blocks);
    let runs = 0;
    for (let b = 0; b < blocks; b++) {
      const start = b << BLOCK_BITS;
      const end = Math.min(capacity, start + (1 << BLOCK_BITS));
      this.blockRun[b] = runs;
      this.blockUnit[b] = Math.floor(start / unitSize);
      if (end > start) runs += Math.floor((end - 1) / unitSize) - Math.floor(start / unitSize) + 1;
    }
    this.runStart = scratch.take(Int32Array, runs + 1);
    this.runUnit = scratch.take(Int32Array, runs);
    this.runMin = scratch.take(Float64Array, runs, Infinity);
    let r = 0;
    for (let i = 0; i < capacity; ) {
      const u = Math.floor(i / unitSize);
      this.runStart[r] = i;
      this.runUnit[r++] = u;
      i = Math.min(capacity, (u + 1) * unitSize, ((i >> BLOCK_BITS) + 1) << BLOCK_BITS);
    }
    this.runStart[r] = capacity;
  }

  /** The run soldier i is in. */
  runOf(i: number): number {
    const b = i >> BLOCK_BITS;
    return this.blockRun[b] + Math.floor(i / this.unitSize) - this.blockUnit[b];
  }

  /** Soldier i's own part is now `own` (Infinity: he cannot decide). */
  setOwn(i: number, own: number): void {
    this.own[i] = own;
    const r = this.runOf(i);
    if (own < this.runMin[r]) this.runMin[r] = own;
  }
}
