/**
 * Everything in a run that depends on the day alone, computed once before day 1: whether the offer
 * is open, the threshold shift shared by every soldier (offer attractiveness, deadline urgency,
 * setbacks), extra awareness hazard from leaflet campaigns, and which days have events.
 */
import type { ModelParams } from "./params";

export interface DaySchedule {
  /** 1 on days the offer can be accepted. */
  readonly offerOpen: Uint8Array;
  /** Added to every threshold on that day (negative lowers thresholds). */
  readonly commonShift: Float64Array;
  /** Awareness hazard added that day by leaflet campaigns (-ln(1 - reach)). */
  readonly campaignHazard: Float64Array;
  /** 1 on days with a scheduled event or an offer window opening (a run never stops early before these). */
  readonly eventful: Uint8Array;
}

/**
 * Urgency on day d of a window closing on day `close` (the last open day is close - 1):
 * urgency * (urgencyDays - daysLeft + 1) / urgencyDays for the last urgencyDays open days, full on the last.
 */
export function urgencyOn(day: number, close: number, urgency: number, urgencyDays: number): number {
  if (urgency === 0) return 0;
  const span = Math.max(1, urgencyDays);
  const daysLeft = close - day; // 1 on the last open day
  const ramp = (span - daysLeft + 1) / span;
  return ramp <= 0 ? 0 : urgency * Math.min(1, ramp);
}

/** The awareness hazard of reaching each unaware soldier with probability `reach` (Infinity for certainty). */
export function reachHazard(reach: number): number {
  return reach >= 1 ? Infinity : -Math.log(1 - reach);
}

export function buildSchedule(params: ModelParams): DaySchedule {
  const length = params.days + 1;
  const offerOpen = new Uint8Array(length);
  const commonShift = new Float64Array(length);
  const campaignHazard = new Float64Array(length);
  const eventful = new Uint8Array(length);
  const { attractiveness, urgency, urgencyDays } = params.offer;

  for (const window of params.offer.windows) {
    const end = window.close === null ? length : Math.min(length, window.close);
    if (window.open < length) eventful[Math.max(0, window.open)] = 1;
    for (let d = Math.max(0, window.open); d < end; d++) {
      offerOpen[d] = 1;
      let shift = -attractiveness;
      if (window.close !== null) shift -= urgencyOn(d, window.close, urgency, urgencyDays);
      commonShift[d] = shift;
    }
  }
  for (const event of params.events) {
    if (event.day >= length) continue;
    eventful[event.day] = 1;
    if (event.kind === "setback") {
      const end = event.days === null ? length : Math.min(length, event.day + event.days);
      for (let d = event.day; d < end; d++) commonShift[d] -= event.shift;
      if (end < length) eventful[end] = 1;
    } else if (event.kind === "leaflets") {
      campaignHazard[event.day] += reachHazard(event.reach);
    }
  }
  return { offerOpen, commonShift, campaignHazard, eventful };
}
