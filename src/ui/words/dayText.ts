/**
 * How a day of a run is said: "day 34" for a scenario without a calendar; for one that starts on
 * a date (a historical scenario's `calendar.start`), the date itself, "3 Sep 1776", or for runs
 * over two years, the month, "Sep 1776". Dates are counted in UTC so that no time zone moves them.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;

/** Runs longer than this are told in months (and their axes in years). */
export const LONG_RUN_DAYS = 730;

export type DayText = (day: number) => string;

/** The date of `day` after `start` ("YYYY-MM-DD"). */
export function dateOfDay(start: string, day: number): Date {
  return new Date(Date.parse(`${start}T00:00:00Z`) + day * DAY_MS);
}

/** "3 Sep 1776" (day precision) or "Sep 1776" (month precision). */
export function dateText(date: Date, precision: "day" | "month" = "day"): string {
  const month = `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return precision === "day" ? `${date.getUTCDate()} ${month}` : month;
}

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
