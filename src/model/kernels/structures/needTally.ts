/**
 * How many soldiers have each need 0..size (needCount.ts), for the need kernel
 * (globalNeedSimulation.ts): one byte per need, so that counting an army's needs, which lands on
 * them at random, touches a quarter of the memory a 4-byte count would (10^6 needs fit in a
 * core's cache); the rare need shared by 256 soldiers or more (thresholds clipped at 0 or 1, a
 * list of equal thresholds) keeps its multiples of 256 aside.
 */
export class NeedTally {
  /** Soldiers per need, modulo 256. */
  private readonly low: Uint8Array;
  /** Needs with 256 soldiers or more: need -> soldiers beyond `low`, a multiple of 256. */
  private readonly carries = new Map<number, number>();

  constructor(size: number) {
    this.low = new Uint8Array(size + 1);
  }

  add(need: number): void {
    const count = this.low[need] + 1;
    if (count === 256) {
      this.low[need] = 0;
      this.carries.set(need, (this.carries.get(need) ?? 0) + 256);
    } else this.low[need] = count;
  }

  remove(need: number): void {
    const count = this.low[need];
    if (count === 0) {
      this.low[need] = 255;
      this.carries.set(need, this.carries.get(need)! - 256);
    } else this.low[need] = count - 1;
  }

  /** Soldiers whose need is in from..to (inclusive). */
  sum(from: number, to: number): number {
    const { low } = this;
    let total = 0;
    for (let k = from; k <= to; k++) total += low[k];
    for (const [need, carry] of this.carries) if (need >= from && need <= to) total += carry;
    return total;
  }
}
