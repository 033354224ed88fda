import type { ModelParams } from "../../params";
import type { Cohort } from "./runState";

/**
 * The initial army (cohort 0, day 0), then each mobilisation in event order, with the order in
 * which the mobilised cohorts join (by day, then slot).
 */
export function cohortsOf(params: ModelParams): { cohorts: Cohort[]; joinOrder: number[] } {
  const cohorts: Cohort[] = [{ start: 0, end: params.size, day: 0 }];
  let slot = params.size;
  for (const event of params.events) {
    if (event.kind !== "mobilisation") continue;
    cohorts.push({ start: slot, end: slot + event.count, day: event.day });
    slot += event.count;
  }
  const joinOrder = cohorts.map((_, c) => c).slice(1);
  joinOrder.sort((a, b) => cohorts[a].day - cohorts[b].day || cohorts[a].start - cohorts[b].start);
  return { cohorts, joinOrder };
}
