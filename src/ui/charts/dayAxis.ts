/**
 * The time axis of the charts over days. A scenario without a calendar gets days ("day", 0, 20,
 * 40...). A dated one (ChartData.startDate, from the scenario's calendar.start) gets dates: d3's
 * UTC time ticks, so a 42-day run reads in weeks ("Jan 20", "Jan 27"), a year in months and a
 * 2,650-day run in years ("1777", "1778"); ticks stay on whole days.
 */
import { scaleUtc, type ScaleLinear, type Selection } from "d3";
import { drawXAxis, integerTicks, tickCount } from "./axes";
import { dateOfDay, dateText } from "../words/dayText";
import type { ChartData } from "./chartData";

type G = Selection<SVGGElement, unknown, null, undefined>;

const DAY_MS = 86_400_000;

/** Tick days and their labels for days `first`..`last` across `pixels`, on the calendar from `start`. */
export function dateTicks(start: string, first: number, last: number, pixels: number): { days: number[]; label: (day: number) => string } {
  const time = scaleUtc().domain([dateOfDay(start, first), dateOfDay(start, last)]);
  const ticks = time.ticks(tickCount(pixels, 70));
  const origin = dateOfDay(start, 0).getTime();
  const days = ticks.map((t) => Math.round((t.getTime() - origin) / DAY_MS)).filter((d) => d >= first && d <= last);
  const labelOf = time.tickFormat();
  return { days, label: (day) => labelOf(dateOfDay(start, day)) };
}

/** Draws the axis of days `first`..(x's end) for `data`: dates when the scenario has a calendar, day numbers otherwise. */
export function drawDayAxis(plot: G, x: ScaleLinear<number, number>, height: number, data: Pick<ChartData, "startDate">, first = 0, ticks?: number[]): void {
  const [x0, x1] = x.range();
  const last = Math.floor(x.domain()[1]);
  if (!data.startDate) {
    drawXAxis(plot, x, height, "day", undefined, ticks);
    return;
  }
  const { days, label } = dateTicks(data.startDate, Math.max(first, Math.ceil(x.domain()[0])), last, Math.abs(x1 - x0));
  drawXAxis(plot, x, height, `date (day 0: ${dateText(dateOfDay(data.startDate, 0))})`, label, days.length ? days : integerTicks(x, 2));
}

/** The first line of a day's tooltip: "Day 34", or with a calendar "Day 34: 20 Feb 1991". */
export function dayHeading(data: Pick<ChartData, "startDate">, day: number): string {
  return data.startDate ? `Day ${day}: ${dateText(dateOfDay(data.startDate, day))}` : `Day ${day}`;
}

