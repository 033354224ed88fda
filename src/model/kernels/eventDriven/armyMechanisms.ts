/**
 * What armies do (issue 15) in the event-driven kernel: leaders' sway and whole-unit surrender
 * (leaders.ts), capture in combat (capture.ts) and unit cohesion (cohesion.ts), hooked into the day
 * at the point where reference.ts's step has them, after the day's decisions and catches, in its
 * order: surrenders, captures, then the units' shifts for the next day. The kernel's main loop
 * calls joined, start, afterDecisions and nextChangeAfter; everything else is here.
 *
 * A leader's sway and cohesion shift thresholds by unit, which the army-wide threshold ladders
 * (globalDecisions.ts) cannot follow: under global observation they are declined (the reference
 * runs them), as every leaders' and cohesion mechanism is with replacements joining existing units
 * (units are then no longer slot blocks). Leaders' own opportunity and awareness reach are
 * declined too (they would touch every soldier's chance and hazard in the hot loops).
 */
import type { ModelParams } from "../../params";
import { capturesPossible } from "../../captureSchedule";
import { usesArmyMechanisms } from "../../armiesInUse";
import { replacementsJoinUnits } from "../../divisions";
import type { RunState, UnitShifts } from "../state/runState";
import { Capture } from "./capture";
import { Cohesion } from "./cohesion";
import { Leaders } from "./leaders";
import type { LocalDecisions } from "./localDecisions";
import type { UnitAwareness } from "./unitAwareness";
import type { UnitAwarenessSums } from "./unitAwarenessSums";
import type { ListAwareness } from "./listAwareness";

/** Whether a run uses a mechanism of what armies do that the event-driven kernel does not give (the reference runs it). */
export function eventDrivenDeclinesArmies(params: ModelParams): boolean {
  if (!usesArmyMechanisms(params)) return false;
  const leaders = params.leaders;
  const hasLeaders = leaders.share > 0;
  if (hasLeaders && (leaders.opportunity !== null || leaders.reach !== 1)) return true;
  const leadersAct = hasLeaders && (leaders.influence > 0 || leaders.surrender > 0);
  const unitShifts = params.cohesion > 0 || (hasLeaders && leaders.influence > 0);
  if ((leadersAct || params.cohesion > 0) && replacementsJoinUnits(params)) return true;
  return unitShifts && params.observation.scope === "global";
}

/** Whether a run needs ArmyMechanisms at all (capture, ...). */
export function usesArmyHooks(params: ModelParams): boolean {
  const leaders = params.leaders;
  return capturesPossible(params) || params.cohesion > 0 || (leaders.share > 0 && (leaders.influence > 0 || leaders.surrender > 0));
}

export class ArmyMechanisms {
  private readonly state: RunState;
  private readonly capture: Capture | null;
  private readonly cohesion: Cohesion | null;
  private readonly leaders: Leaders | null;
  private readonly localDecisions: LocalDecisions | null;
  private readonly awareness: UnitAwareness | UnitAwarenessSums | ListAwareness | null;
  /** Whether something changed today that the next day's decisions may see. */
  private changedToday = false;

  constructor(state: RunState, seed: number, localDecisions: LocalDecisions | null, awareness: UnitAwareness | UnitAwarenessSums | ListAwareness | null) {
    this.state = state;
    this.localDecisions = localDecisions;
    this.awareness = awareness;
    const params = state.params;
    this.capture = capturesPossible(params) ? new Capture(state, seed) : null;
    this.cohesion = params.cohesion > 0 ? new Cohesion(state) : null;
    const leaders = params.leaders;
    this.leaders = leaders.share > 0 && (leaders.influence > 0 || leaders.surrender > 0) ? new Leaders(state, seed) : null;
    state.unitShifts = unitShiftsOf(this.leaders?.sways ? this.leaders : null, this.cohesion);
    state.armyDay = { captured: 0, newCaptured: 0, unitSurrenders: 0, newUnitSurrenders: 0 };
  }

  /** Slots [start, end) joined on day d (after RunState.join). */
  joined(start: number, end: number, d: number): void {
    this.capture?.joined(start, end, d);
    if (this.cohesion) {
      this.cohesion.joined(start, end);
      // Units observed are touched by the decisions' own joined(); under network observation the
      // members of the units men joined are touched here (day 0: the decisions start afterwards).
      const local = this.localDecisions;
      if (d > 0 && local && !this.state.usesUnits && end > start) {
        const size = this.state.unitSize;
        const firsts: number[] = [];
        for (let u = Math.floor(start / size), last = Math.floor((end - 1) / size); u <= last; u++) firsts.push(u * size);
        local.unitsShifted(Int32Array.from(firsts), 0, firsts.length, d);
      }
    }
  }

  /** Day 0, after the initial defectors are applied (before the decisions start). */
  start(): void {
    this.leaders?.follow(0, false); // initial defectors who lead sway their units from day 1; no surrender at the start
    this.cohesion?.left(this.state.newDefectors, 0, this.state.defections);
  }

  /** After day d's decisions and catches are applied (and before the decisions' settle): surrenders, then captures. */
  afterDecisions(d: number): void {
    const state = this.state;
    const armyDay = state.armyDay!;
    this.changedToday = false;
    armyDay.newCaptured = 0;
    armyDay.newUnitSurrenders = 0;
    const leaders = this.leaders;
    if (leaders && state.defections > 0) {
      const decided = state.defections;
      const units = leaders.follow(d, true);
      if (state.defections > decided) {
        if (this.localDecisions) this.localDecisions.applyDefections(d, decided);
        else state.applyDefections(d, null, decided);
        this.leftRanks(state.newDefectors, decided, state.defections, d, false);
      }
      armyDay.newUnitSurrenders = units;
      armyDay.unitSurrenders = leaders.surrenders;
      if (leaders.went > 0 && leaders.sways) this.localDecisions?.unitsShifted(leaders.wentToday, 0, leaders.went, d + 1);
    }
    let captured = 0;
    if (this.capture) {
      captured = this.capture.captureOn(d);
      if (captured > 0) {
        armyDay.newCaptured = captured;
        armyDay.captured = this.capture.total;
        this.leftRanks(this.capture.captured, 0, captured, d, this.capture.newsReaches);
      }
    }
    const cohesion = this.cohesion;
    if (cohesion) {
      // Everyone who left the ranks today weakens his unit from tomorrow.
      const { newDefectors, defections, newCaught, catches } = state;
      cohesion.left(newDefectors, 0, defections);
      cohesion.left(newCaught, 0, catches);
      if (captured > 0) cohesion.left(this.capture!.captured, 0, captured);
      const local = this.localDecisions;
      if (local) {
        local.unitsShifted(newDefectors, 0, defections, d + 1);
        local.unitsShifted(newCaught, 0, catches, d + 1);
        if (captured > 0) local.unitsShifted(this.capture!.captured, 0, captured, d + 1);
      }
    }
  }

  /** Soldiers list[from..to) left the ranks on day d without deciding; `seen`: others observe them as defected. */
  private leftRanks(list: Int32Array, from: number, to: number, d: number, seen: boolean): void {
    this.changedToday = true;
    this.localDecisions?.leftRanks(list, from, to, d, seen);
    this.awareness?.left(list, from, to);
  }

  /** The first day after `day` on which something of what armies do may change the run (`day` + 1 when something changed today). */
  nextChangeAfter(day: number): number {
    if (this.changedToday) return day + 1;
    return this.capture ? this.capture.nextDayAfter(day) : Infinity;
  }
}

/** The units' threshold shifts in reference.ts's order: a leader's sway, then cohesion; null when neither is on. */
function unitShiftsOf(sway: Leaders | null, cohesion: Cohesion | null): UnitShifts | null {
  if (sway && cohesion) return { apply: (u, t) => cohesion.apply(u, sway.apply(u, t)) };
  return sway ?? cohesion;
}
