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
import { UnitAwareness } from "./unitAwareness";
import { UnitAwarenessSums } from "./unitAwarenessSums";
import { GlobalDecisions } from "./globalDecisions";
import { LocalDecisions } from "./localDecisions";
import { settledThrough } from "./settledThrough";
import { OfferForgetting } from "./offerForgetting";
import { cohortsOf } from "../state/cohorts";
import { RunScratch } from "../state/scratch";
import { homophilyOf, observesUnits, replacementsJoinUnits } from "../../divisions";
import { ArmyMechanisms, eventDrivenDeclinesArmies, usesArmyHooks } from "./armyMechanisms";

/** Module-local copies of the shared states (under tsx an imported binding is a getter call in hot loops). */
const { DEFECTED, LOYAL } = states;

export class EventDrivenSimulation implements Kernel {
  /**
   * Every run except those using a behaviour-over-time mechanism the kernel does not give (see
   * behaviourInUse.ts), what armies do that it does not give (armyMechanisms.ts: a leader's sway or
   * cohesion under army-wide observation, leaders' own opportunity or reach), homophily under mix
   * observation, or replacements joining the units observed: the reference gives those. Count
   * thresholds, homophily under army-wide (a ladder per group), unit or network observation,
   * capture and whole-unit surrender, it gives exactly.
   */
  static applies(params: ModelParams): boolean {
    if ((homophilyOf(params) > 0 && params.observation.scope === "mix") || (replacementsJoinUnits(params) && observesUnits(params))) return false;
    return !needsEveryDayOfEverySoldier(params) && !eventDrivenDeclinesArmies(params);
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
  /** Extensions that cost credibility, in day order, with their index in params.events. */
  private readonly extensions: Array<{ day: number; index: number; credibilityLoss: number }> = [];
  private nextExtension = 0;
  private readonly cohortAwareness: CohortAwareness | null;
  /** Per-soldier awareness totals when word of mouth is local: kept by unit, or in one list under network observation. */
  private readonly listAwareness: UnitAwarenessSums | UnitAwareness | ListAwareness | null;
  private readonly globalDecisions: GlobalDecisions | null;
  private readonly localDecisions: LocalDecisions | null;
  private readonly forgetting: OfferForgetting | null;
  /** Capture (armyMechanisms.ts); null when off. */
  private readonly army: ArmyMechanisms | null;

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
    const state = new RunState(params, seed, this.population, this.graph, this.schedule, new RunScratch(), built.chanceDays ?? null);
    this.state = state;

    const { cohorts, joinOrder } = cohortsOf(params);
    this.cohorts = cohorts;
    this.joinOrder = joinOrder;

    const { scope } = params.observation;
    const uniformHazard = scope === "global" || params.awareness.wordOfMouth === 0;
    this.cohortAwareness = uniformHazard ? new CohortAwareness(state, this.cohorts) : null;
    this.listAwareness = uniformHazard ? null : !state.usesUnits ? new ListAwareness(state) : UnitAwarenessSums.fits(state) ? new UnitAwarenessSums(state) : new UnitAwareness(state);
    this.globalDecisions = scope === "global" ? new GlobalDecisions(state, this.cohorts) : null;
    this.localDecisions = scope === "global" ? null : new LocalDecisions(state);
    this.forgetting = params.behaviour.forgetRate > 0 ? new OfferForgetting(state, seed, built.forgetDays ?? null) : null;
    this.army = usesArmyHooks(params) ? new ArmyMechanisms(state, seed, this.localDecisions, this.listAwareness) : null;

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
    this.army?.start();
    state.record(0);
    params.events.forEach((event, index) => {
      if (event.kind === "extend" && event.credibilityLoss > 0) this.extensions.push({ day: event.day, index, credibilityLoss: event.credibilityLoss });
    });
    this.extensions.sort((a, b) => a.day - b.day || a.index - b.index);
    this.applyExtensions(0);
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
    this.state.doneWithOpportunityDays();
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
    let joinDay = this.nextJoin < this.joinOrder.length ? this.cohorts[this.joinOrder[this.nextJoin]].day : Infinity;
    // A day someone forgets changes the aware count: the quiet stretch ends before it.
    if (this.forgetting) joinDay = Math.min(joinDay, this.forgetting.nextDayAfter(this.day));
    if (this.army) joinDay = Math.min(joinDay, this.army.nextChangeAfter(this.day));
    return settledThrough(this.params, this.schedule, this.day, state, joinDay);
  }

  private joinCohort(c: number, d: number): void {
    const { start, end } = this.cohorts[c];
    const state = this.state;
    const aware = state.join(start, end, c === 0 ? null : this.cohorts[c].day);
    this.army?.joined(start, end, d);
    // The initial army's aware soldiers may forget from day 1, a mobilised cohort's from its join day.
    this.forgetting?.becameAware(state.newAware, aware, Math.max(1, d));
    this.cohortAwareness?.joined(c);
    this.listAwareness?.joined(start, end);
    this.globalDecisions?.joined(c);
    this.localDecisions?.joined(start, end, d);
    if (d > 0) this.localDecisions?.addAware(aware, d);
  }

  /** Extensions of days up to d cost credibility (in day order, then event order, as in reference.ts). */
  private applyExtensions(d: number): void {
    while (this.nextExtension < this.extensions.length && this.extensions[this.nextExtension].day <= d) {
      const { index, credibilityLoss } = this.extensions[this.nextExtension++];
      this.state.applyExtension(index, credibilityLoss);
    }
  }

  /** After day d's decisions and their effects, the soldiers due to forget the offer forget it. */
  private forgetOffer(d: number): void {
    const forgetting = this.forgetting!;
    const count = forgetting.forgetOn(d);
    if (count === 0) return;
    this.cohortAwareness?.forgot(forgetting.forgot, count);
    this.listAwareness?.forgot(forgetting.forgot, count);
    this.localDecisions?.forgot(forgetting.forgot, count, d);
  }

  private step(d: number): void {
    const state = this.state;
    state.defections = 0;
    state.catches = 0;
    while (this.nextJoin < this.joinOrder.length && this.cohorts[this.joinOrder[this.nextJoin]].day <= d) {
      this.joinCohort(this.joinOrder[this.nextJoin++], d);
    }
    this.applyExtensions(d);
    this.localDecisions?.forget(d);
    const newlyAware = this.cohortAwareness ? this.cohortAwareness.update(d) : this.listAwareness!.update(d);
    this.localDecisions?.addAware(newlyAware, d);
    this.forgetting?.becameAware(state.newAware, newlyAware, d);
    if (this.schedule.offerOpen[d]) {
      if (this.globalDecisions) this.globalDecisions.decide(d);
      else this.localDecisions!.decide(d);
    }
    if (this.localDecisions) this.localDecisions.applyDefections(d);
    else state.applyDefections(d);
    state.applyCatches(d);
    this.army?.afterDecisions(d);
    this.localDecisions?.settle(d);
    if (this.forgetting) this.forgetOffer(d);
    state.record(d);
    this.day = d;
  }
}
