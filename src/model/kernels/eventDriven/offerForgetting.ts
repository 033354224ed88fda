/**
 * Forgetting the offer (behaviour.forgetRate), event-driven. The straightforward rule rolls every
 * loyal aware soldier's forgetting draw every day (reference.ts, forgetOffer): he forgets on day d
 * when uniformAt(forgetting, i, d) < forgetRate. The draw is a pure function of soldier and day, so
 * when a soldier becomes aware on day a, the day he will forget, if still loyal then, is already
 * fixed: the first day t >= a of the run whose draw is below the rate. It is found once, by
 * scanning his stream from day a (the same draws the full sweep would make, about 1 / forgetRate
 * of them), and he is filed under that day. A day then visits only the soldiers due to forget on
 * it; one who has defected or been caught since is passed over. Each spell of awareness files a
 * soldier once (he becomes aware again only after forgetting), so one link per soldier suffices.
 *
 * The forgetting draws are the same in every run on the same soldiers and seed (they do not move
 * with attractiveness or anything else a slider usually moves), and finding a spell's end costs
 * about 1 / forgetRate of them (13 at 0.075): with spells' ends kept across runs (RunInputs.forgetDays,
 * structures/forgettingDays.ts: found by the same draws compared the same way) a later run reads them.
 *
 * A forgetter gets a fresh resistance to hearing again (uniformAt(rehearing, i, times forgotten)),
 * written into the run's copy of the resistances (RunState.awarenessResistance).
 */
import { drawBits as drawBitsImported, streamKey, uniformAtSalted as uniformAtSaltedImported } from "../../random";
import * as states from "../status";
import type { RunState } from "../state/runState";
import { DueDays, NONE as NONE_IMPORTED } from "../structures/dueDays";
import type { ForgettingDays, ForgettingDaysSlot } from "../structures/forgettingDays";

/** Module-local copies (under tsx an imported binding is a getter call in hot loops). */
const uniformAtSalted = uniformAtSaltedImported;
const drawBits = drawBitsImported;
const NONE = NONE_IMPORTED;
const { LOYAL } = states;

export class OfferForgetting {
  private readonly state: RunState;
  private readonly rate: number;
  private readonly days: number;
  private readonly forgetKey: number;
  private readonly rehearKey: number;
  /** Each aware soldier, under the day he will forget. */
  private readonly due: DueDays;
  private readonly timesForgotten: Int32Array;
  /** drawSalt(k) for k = 0..days (state.daySalts): the day of a forgetting draw, the count of a rehearing one (at most one forgetting a day). */
  private readonly parts: Uint32Array;
  /** The day's forgetters: forgot[0..count returned by forgetOn). */
  readonly forgot: Int32Array;
  /** Forgetting days kept across runs on these soldiers (null: drawn here). */
  private readonly keptDays: ForgettingDays | null;

  /** `forgetDays`: where forgetting days are kept across runs on these soldiers (RunInputs.forgetDays), if anywhere. */
  constructor(state: RunState, seed: number, forgetDays: ForgettingDaysSlot | null = null) {
    this.state = state;
    const { params, scratch, capacity } = state;
    this.rate = params.behaviour.forgetRate;
    this.days = params.days;
    this.forgetKey = streamKey(seed, "forgetting");
    this.rehearKey = streamKey(seed, "rehearing");
    this.due = new DueDays(scratch, params.days, capacity);
    this.timesForgotten = scratch.take(Int32Array, capacity);
    this.forgot = scratch.take(Int32Array, capacity);
    this.parts = state.daySalts;
    this.keptDays = forgetDays?.for(this.forgetKey, this.rate, params.days, capacity) ?? null;
  }

  /** Soldiers list[0..count) have become aware, able to forget from day `from` on: each is filed under the day he will forget. */
  becameAware(list: Int32Array, count: number, from: number): void {
    const { rate, days, forgetKey, due, parts, keptDays } = this;
    const limit = rate * 4294967296; // uniformAt(...) < rate, on the draw's 32 bits (random.ts, drawBits)
    for (let k = 0; k < count; k++) {
      const i = list[k];
      let t = keptDays !== null ? keptDays.find(i, from) : -1;
      if (t < 0) {
        for (t = from; t <= days; t++) if (drawBits(forgetKey, i, parts[t]) + 0.5 < limit) break;
        keptDays?.keep(i, from, t);
      }
      if (t <= days) due.file(i, t);
    }
  }

  /** The first day after `day` on which someone is due to forget (Infinity when nobody is). */
  nextDayAfter(day: number): number {
    return this.due.nextDayAfter(day);
  }

  /**
   * After day d's decisions and their effects: the loyal soldiers due today forget the offer (the
   * counts others observe are updated). Returns how many; they are listed in forgot[0..count).
   */
  forgetOn(d: number): number {
    const state = this.state;
    const { status, awarenessResistance } = state;
    const { forgot, timesForgotten, rehearKey, parts } = this;
    const next = this.due.next;
    let count = 0;
    for (let i = this.due.take(d); i !== NONE; i = next[i]) {
      if (status[i] !== LOYAL) continue;
      state.forget(i);
      awarenessResistance[i] = -Math.log(uniformAtSalted(rehearKey, i, parts[++timesForgotten[i]]));
      forgot[count++] = i;
    }
    return count;
  }
}
