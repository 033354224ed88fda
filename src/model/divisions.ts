/**
 * Complex contagion and divided armies (issue 15), read off a scenario with their off values:
 * a count threshold (Centola & Macy 2007), homophily between subgroups (Lyall 2020) and
 * replacements who join existing units. Every kernel asks here, so "off" means one thing.
 */
import type { ModelParams } from "./params";

/** Least number of observed defectors a soldier needs besides his share threshold. Off: 0. */
export const countThresholdOf = (params: ModelParams): number => params.observation.countThreshold ?? 0;

/** How much a soldier discounts those outside his own subgroup (0: not at all). */
export const homophilyOf = (params: ModelParams): number => params.observation.homophily ?? 0;

/** Whether some mobilisation's men join the initial army's units instead of forming new ones. */
export const replacementsJoinUnits = (params: ModelParams): boolean =>
  params.events.some((e) => e.kind === "mobilisation" && e.joinUnits === "existing" && e.count > 0);

/** Whether a soldier's unit is read by the observation scope (unit, or a mix with the unit). */
export const observesUnits = (params: ModelParams): boolean =>
  params.observation.scope === "unit" || (params.observation.scope === "mix" && params.observation.local === "unit");

/**
 * The share of those a soldier observes who are counted (defected), when he discounts the other
 * subgroups: his own subgroup's `same` of `sameN` count fully, the others' `other` of `otherN` with
 * weight 1 - homophily. NaN when he observes no one (then no local rule makes him willing).
 */
export function weightedShare(same: number, other: number, sameN: number, otherN: number, homophily: number): number {
  const w = 1 - homophily;
  const observed = sameN + w * otherN;
  return observed > 0 ? (same + w * other) / observed : NaN;
}

/** The weighted count of defectors he observes, for the count threshold. */
export function weightedCount(same: number, other: number, homophily: number): number {
  return same + (1 - homophily) * other;
}
