/**
 * Where a scenario sits on the calendar and in the library. `calendar.start` is the date of day 0
 * of a historical scenario (with the source that dates it), so that the page can say "3 Sep 1776"
 * instead of "day 20" and draw years on long runs; `group` files the scenario under historical
 * cases, classic models or what-if questions in the page's picker and library. Both are optional
 * and change no number of a run. The dates of days are computed here, in UTC so that no time zone
 * moves them, for the page's words and charts and the command line's target texts.
 */
import { z } from "zod";
import { describeValue } from "./describeValue";

export const SCENARIO_GROUPS = ["historical", "classic", "what-if"] as const;
export type ScenarioGroup = (typeof SCENARIO_GROUPS)[number];

/** A real calendar day as YYYY-MM-DD, years 1 to 2999. */
export const isoDateSchema = z
  .string({ error: (issue) => `expected a date as YYYY-MM-DD (e.g. "1776-08-14"), got ${describeValue(issue.input)}` })
  .refine(isCalendarDate, { error: (issue) => `${describeValue(issue.input)} is not a date: expected YYYY-MM-DD (e.g. "1776-08-14"), a real day of the years 1 to 2999` });

export const calendarSchema = z.strictObject({
  /** The date of day 0. */
  start: isoDateSchema,
  /** What dates day 0 (a source's title, or where in it). */
  source: z.string({ error: (issue) => `expected text naming the source of the start date, got ${describeValue(issue.input)}` }).min(1, { error: "name the source of the start date" }).max(500, { error: "text longer than 500 characters" }),
});

export const groupSchema = z.enum(SCENARIO_GROUPS, { error: (issue) => `expected one of ${SCENARIO_GROUPS.join(", ")}, got ${describeValue(issue.input)}` });

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [+match[1], +match[2], +match[3]];
  if (year < 1 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;

/** Runs longer than this are told in months (and their axes in years). */
export const LONG_RUN_DAYS = 730;

/** The date of `day` after `start` ("YYYY-MM-DD"). */
export function dateOfDay(start: string, day: number): Date {
  return new Date(Date.parse(`${start}T00:00:00Z`) + day * DAY_MS);
}

/** "3 Sep 1776" (day precision) or "Sep 1776" (month precision). */
export function dateText(date: Date, precision: "day" | "month" = "day"): string {
  const month = `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return precision === "day" ? `${date.getUTCDate()} ${month}` : month;
}
