import type { BehaviourParams } from "./params";

/**
 * The share of a mobilisation that evades the draft (MODEL.md "Behaviour over time"): the draft's
 * own evasion, plus the offer's while it is open that day (it covers evaders), at most everyone.
 * `day` null: the initial army, which is never drafted. One rule for the reference and the kernels.
 */
export function evasionShare(behaviour: Pick<BehaviourParams, "draftEvasion" | "offerEvasion">, offerOpen: ArrayLike<number | boolean>, day: number | null): number {
  return day === null ? 0 : Math.min(1, behaviour.draftEvasion + (offerOpen[day] ? behaviour.offerEvasion : 0));
}
