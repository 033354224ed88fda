/**
 * Each soldier's need under local or mixed observation (localDecisions.ts): the least value the
 * day's common part must reach for him to be willing, Infinity when he cannot decide. Keys sit in
 * soldier order in blocks of 64, each with a lower bound of its least key, so a day can skip every
 * block nobody in which is near his need.
 *
 * Under unit observation with units of 16 or more (no homophily) the keys hold only each soldier's
 * own part of his need, his unit's shared part is kept apart, and the bounds are per run of a
 * unit's members within a block (unitParts.ts); blockMin is then unused.
 *
 * Under network observation a new defector lowers each neighbour's need by the same step,
 * (1 - w) / degree: `fall` applies it in the pass that counts defected neighbours, without reading
 * anything else of the neighbour. Repeated subtraction may leave a key a few ulps above the
 * recomputed one, far inside the margin of the key test; a soldier judged unwilling gets his key
 * recomputed exactly.
 */
import type { RunScratch } from "../state/scratch";

export const BLOCK_BITS = 6;

export class NeedKeys {
  readonly key: Float64Array;
  /** A lower bound of the least key in each block (exact after the block is scanned). */
  readonly blockMin: Float64Array;
  /** What one more defected neighbour takes off the need (network observation; empty otherwise). */
  readonly step: Float64Array;

  constructor(capacity: number, step: Float64Array, scratch: RunScratch) {
    this.key = scratch.take(Float64Array, capacity, Infinity);
    this.blockMin = scratch.take(Float64Array, (capacity >> BLOCK_BITS) + 1, Infinity);
    this.step = step;
  }

  set(i: number, key: number): void {
    this.key[i] = key;
    const b = i >> BLOCK_BITS;
    if (key < this.blockMin[b]) this.blockMin[b] = key;
  }

  /** One more of soldier i's neighbours has defected (Infinity stays Infinity). */
  fall(i: number): void {
    const key = this.key[i] - this.step[i];
    this.key[i] = key;
    const b = i >> BLOCK_BITS;
    if (key < this.blockMin[b]) this.blockMin[b] = key;
  }
}
