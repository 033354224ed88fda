/**
 * The event-driven kernel: a day visits the soldiers whose decision or awareness can change that
 * day, not the whole army, and a run that has settled fills the rest of its series without
 * stepping. Its numbers are those of the straightforward rule that visits every soldier every day
 * (reference.ts), to the last bit: all draws are pure functions of (stream, soldier, day), so
 * skipping a soldier never shifts anyone's draws, and every comparison is made with the same
 * floating-point expression. tests/model/kernels checks it on many random scenarios.
 *
 * Simulation uses it for every run but the deterministic global and network ones, which have
 * faster special kernels (globalCutoffSimulation.ts and networkCascadeSimulation.ts).
 */
import { needsEveryDayOfEverySoldier } from "../../behaviourInUse";
import type { ModelParams } from "../../params";
import type { Population } from "../../population";
import { buildSchedule, type DaySchedule } from "../../schedule";
import type { Graph } from "../../network/graph";
import type { RunResult } from "../../result";
import { summarize } from "../../summary";
import { buildRunInputs, observesNetwork, type RunInputs } from "../state/runInputs";
import * as states from "../status";
import type { Kernel } from "../kernel";
import { RunState, type Cohort } from "../state/runState";
import { CohortAwareness } from "./cohortAwareness";
import { ListAwareness } from "./listAwareness";
import { GlobalDecisions } from "./globalDecisions";
import { LocalDecisions } from "./localDecisions";
import { settledThrough } from "./settledThrough";
import { cohortsOf } from "../state/cohorts";
import { RunScratch } from "../state/scratch";
import { homophilyOf, observesUnits, replacementsJoinUnits } from "../../divisions";

/** Module-local copies of the shared states (under tsx an imported binding is a getter call in hot loops). */
const { DEFECTED, LOYAL } = states;

export class EventDrivenSimulation implements Kernel {
  /**
   * Every run except those using a behaviour-over-time mechanism other than acting and fear of
   * closure, homophily under unit, network or mix observation, or replacements joining the units
   * observed: the reference gives those. Count thresholds, and homophily under army-wide
   * observation (a ladder per group), it gives exactly.
   */
  static applies(params: ModelParams): boolean {
    if ((homophilyOf(params) > 0 && params.observation.scope === "mix") || (replacementsJoinUnits(params) && observesUnits(params))) return false;
    return !needsEveryDayOfEverySoldier(params);
  }

  readonly params: ModelParams;
  readonly seed: number;
  readonly population: Population;
  readonly graph: Graph | null;
  /** The last day simulated (0 before the first step). */
  day = 0;

  private readonly schedule: DaySchedule;
  private readonly state: RunState;
  /** The initial army, then each mobilisation in event order. */
  private readonly cohorts: Cohort[];
  /** Indices of mobilised cohorts in joining order. */
  private readonly joinOrder: number[];
  private nextJoin = 0;
  private readonly cohortAwareness: CohortAwareness | null;
  private readonly listAwareness: ListAwareness | null;
  private readonly globalDecisions: GlobalDecisions | null;
  private readonly localDecisions: LocalDecisions | null;

  /**
   * `inputs` (optional) are the soldiers and graph drawn for this scenario and seed, when already
   * built (kernels/state/runInputs.ts); by default they are drawn here.
   */
  constructor(params: ModelParams, seed: number, inputs?: RunInputs) {
    this.params = params;
    this.seed = seed;
    const built = inputs ?? buildRunInputs(params, seed);
    this.population = built.population;
    this.graph = observesNetwork(params) ? built.graph : null;
    if (observesNetwork(params) && !this.graph) throw new Error("invalid inputs: the scenario observes a network but no graph was given");
    this.schedule = buildSchedule(params);
    const state = new RunState(params, seed, this.population, this.graph, this.schedule, new RunScratch());
    this.state = state;

    const { cohorts, joinOrder } = cohortsOf(params);
    this.cohorts = cohorts;
    this.joinOrder = joinOrder;

    const { scope } = params.observation;
    const uniformHazard = scope === "global" || params.awareness.wordOfMouth === 0;
    this.cohortAwareness = uniformHazard ? new CohortAwareness(state, this.cohorts) : null;
    this.listAwareness = uniformHazard ? null : new ListAwareness(state);
    this.globalDecisions = scope === "global" ? new GlobalDecisions(state, this.cohorts) : null;
    this.localDecisions = scope === "global" ? null : new LocalDecisions(state);

    this.joinCohort(0, 0);
    // Initial defectors know of the offer (every defector does).
    const { status, aware, newDefectors, newAware } = state;
    let unaware = 0;
    for (const i of this.population.initialDefectors) {
      if (status[i] !== LOYAL) continue;
      status[i] = DEFECTED; // marks repeats in an id list as taken
      newDefectors[state.defections++] = i;
      if (!aware[i]) newAware[unaware++] = i;
    }
    state.becomeAware(unaware);
    state.applyDefections(0);
    state.record(0);
    this.localDecisions?.start();
  }

  get done(): boolean {
    return this.day >= this.params.days;
  }

  /** Simulates up to `maxDays` more days; returns the last day simulated. */
  advance(maxDays = Infinity): number {
    const last = Math.min(this.params.days, this.day + maxDays);
    while (this.day < last) {
      const quietUntil = Math.min(last, this.settledThrough());
      if (quietUntil > this.day) {
        this.state.repeatRecord(this.day, quietUntil);
        this.day = quietUntil;
      } else {
        this.step(this.day + 1);
      }
    }
    return this.day;
  }

  result(): RunResult {
    this.advance();
    this.state.scratch.release();
    return {
      series: this.state.series,
      summary: summarize(this.state.series, this.seed, this.params.cascadeCutoff),
      fate: this.state.fate,
      thresholds: this.population.thresholds,
    };
  }

  /** The last day up to which nothing can change after today (today when something still can). */
  private settledThrough(): number {
    const state = this.state;
    if (state.defections > 0 || state.catches > 0) return this.day;
    const waiting = this.globalDecisions ? this.globalDecisions.pendingCount : this.localDecisions!.waitingCount;
    if (waiting > 0) return this.day;
    const joinDay = this.nextJoin < this.joinOrder.length ? this.cohorts[this.joinOrder[this.nextJoin]].day : Infinity;
    return settledThrough(this.params, this.schedule, this.day, state, joinDay);
  }

  private joinCohort(c: number, d: number): void {
    const { start, end } = this.cohorts[c];
    const state = this.state;
    const aware = state.join(start, end);
    this.cohortAwareness?.joined(c);
    this.listAwareness?.joined(start, end);
    this.globalDecisions?.joined(c);
    this.localDecisions?.joined(start, end, d);
    if (d > 0) this.localDecisions?.addAware(aware, d);
  }

  private step(d: number): void {
    const state = this.state;
    state.defections = 0;
    state.catches = 0;
    while (this.nextJoin < this.joinOrder.length && this.cohorts[this.joinOrder[this.nextJoin]].day <= d) {
      this.joinCohort(this.joinOrder[this.nextJoin++], d);
    }
    this.localDecisions?.forget(d);
    const newlyAware = this.cohortAwareness ? this.cohortAwareness.update(d) : this.listAwareness!.update(d);
    this.localDecisions?.addAware(newlyAware, d);
    if (this.schedule.offerOpen[d]) {
      if (this.globalDecisions) this.globalDecisions.decide(d);
      else this.localDecisions!.decide(d);
    }
    if (this.localDecisions) this.localDecisions.applyDefections(d);
    else state.applyDefections(d);
    state.applyCatches(d);
    this.localDecisions?.settle(d);
    state.record(d);
    this.day = d;
  }
}
