/**
 * Awareness when word of mouth travels through units (as unitAwareness.ts), visiting only the
 * soldiers who hear of the offer, not every unaware soldier every day. A soldier's day hazard is
 * one number per unit and day (h), so his total is the sum of the unit's h since he joined its
 * unaware list. Each unit keeps a running sum S of its h; a soldier who joins at sum S0 with
 * resistance r is filed under key = r + S0, and hears, roughly, on the first day S reaches his key.
 * A day costs one Math.log per unit and a pass over the keys near S (no running totals written,
 * no soldier's state read), plus the soldiers who hear. (A heap per unit costs more:
 * hearing is common, about one soldier per unit and day in the page's default ensemble, and each
 * pop and push is a chain of unpredictable branches.)
 *
 * Near and far: each unit's list is split into the keys S may reach within about NEAR_DAYS / sqrt(h)
 * days at today's hazard h (near, read every day) and the rest (far, with a lower bound of their
 * keys, farLeast). When S reaches farLeast the whole list is split again. With g unaware soldiers,
 * about g x h hear a day and their keys lie about 1/g apart, so a day reads about g x h x K near
 * keys and a split every K days reads g: K = 1/sqrt(h) balances the two. Reading every key of a
 * unit every day someone in it hears, as before, cost a third of a russia-asylum-2022 run (units of
 * 100, forgetting sends soldiers back every day) and more with units of 500 (hessians-1776).
 *
 * The straightforward rule compares his own total, the sum from 0 of the same h in the same order,
 * with r. S - S0 differs from that total only by rounding, a few ulps per day summed (see
 * `margin`): outside that margin of his key the comparison is certain; inside it (next to never)
 * the unit's logged h are summed from his first day exactly as the rule sums them, and compared.
 *
 * Unit u owns slots [u * unitSize, u * unitSize + count[u]) of `keys` and `members`: its near keys
 * first (near[u] of them, in no order), then its far keys (in no order). An emptied unit starts its
 * sum and log from 0.
 * The log holds up to `days` values per unit, so the kernel uses this only while units x days is
 * small (fits); otherwise unitAwareness.ts.
 */
import { reachHazard } from "../../schedule";
import type { RunState } from "../state/runState";
import { UnitAwarenessLists } from "./unitAwarenessLists";

/** The log of h values may take up to this many entries per soldier of capacity, or MIN_LOG entries. */
const LOG_PER_SOLDIER = 8;
/** Unit sizes below this have their day hazards memoised (a table of MEMO_SIDE^2). */
const MEMO_SIDE = 128;
const MIN_LOG = 2 ** 21;
/** A split keeps near the keys within NEAR_DAYS x sqrt(h) of S: about NEAR_DAYS / sqrt(h) days at today's hazard h (see above). */
const NEAR_DAYS = 1;

export class UnitAwarenessSums extends UnitAwarenessLists {
  /** Whether the log of every unit's daily hazards is small enough for this run. */
  static fits(state: RunState): boolean {
    const units = state.unitMembers.length;
    return units * (state.params.days + 1) <= Math.max(MIN_LOG, LOG_PER_SOLDIER * state.capacity);
  }

  private readonly keys: Float64Array;
  /** Per unit: how many of its slots are near (the first ones). */
  private readonly near: Int32Array;
  /** Per unit: the largest key its last split kept near; a soldier added with a key up to it is near too. */
  private readonly nearUpTo: Float64Array;
  /** Per unit: a lower bound of its far keys (Infinity when it has none). */
  private readonly farLeast: Float64Array;
  /** Per unit: the running sum of its h since it was last empty, and how many h it has logged since. */
  private readonly sum: Float64Array;
  private readonly logged: Int32Array;
  /** Unit u's h, in order, at log[u * logStride ...]. */
  private readonly log: Float64Array;
  private readonly logStride: number;
  /** Per soldier: the unit's log length when he joined its unaware list (his first h is the next). */
  private readonly firstLogged: Int32Array;
  /**
   * Relative margin of the certain comparisons: |(S - key) - (his own total - r)| stays below
   * (3 x days + 4) unit roundoffs (2^-53) of S + key (S, S0 and his total are sums of at most
   * `days` terms, all >= 0; key rounds r + S0 once), so (4 x days + 8) x 2^-52 leaves room to spare.
   */
  private readonly margin: number;
  private readonly leafletHazard: number;
  private readonly wordOfMouth: number;
  /** The day's hazard by (observed, aware observed), valid where stamp is the day (as listAwareness.ts). */
  private readonly memo = new Float64Array(MEMO_SIDE * MEMO_SIDE);
  private readonly stamp = new Int32Array(MEMO_SIDE * MEMO_SIDE);
  /** Whether the aware have left the lists (purgeAware), done on the first day with hazards. */
  private purged = false;

  /** How many comparisons fell inside the margin and were made with the rule's own sum (ownTotal). */
  exactChecks = 0;

  /** `marginScale` (tests) widens the margin: more comparisons are made with the rule's own sum, the numbers stay the same. */
  constructor(state: RunState, marginScale = 1) {
    super(state);
    const { scratch, unitSize, capacity } = state;
    const units = state.unitMembers.length;
    const days = state.params.days;
    this.keys = scratch.take(Float64Array, units * unitSize);
    this.near = scratch.take(Int32Array, units);
    this.farLeast = scratch.take(Float64Array, units, Infinity);
    this.nearUpTo = scratch.take(Float64Array, units, -Infinity);
    this.sum = scratch.take(Float64Array, units);
    this.logged = scratch.take(Int32Array, units);
    this.logStride = days + 1;
    this.log = scratch.take(Float64Array, units * this.logStride);
    this.firstLogged = scratch.take(Int32Array, capacity);
    this.margin = marginScale * (4 * days + 8) * 2 ** -52;

    const { leafletReach, wordOfMouth } = state.params.awareness;
    this.leafletHazard = reachHazard(leafletReach);
    this.wordOfMouth = wordOfMouth;
  }

  protected add(i: number): void {
    const u = Math.floor(i / this.state.unitSize);
    this.firstLogged[i] = this.logged[u];
    const key = this.state.awarenessResistance[i] + this.sum[u];
    const { keys, members } = this;
    const first = u * this.state.unitSize;
    let slot = first + this.count[u]++;
    if (key <= this.nearUpTo[u]) {
      // Near: the first far soldier moves to the end to make room.
      const firstFar = first + this.near[u]++;
      keys[slot] = keys[firstFar];
      members[slot] = members[firstFar];
      slot = firstFar;
    } else if (key < this.farLeast[u]) {
      this.farLeast[u] = key;
    }
    keys[slot] = key;
    members[slot] = i;
  }

  /** Day d's awareness step; the newly aware are listed in state.newAware[0..returned). */
  update(d: number): number {
    const state = this.state;
    if (state.awareCount === state.armySize) return 0;
    const base = this.leafletHazard + state.schedule.campaignHazard[d];
    const wordOfMouth = this.wordOfMouth;
    if (base === 0 && wordOfMouth === 0) return 0;
    if (!this.purged) this.purgeAware();
    const globalAware = state.awareCount / state.armySize;
    const mix = state.scope === "mix";
    const w = state.globalWeight;
    const { newAware, unitAware, unitMembers, unitSize, awarenessResistance } = state;
    const { keys, members, count: unitCount, near, farLeast, sum, logged, log, logStride, margin, memo, stamp } = this;
    let count = 0;
    for (let u = 0, units = unitCount.length; u < units; u++) {
      const size = unitCount[u];
      if (size === 0) continue;
      // The day's hazard of the unit, with the expression of the straightforward rule; it depends
      // on the unit only through (observed, aware observed), so it is computed once per pair and day.
      const observed = unitMembers[u] - 1;
      const seen = unitAware[u];
      let h: number;
      const at = observed * MEMO_SIDE + seen;
      if (observed < MEMO_SIDE && seen < MEMO_SIDE && stamp[at] === d) {
        h = memo[at];
      } else {
        const local = observed > 0 ? seen / observed : NaN;
        const share = mix ? w * globalAware + (1 - w) * (local === local ? local : 0) : local;
        h = share > 0 ? base + -Math.log(1 - wordOfMouth * share) : base;
        if (observed < MEMO_SIDE && seen < MEMO_SIDE) {
          memo[at] = h;
          stamp[at] = d;
        }
      }
      const s = sum[u] + h;
      sum[u] = s;
      log[u * logStride + logged[u]++] = h;
      // Keys above this are certainly not reached: key - margin * (s + key) > s (margin << 1).
      const limit = s + 4 * margin * s;
      const first = u * unitSize;
      if (farLeast[u] <= limit) this.split(u, limit + NEAR_DAYS * Math.sqrt(h));
      let end = first + near[u];
      let k = first;
      while (k < end) {
        const key = keys[k];
        if (!(key <= limit)) {
          k++;
          continue;
        }
        const i = members[k];
        const slack = margin * (s + key);
        if (key - slack > s || (s < key + slack && this.ownTotal(i, u) < awarenessResistance[i])) {
          k++; // short of his resistance (by the rule's own sum when S is this close to his key)
          continue;
        }
        newAware[count++] = i;
        this.remove(u, k);
        end--;
      }
    }
    state.becomeAware(count);
    return count;
  }

  /**
   * Initial defectors who had not heard are aware by defecting (after their cohort joined the
   * lists): they leave before the first day's hazards, so a unit's list holds only the unaware and
   * its share of aware soldiers stays a share (unitAwareness.ts drops them on that day's pass).
   */
  private purgeAware(): void {
    this.purged = true;
    const { aware } = this.state;
    const { keys, members, count, farLeast } = this;
    const unitSize = this.state.unitSize;
    for (let u = 0; u < count.length; u++) {
      // Every key is far until the unit's first split (near[u] is 0).
      const first = u * unitSize;
      let end = first + count[u];
      let low = Infinity;
      for (let k = first; k < end; ) {
        if (aware[members[k]]) {
          end--;
          keys[k] = keys[end];
          members[k] = members[end];
        } else {
          if (keys[k] < low) low = keys[k];
          k++;
        }
      }
      count[u] = end - first;
      farLeast[u] = low;
    }
  }

  /** Unit u's keys up to `upTo` become its near ones, the others far (with their exact least). */
  private split(u: number, upTo: number): void {
    const { keys, members } = this;
    const first = u * this.state.unitSize;
    const end = first + this.count[u];
    let nearEnd = first;
    let low = Infinity;
    for (let k = first; k < end; k++) {
      const key = keys[k];
      if (key <= upTo) {
        const i = members[k];
        keys[k] = keys[nearEnd];
        members[k] = members[nearEnd];
        keys[nearEnd] = key;
        members[nearEnd++] = i;
      } else if (key < low) {
        low = key;
      }
    }
    this.near[u] = nearEnd - first;
    this.farLeast[u] = low;
    this.nearUpTo[u] = upTo;
  }

  /** The last near slot, then the unit's last slot, fill the gaps (near keys stay first). */
  protected remove(u: number, slot: number): void {
    const { keys, members } = this;
    const first = u * this.state.unitSize;
    const last = first + --this.count[u];
    if (slot < first + this.near[u]) {
      const lastNear = first + --this.near[u];
      keys[slot] = keys[lastNear];
      members[slot] = members[lastNear];
      slot = lastNear;
    }
    keys[slot] = keys[last];
    members[slot] = members[last];
    if (last === first) {
      this.sum[u] = 0;
      this.logged[u] = 0;
      this.farLeast[u] = Infinity;
      this.nearUpTo[u] = -Infinity;
    }
  }

  /** Soldier i's total as the straightforward rule sums it: unit u's h since he joined its unaware list, in order, from 0. */
  private ownTotal(i: number, u: number): number {
    this.exactChecks++;
    const { log, logStride } = this;
    let total = 0;
    for (let j = u * logStride + this.firstLogged[i], end = u * logStride + this.logged[u]; j < end; j++) total += log[j];
    return total;
  }
}
