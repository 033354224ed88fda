import { usesBehaviourOverTime } from "../../behaviourInUse";
import { usesArmyMechanisms } from "../../armiesInUse";
import type { ModelParams } from "../../params";
import { homophilyOf } from "../../divisions";

/**
 * Whether every rule of a run is deterministic: everyone aware on joining (mobilised soldiers
 * too), a chance every day and no catches (so no punishment). The special kernels for global and
 * network observation (globalCutoffSimulation.ts, networkCascadeSimulation.ts) need it; no
 * behaviour-over-time mechanism (procrastination, forgetting, credibility, memory, ...) and no
 * mechanism of what armies do (capture, leaders' sway, cohesion; armiesInUse.ts) may be on.
 */
export function hasDeterministicRules(params: ModelParams): boolean {
  if (usesBehaviourOverTime(params) || usesArmyMechanisms(params)) return false;
  // Homophily weighs defectors by group: no whole-number need per soldier (the reference gives it).
  if (homophilyOf(params) > 0) return false;
  if (params.opportunity < 1 || params.deterrence.catchProbability > 0 || params.awareness.initial < 1) return false;
  return params.events.every((e) => e.kind !== "mobilisation" || e.aware >= 1);
}
