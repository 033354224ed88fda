/**
 * When a run has settled: today nobody acted and nobody is waiting for a chance, so with the
 * soldiers' state frozen, a later day can differ only if something lowers thresholds (the offer
 * opening, a lower common shift, a punishment being forgotten), brings news (leaflets while some
 * are unaware, word of mouth) or brings soldiers (mobilisation), or any scheduled event. Returns
 * the last day before the first such day; the run fills those days with today's numbers.
 */
import type { ModelParams } from "../../params";
import type { DaySchedule } from "../../schedule";
import { NO_DAY } from "../status";
import type { RunState } from "../state/runState";

export function settledThrough(params: ModelParams, schedule: DaySchedule, day: number, state: RunState, joinDay: number): number {
  const { leafletReach, wordOfMouth } = params.awareness;
  const everyoneAware = state.awareCount === state.armySize;
  if (!everyoneAware && (leafletReach > 0 || wordOfMouth > 0)) return day;
  const { punishmentRise, punishmentDays } = params.deterrence;
  if (punishmentRise > 0 && state.lastCatchAnywhere !== NO_DAY && state.lastCatchAnywhere + punishmentDays >= day) return day;
  const { offerOpen, commonShift, campaignHazard, eventful } = schedule;
  const decided = day > 0 && offerOpen[day] === 1;
  const shift = commonShift[day];
  let t = day + 1;
  // The shift of those who do not believe deadlines (openEndedShift) has no urgency ramp: it
  // changes only on eventful days (a window opening, a setback starting or ending, an extension).
  for (; t <= params.days; t++) {
    if (t >= joinDay || eventful[t]) break;
    if (!everyoneAware && campaignHazard[t] > 0) break;
    if (offerOpen[t] && !(decided && commonShift[t] >= shift)) break;
  }
  return t - 1;
}
