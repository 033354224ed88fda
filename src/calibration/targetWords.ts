/**
 * A calibration target as a sentence: "4,500–6,000 soldiers defected by day 2,650 (± 500)", or,
 * for a scenario on the calendar (`calendar.start`), with dates: "by Nov 1783", "by 1966" (a day
 * at a year's turn), "in 1966" (an increase over one calendar year), "from 17 Jan 1991 to 15 Feb
 * 1991". The page's calibration panel and the command line's calibration report say targets this
 * way.
 */
import { dateOfDay, dateText, LONG_RUN_DAYS } from "../scenario/calendar";
import type { Target } from "../scenario/target";

/** Where a scenario's day 0 falls and how long it runs (a short run is told in days, a long one in months). */
export interface TargetCalendar {
  start: string;
  days: number;
}

/** The calendar a scenario's targets are said on, or none (days). */
export function targetCalendarOf(scenario: { calendar?: { start: string }; parameters: { army: { days: number } } }): TargetCalendar | undefined {
  return scenario.calendar ? { start: scenario.calendar.start, days: scenario.parameters.army.days } : undefined;
}

const QUANTITY_WORDS: Record<Target["quantity"], string> = {
  defected: "defected",
  caught: "caught trying to defect",
  aware: "aware of the offer",
  loyal: "loyal",
  captured: "captured in battle",
  both: "defected or captured",
};

/**
 * How many days from 1 January a date may fall and still be read as the year's turn: a series of
 * years of 365.25 days (targetSpec.ts) rounds its days, so its ends drift a day from 1 January.
 */
const YEAR_TURN_DAYS = 2;

const count = (x: number) => Math.round(x).toLocaleString("en-US");
const share = (x: number) => `${Number((x * 100).toPrecision(3))}%`;

/** A target's figure: "4,500–6,000 soldiers", "1 soldier", "10% of the army". */
export function targetFigure(target: Pick<Target, "unit" | "low" | "high">): string {
  if (target.unit === "share") return `${target.low === target.high ? share(target.low) : `${share(target.low)}–${share(target.high)}`} of the army`;
  const figure = target.low === target.high ? count(target.low) : `${count(target.low)}–${count(target.high)}`;
  return `${figure} soldier${target.low === target.high && Math.round(target.low) === 1 ? "" : "s"}`;
}

/** A target as a sentence, e.g. "4,500–6,000 soldiers defected by Nov 1783 (± 500)"; days without a calendar. */
export function targetWords(target: Target, calendar?: TargetCalendar): string {
  const uncertainty = target.sdGiven ? ` (± ${target.unit === "share" ? share(target.sd) : count(target.sd)})` : "";
  return `${targetFigure(target)} ${QUANTITY_WORDS[target.quantity]} ${targetWhen(target, calendar)}${uncertainty}`;
}

/**
 * The target's words followed by its code for the command line's report, where a user copies
 * targets back into `--target`; without a calendar the code alone, as it always was.
 */
export function targetLabel(target: Target, calendar?: TargetCalendar): string {
  return calendar ? `${targetWords(target, calendar)} [${target.text}]` : target.text;
}

/** "by day 2,650", "from day 0 to day 365"; with a calendar "by Nov 1783", "by 1966", "in 1966", "in 1966–1967". */
export function targetWhen(target: Pick<Target, "day" | "fromDay">, calendar?: TargetCalendar): string {
  const { day, fromDay } = target;
  if (!calendar) return fromDay === undefined ? `by day ${count(day)}` : `from day ${count(fromDay)} to day ${count(day)}`;
  const end = yearTurn(calendar.start, day);
  if (fromDay === undefined) return `by ${end ?? dateSaid(calendar, day)}`;
  const begin = yearTurn(calendar.start, fromDay);
  if (begin !== null && end !== null && end > begin) return end === begin + 1 ? `in ${begin}` : `in ${begin}–${end - 1}`;
  return `from ${dateSaid(calendar, fromDay)} to ${dateSaid(calendar, day)}`;
}

function dateSaid(calendar: TargetCalendar, day: number): string {
  return dateText(dateOfDay(calendar.start, day), calendar.days > LONG_RUN_DAYS ? "month" : "day");
}

/** The year whose 1 January `day` falls on (within YEAR_TURN_DAYS), else null. */
function yearTurn(start: string, day: number): number | null {
  for (let shift = -YEAR_TURN_DAYS; shift <= YEAR_TURN_DAYS; shift++) {
    const date = dateOfDay(start, day + shift);
    if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return date.getUTCFullYear();
  }
  return null;
}
