/**
 * What the charts over days draw besides their series: the days the offer is open (from the model's
 * own schedule) and the scheduled events, as pure data for the drawing code and for tests.
 */
import type { ModelParams, ScheduledEvent } from "../../model/params";
import { buildSchedule } from "../../model/schedule";
import { formatCount, formatShare, formatThreshold } from "./format";

/** Days start <= d < end on which the offer is open. */
export interface DaySpan {
  start: number;
  end: number;
}

/** Maximal runs of open days in `offerOpen` (1 = open), in day order. */
export function offerSpans(offerOpen: ArrayLike<number>): DaySpan[] {
  const spans: DaySpan[] = [];
  let start = -1;
  for (let d = 0; d <= offerOpen.length; d++) {
    const open = d < offerOpen.length && offerOpen[d] === 1;
    if (open && start < 0) start = d;
    if (!open && start >= 0) {
      spans.push({ start, end: d });
      start = -1;
    }
  }
  return spans;
}

/**
 * Whether the offer is open (1) on each day of `params`'s run, from the model's own schedule. Every
 * chart over days and its text alternative ask, and building the schedule of a 3,650-day run takes
 * a few tenths of a millisecond, so it is built once per run's params (callers only read it).
 */
export function offerOpenOf(params: ModelParams): Uint8Array {
  let open = openDays.get(params);
  if (!open) openDays.set(params, (open = buildSchedule(params).offerOpen));
  return open;
}

const openDays = new WeakMap<ModelParams, Uint8Array>();

export function offerSpansOf(params: ModelParams): DaySpan[] {
  return offerSpans(offerOpenOf(params));
}

/** "days 10–69" for a span. */
export function describeSpan(span: DaySpan): string {
  return span.end - 1 > span.start ? `days ${span.start}–${span.end - 1}` : `day ${span.start}`;
}

export interface EventMark {
  day: number;
  kind: ScheduledEvent["kind"];
  /** Short label on the axis. */
  label: string;
  /** Full sentence for tooltips and text alternatives. */
  detail: string;
}

export function eventDetail(event: ScheduledEvent): string {
  switch (event.kind) {
    case "setback":
      return `Setback on day ${event.day}: thresholds ${event.shift >= 0 ? "−" : "+"}${formatThreshold(Math.abs(event.shift))} ${event.days === null ? "for good" : `for ${event.days} days`}`;
    case "mobilisation":
      return `Mobilisation on day ${event.day}: ${formatCount(event.count)} soldiers join, ${formatShare(event.aware)} aware of the offer`;
    case "leaflets":
      return `Leaflets on day ${event.day}: reach ${formatShare(event.reach)} of the unaware`;
    case "extend":
      return `Extension on day ${event.day}: window ${event.window + 1} now ${event.close === null ? "never closes" : `closes on day ${event.close}`}; ${formatShare(event.credibilityLoss)} of believers stop believing deadlines`;
    case "combat":
      return `Combat from day ${event.day}: ${formatShare(event.capture)} of those in the ranks captured a day ${event.days === null ? "for good" : `for ${event.days} days`}`;
  }
}

/** The events that fall on days 0..params.days, in day order. */
export function eventMarks(params: ModelParams): EventMark[] {
  return params.events
    .filter((e) => e.day >= 0 && e.day <= params.days)
    .map((e) => ({ day: e.day, kind: e.kind, label: e.kind, detail: eventDetail(e) }))
    .sort((a, b) => a.day - b.day);
}

/** count[d] / army[d] for each day (0 when the army is empty). */
export function shareSeries(counts: ArrayLike<number>, army: ArrayLike<number>): Float64Array {
  const out = new Float64Array(counts.length);
  for (let d = 0; d < counts.length; d++) out[d] = army[d] > 0 ? counts[d] / army[d] : 0;
  return out;
}

/**
 * shareSeries of a run's series, computed once per pair of arrays (a run's arrays are never written
 * after it finishes): the cascade chart, its text alternative, the bandwagon diagram and the lab's
 * earlier runs all ask for the defected shares, and the same array lets the cascade chart keep the
 * path it drew of them. Callers only read it.
 */
export function runShares(counts: ArrayLike<number> & object, army: ArrayLike<number>): Float64Array {
  const kept = shares.get(counts);
  if (kept && kept.army === army) return kept.shares;
  const out = shareSeries(counts, army);
  shares.set(counts, { army, shares: out });
  return out;
}

const shares = new WeakMap<object, { army: ArrayLike<number>; shares: Float64Array }>();

/**
 * Top of a share axis: the whole [0, 1] once the largest value passes a quarter (so a cascade is
 * seen at its true scale), otherwise a round value just above it (so a fizzle is still visible).
 */
export function shareAxisMax(maxValue: number): number {
  if (!(maxValue > 0)) return 0.05;
  if (maxValue * 1.05 > 0.25) return 1;
  const steps = [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25];
  return steps.find((s) => s >= maxValue * 1.05) ?? 0.25;
}
