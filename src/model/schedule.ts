/**
 * Everything in a run that depends on the day alone, computed once before day 1: whether the offer
 * is open (windows as extended by `extend` events), the threshold shift shared by every soldier who
 * believes the deadline (offer attractiveness, deadline urgency, setbacks) and by one who treats the
 * offer as open-ended, the chance of acting on a chance for each, extra awareness hazard from
 * leaflet campaigns, and which days have events.
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
  /** commonShift for a soldier who does not believe the deadline: no deadline urgency, only fear of closure. */
  readonly openEndedShift: Float64Array;
  /** Probability of acting on a chance that day for one who believes the deadline (1 with procrastination off). */
  readonly believerAct: Float64Array;
  /** The same for one who treats the offer as open-ended. */
  readonly openEndedAct: Float64Array;
}

/**
 * The pull of a deadline `daysLeft` days ahead (1 on the last open day) on acting:
 * actRate + (1 - actRate) * ramp, the ramp rising linearly over the last pullDays days to 1 on the
 * last open day (O'Donoghue & Rabin 1999: a task put off while any day will do is done at the end).
 */
export function actOn(daysLeft: number, actRate: number, pullDays: number): number {
  if (actRate >= 1) return 1;
  const span = Math.max(1, pullDays);
  const ramp = Math.min(1, Math.max(0, (span - daysLeft + 1) / span));
  return actRate + (1 - actRate) * ramp;
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
  const openEndedShift = new Float64Array(length);
  const believerAct = new Float64Array(length).fill(1);
  const openEndedAct = new Float64Array(length).fill(1);
  const campaignHazard = new Float64Array(length);
  const eventful = new Uint8Array(length);
  const { attractiveness, urgency, urgencyDays } = params.offer;
  const { actRate, pullDays, closureFear } = params.behaviour;
  // Fear of closure: an open-ended offer feared to close at daily hazard h pulls like a deadline
  // expected 1 / h days ahead (its mean), on thresholds (urgency) and on acting alike.
  const fearDaysLeft = closureFear > 0 ? 1 / closureFear : Infinity;
  const fearUrgency = closureFear > 0 ? urgencyOn(0, fearDaysLeft, urgency, urgencyDays) : 0;
  const fearAct = closureFear > 0 ? actOn(fearDaysLeft, actRate, pullDays) : actOn(Infinity, actRate, pullDays);
  const extensions = params.events.filter((e) => e.kind === "extend").sort((a, b) => a.day - b.day);

  params.offer.windows.forEach((window, k) => {
    const changes = extensions.filter((e) => e.window === k);
    let close = window.close;
    let next = 0;
    if (window.open < length) eventful[Math.max(0, window.open)] = 1;
    for (let d = Math.max(0, window.open); d < length; d++) {
      while (next < changes.length && changes[next].day <= d) close = changes[next++].close;
      if (close !== null && d >= close) {
        if (next >= changes.length) break;
        continue; // closed until an extension re-opens it
      }
      offerOpen[d] = 1;
      let shift = -attractiveness;
      if (close !== null) shift -= urgencyOn(d, close, urgency, urgencyDays);
      else if (closureFear > 0) shift -= fearUrgency;
      commonShift[d] = shift;
      openEndedShift[d] = closureFear > 0 ? -attractiveness - fearUrgency : -attractiveness;
      believerAct[d] = close !== null ? actOn(close - d, actRate, pullDays) : fearAct;
      openEndedAct[d] = fearAct;
    }
  });
  for (const event of params.events) {
    if (event.day >= length) continue;
    eventful[event.day] = 1;
    if (event.kind === "setback") {
      const end = event.days === null ? length : Math.min(length, event.day + event.days);
      for (let d = event.day; d < end; d++) {
        commonShift[d] -= event.shift;
        openEndedShift[d] -= event.shift;
      }
      if (end < length) eventful[end] = 1;
    } else if (event.kind === "leaflets") {
      campaignHazard[event.day] += reachHazard(event.reach);
    }
  }
  return { offerOpen, commonShift, campaignHazard, eventful, openEndedShift, believerAct, openEndedAct };
}
