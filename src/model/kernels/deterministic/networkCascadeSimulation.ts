/**
 * Watts's (2002) network model when every rule is deterministic: network observation, everyone
 * aware on joining, opportunity 1 and no catches (so no punishment). A loyal eligible soldier of
 * degree k > 0 is willing on an open day with common shift S when c / k >= t_i + S, c his defected
 * neighbours. For a fixed S that is c >= need_i(S), the least such whole c (found with that exact
 * floating-point test, so nothing is rounded differently), and each soldier keeps a countdown
 * remaining_i = need_i(S) - c_i. A new defector decrements his neighbours' countdowns; one that
 * reaches 0 is ready, and defects on the next open day. This is the classic frontier: a run costs
 * O(N + edges of defectors), plus O(N) on each open day whose common shift differs from the last
 * (offer opening, urgency, setbacks), when every need is computed again.
 *
 * Its numbers are those of the straightforward rule (reference.ts) to the last bit; the exactness
 * tests check it on random deterministic network scenarios.
 */
import { DailyRun } from "../dailyRun";
import type { Kernel } from "../kernel";
import { allocateSeries, recordDay } from "../../series";
import type { ModelParams } from "../../params";
import { everyoneEligible, noReprisals, type Population } from "../../population";
import type { Graph } from "../../network/graph";
import { buildSchedule, type DaySchedule } from "../../schedule";
import { LOYAL_FATE, type RunResult, type RunSeries } from "../../result";
import { buildRunInputs, type RunInputs } from "../state/runInputs";
import { cohortsOf } from "../state/cohorts";
import { hasDeterministicRules } from "./deterministicRules";
import type { Cohort } from "../state/runState";
import { RunScratch } from "../state/scratch";
import { NO_NEED as SHARED_NO_NEED, needCount as sharedNeedCount } from "../structures/needCount";
import { countThresholdOf } from "../../divisions";

/** Module-local copies: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const NO_NEED = SHARED_NO_NEED;
const needCount = sharedNeedCount;

/** A need no count reaches (ineligible, degree 0, NaN threshold, or above 1). */
const UNREACHABLE = 0x3fffffff;
/**
 * A defector's entry in `state` is DEFECTED + his day: above every countdown (at most UNREACHABLE),
 * and left alone by his neighbours' defections, so it still holds his day when the fates are written.
 */
const DEFECTED = 0x40000000;

export class NetworkCascadeSimulation extends DailyRun implements Kernel {
  /** Whether this kernel gives the run: network observation, and nobody ever unaware, without a chance or caught. */
  static applies(params: ModelParams): boolean {
    return params.observation.scope === "network" && hasDeterministicRules(params);
  }

  readonly population: Population;
  readonly graph: Graph;

  private readonly schedule: DaySchedule;
  private readonly series: RunSeries;
  private readonly cohorts: Cohort[];
  private readonly joinOrder: number[];
  private readonly joined: boolean[];
  private nextJoin = 0;
  /** Per cohort, the common shift its countdowns were last set against (NaN before the first). */
  private readonly needShift: number[];
  /**
   * The only per-soldier state (4 bytes): while loyal, his countdown, need - defected neighbours
   * (need 0 until first computed); once defected, DEFECTED + the day. Turned into the fates in place.
   */
  private readonly state: Int32Array;
  /** Soldiers whose countdown reached 0 since the last decisions: ready[0..readyCount); each is loyal and listed once. */
  private ready: Int32Array;
  private readyCount = 0;
  /** Today's defectors (the ready list of the day, swapped in). */
  private fresh: Int32Array;
  /** The common shift the needs are computed for (NaN before the first open day). */
  private shift = NaN;
  private readonly reprisal: number;
  /** Complex contagion: the least defected neighbours anyone needs (0: off); a count threshold is a need directly. */
  private readonly countThreshold: number;
  /** Read only where the mechanism is on (null: everyone eligible; nobody's threshold raised by reprisals). */
  private readonly eligible: Uint8Array | null;
  private readonly family: Uint8Array | null;
  /** The soldiers' base thresholds (read once per soldier and shift). */
  private readonly thresholds: Float64Array;
  private bitmap: Int32Array | null = null;
  /** Countdowns, day lists and bitmap, given back when the run is done (scratch.ts). */
  private readonly scratch = new RunScratch();
  private armySize = 0;
  private defected = 0;

  constructor(params: ModelParams, seed: number, inputs?: RunInputs) {
    if (!NetworkCascadeSimulation.applies(params)) throw new Error("invalid params: the network cascade kernel needs deterministic network observation");
    super(params, seed);
    const built = inputs ?? buildRunInputs(params, seed);
    if (!built.graph) throw new Error("invalid inputs: the scenario observes a network but no graph was given");
    this.population = built.population;
    this.graph = built.graph;
    this.schedule = buildSchedule(params);
    this.reprisal = params.deterrence.reprisal;
    this.countThreshold = Math.ceil(countThresholdOf(params));
    this.eligible = everyoneEligible(params) ? null : this.population.eligible;
    this.family = noReprisals(params) ? null : this.population.family;
    this.thresholds = this.population.thresholds;
    this.series = allocateSeries(params.days);
    ({ cohorts: this.cohorts, joinOrder: this.joinOrder } = cohortsOf(params));
    this.joined = this.cohorts.map((_, c) => c === 0);
    this.needShift = this.cohorts.map(() => NaN);
    const n = this.population.capacity;
    this.state = new Int32Array(n);
    this.ready = this.scratch.take(Int32Array, n);
    this.fresh = this.scratch.take(Int32Array, n);

    this.armySize = params.size;
    let count = 0;
    for (const i of this.population.initialDefectors) {
      if (!(i >= 0 && i < params.size) || this.state[i] >= DEFECTED) continue;
      this.state[i] = DEFECTED; // marks repeats in an id list as taken
      this.fresh[count++] = i;
    }
    this.applyDefections(count, 0);
    this.record(0, count);
  }

  result(): RunResult {
    this.advance();
    this.scratch.release();
    return this.outcomeOf(this.series, this.fates());
  }

  /** The defectors' days, LOYAL_FATE for everyone else, written over the state (once). */
  private fates(): Int32Array {
    const { state } = this;
    if (!this.fatesWritten) {
      for (let i = 0; i < state.length; i++) state[i] = state[i] >= DEFECTED ? state[i] - DEFECTED : LOYAL_FATE;
      this.fatesWritten = true;
    }
    return state;
  }

  private fatesWritten = false;

  /** The least count of defected neighbours that makes soldier i willing at common shift S (UNREACHABLE if none). */
  private needOf(i: number, shift: number): number {
    const { thresholds, graph, eligible, family } = this;
    if (eligible && !eligible[i]) return UNREACHABLE;
    const k = graph.offsets[i + 1] - graph.offsets[i];
    if (k === 0) return UNREACHABLE;
    const own = family && family[i] ? thresholds[i] + this.reprisal : thresholds[i];
    const need = needCount(own + shift, k);
    if (need === NO_NEED || this.countThreshold > k) return UNREACHABLE;
    return need < this.countThreshold ? this.countThreshold : need;
  }

  /**
   * Sets the needs of cohort c's loyal soldiers at the current shift, listing the willing as ready.
   * A countdown moves by the change of the need; the need at the cohort's previous shift is
   * computed again rather than kept (4 bytes a soldier saved; a shift changes on few days).
   */
  private setNeeds(c: number): void {
    const { state, ready } = this;
    const { start, end } = this.cohorts[c];
    const shift = this.shift;
    const before = this.needShift[c];
    this.needShift[c] = shift;
    let readyCount = this.readyCount;
    for (let i = start; i < end; i++) {
      if (state[i] >= DEFECTED) continue;
      const left = before === before ? state[i] + this.needOf(i, shift) - this.needOf(i, before) : state[i] + this.needOf(i, shift);
      state[i] = left;
      if (left <= 0) ready[readyCount++] = i;
    }
    this.readyCount = readyCount;
  }

  protected step(d: number): void {
    const { cohorts, joinOrder } = this;
    while (this.nextJoin < joinOrder.length && cohorts[joinOrder[this.nextJoin]].day <= d) {
      const c = joinOrder[this.nextJoin++];
      this.joined[c] = true;
      this.armySize += cohorts[c].end - cohorts[c].start;
      if (this.shift === this.shift) this.setNeeds(c);
    }
    let count = 0;
    if (this.schedule.offerOpen[d]) {
      const common = this.schedule.commonShift[d];
      if (common !== this.shift) {
        this.shift = common;
        this.readyCount = 0;
        for (let c = 0; c < cohorts.length; c++) if (this.joined[c]) this.setNeeds(c);
      }
      // Everyone ready defects: swap the lists, so the new countdowns fill an empty one.
      count = this.readyCount;
      const today = this.ready;
      this.ready = this.fresh;
      this.fresh = today;
      this.readyCount = 0;
      if (count > today.length >>> 6) this.sortById(today, count);
    }
    this.applyDefections(count, d);
    this.record(d, count);
    this.day = d;
  }

  /**
   * Puts list[0..count) (distinct ids) in increasing order through a bitmap, so that a day with
   * many defectors walks the graph's arrays forwards instead of at random (about a third faster on
   * large cascades). Only for days with more than 1/64 of the slots, where the bitmap scan is cheap.
   */
  private sortById(list: Int32Array, count: number): void {
    const words = (this.bitmap ??= this.scratch.take(Int32Array, (list.length + 31) >>> 5));
    for (let k = 0; k < count; k++) {
      const i = list[k];
      words[i >>> 5] |= 1 << (i & 31);
    }
    let at = 0;
    for (let w = 0; w < words.length; w++) {
      let bits = words[w];
      if (bits === 0) continue;
      words[w] = 0;
      while (bits !== 0) {
        const low = bits & -bits;
        list[at++] = (w << 5) + 31 - Math.clz32(low);
        bits ^= low;
      }
    }
  }

  /**
   * fresh[0..count) defected on day d: each is marked with his day and his loyal neighbours count
   * down. Marking as the list goes is safe: a listed soldier's countdown is at most 0, so a
   * neighbour's decrement before his mark never brings it to 0 again.
   */
  private applyDefections(count: number, d: number): void {
    const { fresh, state, ready } = this;
    const { offsets, neighbours } = this.graph;
    const mark = DEFECTED + d;
    let readyCount = this.readyCount;
    for (let k = 0; k < count; k++) {
      const i = fresh[k];
      state[i] = mark;
      for (let e = offsets[i], end = offsets[i + 1]; e < end; e++) {
        const j = neighbours[e];
        const left = state[j];
        // Counts down a loyal neighbour and leaves a defector's day (left >= DEFECTED) as it is,
        // without a branch: the sign bit of DEFECTED - 1 - left is 1 exactly for a defector.
        state[j] = left - 1 + ((DEFECTED - 1 - left) >>> 31);
        if (left === 1) ready[readyCount++] = j;
      }
    }
    this.readyCount = readyCount;
    this.defected += count;
  }

  private record(d: number, fresh: number): void {
    // Everyone is aware and no one is caught in the runs this kernel takes.
    recordDay(this.series, d, this.params.size, this.armySize, this.armySize, this.defected, fresh, 0, 0);
  }
}
