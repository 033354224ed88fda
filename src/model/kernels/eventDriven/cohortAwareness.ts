/**
 * Awareness when every unaware soldier of a cohort accumulates the same daily hazard: army-wide
 * observation, or no word of mouth. Soldiers who joined on the same day then carry bit-for-bit the
 * same total (the same numbers added in the same order from 0), so a cohort keeps one total and
 * its unaware soldiers sorted once by resistance: each day a pointer moves over those whose
 * resistance the total now reaches. A day costs O(cohorts + newly aware) instead of O(N).
 *
 * With forgetting, a forgetter's total goes back to 0 on the day he forgets and his resistance is
 * fresh (offerForgetting.ts): the soldiers who forget on one day carry the same total from then
 * on, so they form a ladder of their own, sorted by their new resistances, and leave the day's
 * list when its last member has heard again.
 */
import { sortByKey } from "../structures/sortByKey";
import { reachHazard } from "../../schedule";
import type { Cohort, RunState } from "../state/runState";
import { LOYAL as LOYAL_STATUS } from "../status";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const LOYAL = LOYAL_STATUS;

interface CohortLadder {
  /** Not initially aware soldiers of the cohort, by increasing resistance. */
  readonly order: Int32Array;
  readonly resistance: Float64Array;
  next: number;
  /** Hazard accumulated since the cohort joined, as each of its unaware soldiers holds it. */
  total: number;
  joined: boolean;
}

/** Sorted resistances by population (see globalDecisions.ts): sorted once per population. */
const sortedOrders = new WeakMap<object, Map<string, { order: Int32Array; resistance: Float64Array }[]>>();

export class CohortAwareness {
  private readonly state: RunState;
  private readonly ladders: CohortLadder[];
  /** Ladders of soldiers who forgot the offer, one per day with forgetters, until all have heard again. */
  private rehearing: CohortLadder[] = [];
  private readonly leafletHazard: number;
  private readonly wordOfMouth: number;

  constructor(state: RunState, cohorts: readonly Cohort[]) {
    this.state = state;
    const { leafletReach, wordOfMouth } = state.params.awareness;
    this.leafletHazard = reachHazard(leafletReach);
    this.wordOfMouth = wordOfMouth;
    const { population } = state;
    const { initiallyAware, awarenessResistance } = population;
    const key = cohorts.map((c) => `${c.start}-${c.end}`).join(",");
    let byKey = sortedOrders.get(population);
    if (!byKey) sortedOrders.set(population, (byKey = new Map()));
    let sorted = byKey.get(key);
    if (!sorted) {
      sorted = cohorts.map(({ start, end }) => {
        let count = 0;
        for (let i = start; i < end; i++) if (!initiallyAware[i]) count++;
        const order = new Int32Array(count);
        for (let i = start, k = 0; i < end; i++) if (!initiallyAware[i]) order[k++] = i;
        return { order, resistance: sortByKey(order, awarenessResistance) };
      });
      byKey.set(key, sorted);
    }
    this.ladders = sorted.map(({ order, resistance }) => ({ order, resistance, next: 0, total: 0, joined: false }));
  }

  /** Cohort c has joined the army: it accumulates hazard from this day on. */
  joined(c: number): void {
    this.ladders[c].joined = true;
  }

  /** Soldiers list[0..count) forgot the offer today: from tomorrow they accumulate hazard from 0 again. */
  forgot(list: Int32Array, count: number): void {
    if (count === 0) return;
    const order = list.slice(0, count);
    const resistance = sortByKey(order, this.state.awarenessResistance);
    this.rehearing.push({ order, resistance, next: 0, total: 0, joined: true });
  }

  /** Whether any soldier could still become aware on some later day (unaware soldiers remain). */
  get anyUnaware(): boolean {
    return this.state.awareCount < this.state.armySize;
  }

  /** Day d's awareness step; the newly aware are listed in state.newAware[0..returned). */
  update(d: number): number {
    const state = this.state;
    if (state.awareCount === state.armySize) return 0;
    const base = this.leafletHazard + state.schedule.campaignHazard[d];
    if (base === 0 && this.wordOfMouth === 0) return 0;
    let h = base;
    if (this.wordOfMouth > 0) {
      const share = state.awareCount / state.armySize;
      if (share > 0) h += -Math.log(1 - this.wordOfMouth * share);
    }
    let count = 0;
    for (const ladder of this.ladders) if (ladder.joined) count = this.climb(ladder, h, count);
    if (this.rehearing.length > 0) {
      for (const ladder of this.rehearing) count = this.climb(ladder, h, count);
      this.rehearing = this.rehearing.filter((ladder) => ladder.next < ladder.order.length);
    }
    state.becomeAware(count);
    return count;
  }

  /** Adds the day's hazard h to the ladder's total and lists its soldiers it now reaches after newAware[0..count); returns the new count. */
  private climb(ladder: CohortLadder, h: number, count: number): number {
    const { aware, status, newAware } = this.state;
    ladder.total += h;
    const { order, resistance, total } = ladder;
    let k = ladder.next;
    while (k < order.length && resistance[k] <= total) {
      const i = order[k++];
      if (!aware[i] && status[i] === LOYAL) newAware[count++] = i; // not one who evaded the draft
    }
    ladder.next = k;
    return count;
  }
}
