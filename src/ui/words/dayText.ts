/**
 * How a day of a run is said: "day 34" for a scenario without a calendar; for one that starts on
 * a date (a historical scenario's `calendar.start`), the date itself, "3 Sep 1776", or for runs
 * over two years, the month, "Sep 1776". Dates are counted in UTC so that no time zone moves them.
 */
import { dateOfDay, dateText, LONG_RUN_DAYS } from "../../scenario/calendar";

// The calendar's arithmetic lives with the calendar (the command line says dates too).
export { dateOfDay, dateText, LONG_RUN_DAYS };

export type DayText = (day: number) => string;

/** The way days are said in a run of `days` days starting on `start` (or on no date). */
export function dayTextFor(start: string | undefined, days: number): DayText {
  if (!start) return (day) => `day ${day}`;
  const precision = days > LONG_RUN_DAYS ? "month" : "day";
  return (day) => dateText(dateOfDay(start, day), precision);
}

/** "by day 34" / "by 3 Sep 1776": a preposition that reads for both. */
export function byDay(dayText: DayText, day: number): string {
  return `by ${dayText(day)}`;
}
