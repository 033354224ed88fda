/**
 * Soldiers filed under the day something will happen to them (a capture, a forgetting), found
 * once from their own draws: a day then visits only the soldiers due that day. One list per day,
 * chained through one array over soldiers (a soldier is filed under at most one day at a time).
 */
import type { RunScratch } from "../state/scratch";

/** The end of a day's list. */
export const NONE = -1;

export class DueDays {
  /** The first soldier due on each day (NONE: nobody), the others chained through `next`. */
  private readonly first: Int32Array;
  readonly next: Int32Array;
  private readonly count: Int32Array;
  /** Soldiers filed and not yet reached (some may have left or defected since). */
  private filed = 0;

  /** How many soldiers are filed under days not yet taken. */
  get pending(): number {
    return this.filed;
  }

  constructor(scratch: RunScratch, days: number, capacity: number) {
    this.first = scratch.take(Int32Array, days + 1, NONE);
    this.count = scratch.take(Int32Array, days + 1);
    this.next = scratch.take(Int32Array, capacity);
  }

  /** Soldier i is due on day t. */
  file(i: number, t: number): void {
    this.next[i] = this.first[t];
    this.first[t] = i;
    this.count[t]++;
    this.filed++;
  }

  /** The first day after `day` with someone due (Infinity when nobody is). */
  nextDayAfter(day: number): number {
    if (this.filed === 0) return Infinity;
    const first = this.first;
    for (let t = day + 1; t < first.length; t++) if (first[t] !== NONE) return t;
    return Infinity;
  }

  /** Day d's list, emptied: its first soldier (NONE when nobody), the rest through `next`. */
  take(d: number): number {
    const head = this.first[d];
    this.first[d] = NONE;
    this.filed -= this.count[d];
    this.count[d] = 0;
    return head;
  }
}
