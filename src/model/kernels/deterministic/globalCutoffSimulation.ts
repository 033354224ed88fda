/**
 * Granovetter's global model when every rule is deterministic: army-wide observation, everyone
 * aware on joining, opportunity 1 and no catches (so no punishment). Then soldiers never wait:
 * on an open day every loyal soldier inside the willing prefix of his cohort's threshold order
 * (thresholdLadders.ts) defects, and a cohort's defectors up to day d are exactly the prefix up to
 * the furthest cut so far. A day is a binary search per cohort and a subtraction; no soldier is
 * visited while the run goes on. The fates are written once, when the result is asked for, from
 * the few days on which a cut moved. A run costs O(days x cohorts x log N + defectors), after the
 * per-population sort.
 *
 * Initial defectors sit inside the order too (an eligible one is in cohort 0's): cuts fall only
 * between distinct thresholds, so the ones a cut passes are those whose own threshold is at most
 * the last threshold inside it, counted with a pointer over their own thresholds, sorted.
 *
 * Its numbers are those of the straightforward rule (reference.ts) to the last bit; the exactness
 * tests check it on random deterministic global scenarios.
 */
import { DailyRun } from "../dailyRun";
import type { Kernel } from "../kernel";
import { allocateSeries, recordDay } from "../../series";
import type { ModelParams } from "../../params";
import type { Population } from "../../population";
import type { Graph } from "../../network/graph";
import { buildSchedule, type DaySchedule } from "../../schedule";
import { LOYAL_FATE, type RunResult, type RunSeries } from "../../result";
import { buildRunInputs, type RunInputs } from "../state/runInputs";
import { cohortsOf } from "../state/cohorts";
import { hasDeterministicRules } from "./deterministicRules";
import type { Cohort } from "../state/runState";
import { ownThresholdOf, thresholdLadders, willingPrefix, type ThresholdOrder } from "../structures/thresholdLadders";
import { countThresholdOf } from "../../divisions";

export class GlobalCutoffSimulation extends DailyRun implements Kernel {
  /** Whether this kernel gives the run: global observation, and nobody ever unaware, without a chance or caught. */
  static applies(params: ModelParams): boolean {
    return params.observation.scope === "global" && hasDeterministicRules(params);
  }

  readonly population: Population;
  readonly graph: Graph | null = null;

  private readonly schedule: DaySchedule;
  private readonly series: RunSeries;
  private readonly cohorts: Cohort[];
  private readonly joinOrder: number[];
  private nextJoin = 0;
  private readonly ladders: readonly ThresholdOrder[];
  private readonly joined: boolean[];
  /** Per cohort: positions below this have defected (or were initial defectors). */
  private readonly reached: Int32Array;
  /** Cut moves, for the fates: cohort, from, to, day. */
  private moves: Int32Array;
  private moveCount = 0;
  /** Valid initial defectors, and the own thresholds of those in cohort 0's order, sorted. */
  private readonly initial: Int32Array;
  private readonly initialOwn: Float64Array;
  private initialPassed = 0;
  private armySize = 0;
  private defected = 0;
  /** Complex contagion: nobody is willing while fewer than this have defected (0: off). */
  private readonly countThreshold: number;
  private outcome: RunResult | null = null;

  constructor(params: ModelParams, seed: number, inputs?: RunInputs) {
    if (!GlobalCutoffSimulation.applies(params)) throw new Error("invalid params: the cutoff kernel needs deterministic global observation");
    super(params, seed);
    const population = (inputs ?? buildRunInputs(params, seed)).population;
    this.population = population;
    this.schedule = buildSchedule(params);
    this.series = allocateSeries(params.days);
    ({ cohorts: this.cohorts, joinOrder: this.joinOrder } = cohortsOf(params));
    const { reprisal } = params.deterrence;
    this.ladders = thresholdLadders(population, reprisal, this.cohorts);
    this.joined = this.cohorts.map((_, c) => c === 0);
    this.reached = new Int32Array(this.cohorts.length);
    this.moves = new Int32Array(64);
    this.countThreshold = Math.ceil(countThresholdOf(params));

    // Initial defectors as reference.ts takes them: soldiers of the initial army, each once.
    const seen = new Set<number>();
    const own: number[] = [];
    for (const i of population.initialDefectors) {
      if (!(i >= 0 && i < params.size) || seen.has(i)) continue;
      seen.add(i);
      const t = ownThresholdOf(population, reprisal, i);
      if (population.eligible[i] && t === t) own.push(t);
    }
    this.initial = Int32Array.from(seen);
    this.initialOwn = Float64Array.from(own).sort();
    this.armySize = params.size;
    this.defected = seen.size;
    this.record(0, seen.size);
  }

  result(): RunResult {
    this.advance();
    return (this.outcome ??= this.outcomeOf(this.series, this.fates()));
  }

  protected step(d: number): void {
    const { cohorts, joinOrder } = this;
    while (this.nextJoin < joinOrder.length && cohorts[joinOrder[this.nextJoin]].day <= d) {
      const c = joinOrder[this.nextJoin++];
      this.joined[c] = true;
      this.armySize += cohorts[c].end - cohorts[c].start;
    }
    let fresh = 0;
    if (this.schedule.offerOpen[d] && this.defected >= this.countThreshold) {
      const signal = this.defected / this.armySize;
      const common = this.schedule.commonShift[d];
      for (let c = 0; c < this.ladders.length; c++) {
        if (!this.joined[c]) continue;
        const { threshold } = this.ladders[c];
        const from = this.reached[c];
        const cut = willingPrefix(threshold, signal, common, false, 0);
        if (cut <= from) continue;
        fresh += cut - from;
        if (c === 0) {
          // Initial defectors the cut passed defected long ago.
          const top = threshold[cut - 1];
          const { initialOwn } = this;
          let k = this.initialPassed;
          while (k < initialOwn.length && initialOwn[k] <= top) k++;
          fresh -= k - this.initialPassed;
          this.initialPassed = k;
        }
        this.reached[c] = cut;
        this.logMove(c, from, cut, d);
      }
    }
    this.defected += fresh;
    this.record(d, fresh);
    this.day = d;
  }

  private logMove(c: number, from: number, to: number, d: number): void {
    if (this.moveCount + 4 > this.moves.length) {
      const grown = new Int32Array(this.moves.length * 2);
      grown.set(this.moves);
      this.moves = grown;
    }
    const m = this.moves;
    m[this.moveCount++] = c;
    m[this.moveCount++] = from;
    m[this.moveCount++] = to;
    m[this.moveCount++] = d;
  }

  private fates(): Int32Array {
    const fate = new Int32Array(this.population.capacity).fill(LOYAL_FATE);
    const m = this.moves;
    for (let k = 0; k < this.moveCount; k += 4) {
      const order = this.ladders[m[k]].order;
      const d = m[k + 3];
      for (let p = m[k + 1], end = m[k + 2]; p < end; p++) fate[order[p]] = d;
    }
    for (const i of this.initial) fate[i] = 0;
    return fate;
  }

  private record(d: number, fresh: number): void {
    // Everyone is aware and no one is caught in the runs this kernel takes.
    recordDay(this.series, d, this.params.size, this.armySize, this.armySize, this.defected, fresh, 0, 0);
  }
}
