import type { ModelParams } from "./params";

/**
 * Whether a scenario switches on any behaviour-over-time mechanism (MODEL.md "Behaviour over
 * time": procrastination and deadline pull, forgetting, credibility and extensions, fear of
 * closure, a memory window, delayed or local punishment news, draft evasion). Kernels that do not
 * give these exactly decline such a scenario, and the reference full sweep runs it.
 */
export function usesBehaviourOverTime(params: ModelParams): boolean {
  const b = params.behaviour;
  return (
    b.actRate < 1 ||
    b.closureFear > 0 ||
    b.forgetRate > 0 ||
    b.credibility < 1 ||
    params.events.some((e) => e.kind === "extend") ||
    b.draftEvasion > 0 ||
    b.offerEvasion > 0 ||
    needsEveryDayOfEverySoldier(params)
  );
}

/**
 * Whether a scenario uses a behaviour-over-time mechanism other than acting (procrastination with
 * its deadline pull), fear of closure, forgetting, credibility and extensions, and draft evasion
 * (a draw per mobilised soldier when he would join). Acting and fear of
 * closure change only the day's chance of acting and threshold shift, one pair for those who
 * believe deadlines and one for those who do not (credibility, drawn once per soldier and lost on
 * extensions); forgetting is a per-soldier draw per day, so an aware soldier's next forgetting day
 * can be found ahead (eventDriven/offerForgetting.ts). The event-driven kernel gives those exactly;
 * every other mechanism (memory window, punishment news) only the reference gives.
 */
export function needsEveryDayOfEverySoldier(params: ModelParams): boolean {
  const b = params.behaviour;
  return (
    (b.memoryDays !== null && b.memoryDays < params.days) ||
    b.punishmentDelay > 0 ||
    b.punishmentNews !== "scope"
  );
}
