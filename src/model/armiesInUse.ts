import type { ModelParams } from "./params";
import { capturesPossible } from "./captureSchedule";

/**
 * Whether a scenario switches on a mechanism of what armies do (issue 15) beyond leaders' own
 * thresholds: capture in combat, a leader's influence, whole-unit surrender, leaders' own
 * opportunity or awareness, or unit cohesion. Leaders with only their own thresholds need no
 * kernel change (the thresholds are drawn into the population every kernel reads), so every kernel
 * gives them exactly; the deterministic kernels decline the rest, the event-driven kernel gives
 * most of it (eventDriven/armyMechanisms.ts says what it declines), and the reference runs the rest.
 */
export function usesArmyMechanisms(params: ModelParams): boolean {
  const leaders = params.leaders;
  const leadersAct = leaders.share > 0 && (leaders.influence > 0 || leaders.surrender > 0 || leaders.opportunity !== null || leaders.reach !== 1);
  return capturesPossible(params) || leadersAct || params.cohesion > 0;
}
