/**
 * What armies do (issue 15) in the event-driven kernel: capture in combat (capture.ts), hooked into
 * the day at the point where reference.ts's step has them, after the day's decisions and catches.
 * The kernel's main loop calls joined, afterDecisions and nextChangeAfter; everything else is here.
 */
import type { ModelParams } from "../../params";
import { capturesPossible } from "../../captureSchedule";
import { usesArmyMechanisms } from "../../armiesInUse";
import type { RunState } from "../state/runState";
import { Capture } from "./capture";
import type { LocalDecisions } from "./localDecisions";
import type { UnitAwareness } from "./unitAwareness";
import type { ListAwareness } from "./listAwareness";

/** Whether a run uses a mechanism of what armies do that the event-driven kernel does not give (the reference runs it). */
export function eventDrivenDeclinesArmies(params: ModelParams): boolean {
  if (!usesArmyMechanisms(params)) return false;
  const leaders = params.leaders;
  const leadersAct = leaders.share > 0 && (leaders.influence > 0 || leaders.surrender > 0 || leaders.opportunity !== null || leaders.reach !== 1);
  return leadersAct || params.cohesion > 0;
}

/** Whether a run needs ArmyMechanisms at all (capture, ...). */
export function usesArmyHooks(params: ModelParams): boolean {
  return capturesPossible(params);
}

export class ArmyMechanisms {
  private readonly state: RunState;
  private readonly capture: Capture | null;
  private readonly localDecisions: LocalDecisions | null;
  private readonly awareness: UnitAwareness | ListAwareness | null;
  /** Whether something changed today that the next day's decisions may see. */
  private changedToday = false;

  constructor(state: RunState, seed: number, localDecisions: LocalDecisions | null, awareness: UnitAwareness | ListAwareness | null) {
    this.state = state;
    this.localDecisions = localDecisions;
    this.awareness = awareness;
    const params = state.params;
    this.capture = capturesPossible(params) ? new Capture(state, seed) : null;
    state.armyDay = { captured: 0, newCaptured: 0, unitSurrenders: 0, newUnitSurrenders: 0 };
  }

  /** Slots [start, end) joined on day d (after RunState.join). */
  joined(start: number, end: number, d: number): void {
    this.capture?.joined(start, end, d);
  }

  /** After day d's decisions and catches are applied (and before the decisions' settle): surrenders, then captures. */
  afterDecisions(d: number): void {
    const state = this.state;
    const armyDay = state.armyDay!;
    this.changedToday = false;
    armyDay.newCaptured = 0;
    if (this.capture) {
      const count = this.capture.captureOn(d);
      if (count > 0) {
        armyDay.newCaptured = count;
        armyDay.captured = this.capture.total;
        this.leftRanks(this.capture.captured, 0, count, d, this.capture.newsReaches);
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
