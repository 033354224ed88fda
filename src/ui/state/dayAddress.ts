/**
 * The player's day in the address: `&day=40` shows the lab's run up to day 40 (the scrubber's
 * position); no `day` shows the whole run. Decoding is a boundary: a whole number from 0 to the
 * scenario's last day, or a problem naming the field and the allowed range.
 */
import { describeValue } from "../../scenario/index";

export const DAY_PARAM = "day";

export function encodeDay(day: number | null): string | null {
  return day === null ? null : `${DAY_PARAM}=${day}`;
}

/** The day `text` asks for in a run of `days` days, or why it is not allowed. */
export function decodeDay(text: string | null, days: number): { day: number | null } | { problem: string } {
  if (text === null) return { day: null };
  const day = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(day >= 0 && day <= days)) return { problem: `${DAY_PARAM}: ${describeValue(text)} is not a day of this run (a whole number from 0 to ${days})` };
  return { day };
}
