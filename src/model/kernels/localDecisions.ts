/**
 * Decisions under unit, network or mixed observation (Watts 2002 and its mix with the army-wide
 * rate), event-driven. Soldier i is willing when
 *     signal_i >= own_i + shift [+ punishment],  signal_i = w * f + (1 - w) * local_i
 * (w = 0 for purely local observation). What differs between soldiers changes only through
 * events: a neighbour or unit mate defects (local_i rises), a punishment is seen or forgotten
 * (pure local scopes), a unit gains members, the soldier hears of the offer. Those events mark the
 * soldiers they touch "dirty", and a day judges only
 *  - the dirty soldiers (the frontier of the cascade),
 *  - the "carried" ones, willing the day before but without a chance,
 *  - the ones whose need the day's common part now reaches: each soldier judged unwilling waits in
 *    a min-heap keyed by his need  key_i = own_i [+ punishment_i] - (1 - w) * local_i, to be popped
 *    when  w * f - shift [- punishment] (plus a margin for rounding) reaches it; a soldier whose
 *    need no open day ahead can reach (the Watts model: shift 0, key t_i - local_i > 0) is not put
 *    in the heap at all and waits for his next event.
 * Each judged soldier is judged with the exact expression of the straightforward rule. A day thus
 * costs O(touched + popped log N), never O(N).
 */
import { NeedHeap } from "./needHeap";
import { LOYAL as LOYAL_STATUS, type RunState } from "./runState";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const LOYAL = LOYAL_STATUS;

/** Rounding margin of the heap test; the exact test decides. Keys and bounds are O(1) numbers. */
const MARGIN = 1e-9;
const withMargin = (bound: number) => bound + MARGIN * (1 + Math.abs(bound));

export class LocalDecisions {
  private readonly state: RunState;
  private readonly heap: NeedHeap;
  /** Soldiers judged today: carried ones first (carry[0..carried)), then the others. */
  private readonly judged: Int32Array;
  private carried = 0;
  /** 1 while a soldier is in `judged`. */
  private readonly judging: Uint8Array;
  private readonly dirty: Uint8Array;
  private readonly dirtyList: Int32Array;
  private dirtyCount = 0;
  private readonly pureLocal: boolean;
  private readonly rise: number;
  private readonly punishmentDays: number;
  /** reach[d]: the largest heap bound of any open day from d on (-Infinity if none). */
  private readonly reach: Float64Array;
  /** Catches in day order, to forget their punishment when it expires (pure local scopes). */
  private readonly catchLog: Int32Array;
  private readonly catchDay: Int32Array;
  private logged = 0;
  private expired = 0;
  /** Batch stamp per unit, to touch each unit once per batch of events. */
  private readonly unitStamp: Int32Array;
  private batch = 0;

  constructor(state: RunState) {
    this.state = state;
    const n = state.capacity;
    this.heap = new NeedHeap(n);
    this.judged = new Int32Array(n);
    this.judging = new Uint8Array(n);
    this.dirty = new Uint8Array(n);
    this.dirtyList = new Int32Array(n);
    this.pureLocal = state.scope !== "mix";
    this.rise = state.params.deterrence.punishmentRise;
    this.punishmentDays = state.params.deterrence.punishmentDays;
    const tracksPunishment = this.pureLocal && this.rise > 0;
    this.catchLog = new Int32Array(tracksPunishment ? n : 0);
    this.catchDay = new Int32Array(tracksPunishment ? n : 0);
    this.unitStamp = new Int32Array(state.unitMembers.length).fill(-1);

    const { days } = state.params;
    const { offerOpen, commonShift } = state.schedule;
    // The army-wide share is at most 1, so w * f - shift <= w - shift on every open day.
    const top = this.pureLocal ? 0 : state.globalWeight;
    this.reach = new Float64Array(days + 2).fill(-Infinity);
    for (let d = days; d >= 1; d--) {
      const bound = offerOpen[d] ? withMargin(top - commonShift[d]) : -Infinity;
      this.reach[d] = bound > this.reach[d + 1] ? bound : this.reach[d + 1];
    }
  }

  /** After day 0: every loyal, eligible, aware soldier is judged on the first open day. */
  start(): void {
    const { status, aware } = this.state;
    const { eligible } = this.state.population;
    for (let i = 0; i < this.state.capacity; i++) if (status[i] === LOYAL && eligible[i] && aware[i]) this.touch(i);
  }

  /** Soldiers to be judged on the next open day whatever the common part: carried or touched. */
  get waitingCount(): number {
    return this.carried + this.dirtyCount;
  }

  /** Soldier i's need as of day `day`: a lower bound (up to MARGIN) of what the day's common part must reach. */
  private keyOf(i: number, day: number): number {
    const state = this.state;
    const own = state.ownThreshold[i];
    const local = state.localShare(i, state.unitDefected, state.neighbourDefected);
    let key: number;
    if (this.pureLocal) {
      if (local !== local) return Infinity; // observes no one: never willing by a local rule
      let t = own;
      if (this.rise > 0 && state.sawPunishment(i, day - this.punishmentDays)) t += this.rise;
      key = t - local;
    } else {
      key = own - (1 - state.globalWeight) * (local === local ? local : 0);
    }
    return key === key ? key : Infinity;
  }

  private touch(i: number): void {
    if (this.dirty[i]) return;
    this.dirty[i] = 1;
    this.dirtyList[this.dirtyCount++] = i;
  }

  /** The newly aware soldiers, state.newAware[0..count), are to be judged. */
  addAware(count: number): void {
    const { newAware } = this.state;
    for (let k = 0; k < count; k++) this.touch(newAware[k]);
  }

  private touchUnit(u: number): void {
    if (this.unitStamp[u] === this.batch) return;
    this.unitStamp[u] = this.batch;
    const size = this.state.unitSize;
    const { status } = this.state;
    for (let j = u * size, end = Math.min(this.state.capacity, j + size); j < end; j++) if (status[j] === LOYAL) this.touch(j);
  }

  private touchAround(i: number): void {
    const state = this.state;
    if (state.usesUnits) {
      this.touchUnit(state.unitOf(i));
      return;
    }
    const graph = state.graph!;
    const { status } = state;
    for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) {
      const j = graph.neighbours[e];
      if (status[j] === LOYAL) this.touch(j);
    }
  }

  /** Soldiers (of slots [start, end)) have joined: their units' shares changed. */
  joined(start: number, end: number): void {
    if (!this.state.usesUnits) return;
    this.batch++;
    for (let i = start; i < end; i++) this.touchUnit(this.state.unitOf(i));
  }

  /** Punishments seen on day d - punishmentDays - 1 are forgotten today: their witnesses are judged again. */
  forget(d: number): void {
    const last = d - this.punishmentDays - 1;
    this.batch++;
    while (this.expired < this.logged && this.catchDay[this.expired] <= last) this.touchAround(this.catchLog[this.expired++]);
  }

  decide(d: number): void {
    const state = this.state;
    const { heap, judged, judging, dirty, dirtyList } = this;
    const { status, aware } = state;
    const { eligible } = state.population;

    let count = this.carried;
    for (let k = 0; k < this.dirtyCount; k++) {
      const i = dirtyList[k];
      dirty[i] = 0;
      if (judging[i] || status[i] !== LOYAL || !eligible[i] || !aware[i]) continue;
      judging[i] = 1; // a heap entry stays, to be updated once judged

      judged[count++] = i;
    }
    this.dirtyCount = 0;

    const rise = this.rise;
    const common = state.schedule.commonShift[d];
    const global = state.defectedCount / state.armySize;
    const recent = d - this.punishmentDays;
    const globalPunished = rise > 0 && !this.pureLocal && state.lastCatchAnywhere >= recent;
    const bound = withMargin(this.pureLocal ? -common : state.globalWeight * global - common - (globalPunished ? rise : 0));
    while (heap.size > 0 && heap.minKey <= bound) {
      const i = heap.pop();
      if (judging[i]) continue; // touched today, already listed
      judging[i] = 1;
      judged[count++] = i;
    }

    const reach = this.reach[d + 1 < this.reach.length ? d + 1 : this.reach.length - 1];
    const { ownThreshold, unitDefected, neighbourDefected } = state;
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const i = judged[k];
      const signal = state.observedShare(i, global, unitDefected, neighbourDefected);
      let threshold = ownThreshold[i] + common;
      if (rise > 0 && (globalPunished || state.sawPunishment(i, recent))) threshold += rise;
      if (signal >= threshold) {
        if (heap.has(i)) heap.remove(i);
        if (!state.attempt(i, d)) {
          judged[kept++] = i; // willing, no chance today
          continue;
        }
        judging[i] = 0;
        continue;
      }
      judging[i] = 0;
      const key = this.keyOf(i, d + 1);
      if (key <= reach) {
        if (heap.has(i)) heap.update(i, key);
        else heap.push(i, key);
      } else if (heap.has(i)) heap.remove(i);
    }
    this.carried = kept;
  }

  /** After day d's defections and catches are applied: who saw them is judged again. */
  settle(d: number): void {
    const state = this.state;
    this.batch++;
    for (let k = 0; k < state.defections; k++) this.touchAround(state.newDefectors[k]);
    if (this.pureLocal && this.rise > 0) {
      for (let k = 0; k < state.catches; k++) {
        const i = state.newCaught[k];
        this.catchLog[this.logged] = i;
        this.catchDay[this.logged++] = d;
      }
    }
  }
}
