/**
 * Bins of days for the bars of a long run: one bar per day draws a 2,650-day run as an unreadable
 * barcode, so runs over a year get a bar per week, and runs over BY_MONTH_DAYS a bar per month
 * (calendar months when the scenario has a start date, 30-day periods otherwise). Bins cover days
 * 1..days (day 0 holds the initial defectors, not a day's flow).
 */
import { dateOfDay } from "../words/dayText";

export const BY_DAY_DAYS = 365;
export const BY_MONTH_DAYS = 1500;

export interface DayBin {
  /** First and last day of the bin, inclusive. */
  start: number;
  end: number;
}

export interface DayBinning {
  unit: "day" | "week" | "month" | "30 days";
  bins: DayBin[];
}

export function dayBins(days: number, startDate?: string): DayBinning {
  // A dated run's months take a date per day (some 1 ms for ten years): the last binning is kept,
  // since the runs of one scenario share their days and start date. Callers only read it.
  if (last && last.days === days && last.startDate === startDate) return last.binning;
  const binning = binsOf(days, startDate);
  last = { days, startDate, binning };
  return binning;
}

let last: { days: number; startDate: string | undefined; binning: DayBinning } | null = null;

function binsOf(days: number, startDate?: string): DayBinning {
  if (days <= BY_DAY_DAYS) return { unit: "day", bins: fixed(days, 1) };
  if (days <= BY_MONTH_DAYS) return { unit: "week", bins: fixed(days, 7) };
  if (!startDate) return { unit: "30 days", bins: fixed(days, 30) };
  const bins: DayBin[] = [];
  let start = 1;
  for (let d = 2; d <= days; d++) {
    if (dateOfDay(startDate, d).getUTCDate() === 1) {
      bins.push({ start, end: d - 1 });
      start = d;
    }
  }
  bins.push({ start, end: days });
  return { unit: "month", bins };
}

function fixed(days: number, width: number): DayBin[] {
  const bins: DayBin[] = [];
  for (let start = 1; start <= days; start += width) bins.push({ start, end: Math.min(days, start + width - 1) });
  return bins;
}

/** The sum of `values` over each bin. */
export function binSums(values: ArrayLike<number>, bins: readonly DayBin[]): Float64Array {
  return Float64Array.from(bins, ({ start, end }) => {
    let sum = 0;
    for (let d = start; d <= end; d++) sum += values[d];
    return sum;
  });
}

/** The bin holding `day` (bins are in order and cover 1..days). */
export function binOf(bins: readonly DayBin[], day: number): number {
  let lo = 0;
  let hi = bins.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bins[mid].end < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
