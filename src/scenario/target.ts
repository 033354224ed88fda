/**
 * A historical target a calibration should meet: a quantity on a day (or its increase over a
 * period), as a share of the army or a count of soldiers, exact or as a range, with an uncertainty.
 * Written `QUANTITY@day=D:VALUE`, e.g. `defected@day=365:0.10` (10% of the army),
 * `defected@day=365:10%`, `defected@day=2650:3000..5000` (a count between two published figures),
 * `defected@day=31:1300±300` (a count with a standard deviation), `defected@day=31:1300±20%`
 * (relative), or `defected@days=0..365:5700` (how many defected from day 0 to day 365). Values of
 * at most 1 (or with %) are shares, larger ones counts. Scenario files may also give targets as
 * objects with their source and as time series (targetSpec.ts); each expands into these.
 */
import { InputError } from "./issues";
import type { RunSeries } from "../model/result";

/**
 * What a target counts. `captured` (taken prisoner in battle, not defected) and `both` (defected
 * plus captured: the prisoners of a war) are what some sources count; the model produces both
 * (capture in combat, issue 15).
 */
export const TARGET_QUANTITIES = ["defected", "caught", "aware", "loyal", "captured", "both"] as const;
export type TargetQuantity = (typeof TARGET_QUANTITIES)[number];

export interface Target {
  quantity: TargetQuantity;
  /** The day the quantity is read (the end of the period for an increase). */
  day: number;
  /** For an increase over a period: its first day (the quantity's growth from `fromDay` to `day`). */
  fromDay?: number;
  /** Share of the army on `day`, or a count of soldiers. */
  unit: "share" | "count";
  low: number;
  high: number;
  /** Standard deviation of the historical figure, in the target's unit (see `defaultSd`). */
  sd: number;
  /** Whether `sd` was given by the source or scenario (false: the stated default). */
  sdGiven: boolean;
  /** Where the number comes from (object targets). */
  source?: string;
  /** As the user wrote it, or the canonical text of an object target's point. */
  text: string;
}

const NUMBER = String.raw`\d+(?:\.\d+)?(?:e[+-]?\d+)?%?`;
const PATTERN = new RegExp(String.raw`^([a-zA-Z]+)@(?:day=(\d+)|days=(\d+)\.\.(\d+)):(${NUMBER})(?:\.\.(${NUMBER}))?(?:(?:±|\+-)(${NUMBER}))?$`);

export function parseTarget(text: string, field = "--target"): Target {
  const fail = (why: string): never => {
    throw new InputError([{ path: field, message: `${JSON.stringify(text)}: ${why}` }], "invalid target");
  };
  const match = PATTERN.exec(text.trim());
  if (!match)
    return fail("expected QUANTITY@day=DAY:VALUE, QUANTITY@day=DAY:LOW..HIGH or QUANTITY@days=FROM..TO:VALUE, optionally ±SD or ±PERCENT%, e.g. defected@day=365:0.10");
  const [, quantity, dayText, fromText, toText, lowText, highText, sdText] = match;
  if (!(TARGET_QUANTITIES as readonly string[]).includes(quantity)) fail(`unknown quantity "${quantity}"; expected one of ${TARGET_QUANTITIES.join(", ")}`);
  const read = (value: string) => {
    const percent = value.endsWith("%");
    const number = Number(percent ? value.slice(0, -1) : value);
    if (!Number.isFinite(number) || number < 0) fail(`"${value}" is not a number of at least 0`);
    return { value: percent ? number / 100 : number, share: percent || number <= 1 };
  };
  const low = read(lowText);
  const high = highText === undefined ? low : read(highText);
  if (low.share !== high.share) fail("both ends of a range must be shares (at most 1, or with %) or both counts");
  if (high.value < low.value) fail(`the range ${lowText}..${highText} runs backwards`);
  if (low.share && high.value > 1) fail("a share cannot be above 1 (100%)");
  const unit = low.share ? "share" : "count";
  const day = Number(dayText ?? toText);
  const fromDay = fromText === undefined ? undefined : Number(fromText);
  if (fromDay !== undefined && fromDay >= day) fail(`the period ${fromText}..${toText} must run forwards`);
  let sd: number | undefined;
  if (sdText !== undefined) {
    // "±20%" is relative to the target's middle; "±300" is in the target's unit.
    const relative = sdText.endsWith("%");
    const number = Number(relative ? sdText.slice(0, -1) : sdText);
    sd = relative ? (number / 100) * ((low.value + high.value) / 2) : number;
    if (!(sd > 0)) fail(`the uncertainty ${sdText} must be above 0`);
  }
  return makeTarget({ quantity: quantity as TargetQuantity, day, fromDay, unit, low: low.value, high: high.value, sd, text });
}

/** A target with its uncertainty resolved (the stated default when none is given). */
export function makeTarget(fields: Omit<Target, "sd" | "sdGiven"> & { sd?: number }): Target {
  const { sd, ...rest } = fields;
  const target: Target = { ...rest, sd: 0, sdGiven: sd !== undefined };
  if (rest.fromDay === undefined) delete target.fromDay;
  if (rest.source === undefined) delete target.source;
  target.sd = sd ?? defaultSd(target);
  return target;
}

/**
 * Uncertainty when the source gives none: a quarter of a range's width (so a figure half a range
 * outside it is two deviations off), or 10% of a single figure; never below one soldier (counts)
 * or 0.1% of the army (shares), so a zero target still has a scale.
 */
export function defaultSd(target: Pick<Target, "unit" | "low" | "high">): number {
  const floor = target.unit === "count" ? 1 : 0.001;
  const sd = target.high > target.low ? (target.high - target.low) / 4 : 0.1 * target.low;
  return Math.max(floor, sd);
}

/** Whether the model produces the target's quantity (every quantity of TARGET_QUANTITIES, unless a given series lacks its columns). */
export function targetSupported(target: Pick<Target, "quantity">, series?: RunSeries): boolean {
  const columns = series ? Object.keys(series) : ["defected", "caught", "aware", "loyal", "captured"];
  if (target.quantity === "both") return columns.includes("defected") && columns.includes("captured");
  return columns.includes(target.quantity);
}

/** The target's quantity in one run (as a share or count, like the target). */
export function targetValue(series: RunSeries, target: Target): number {
  const column = (day: number) => {
    const read = (name: string) => (series as unknown as Record<string, ArrayLike<number> | undefined>)[name]?.[day];
    const value = target.quantity === "both" ? (read("defected") ?? NaN) + (read("captured") ?? NaN) : read(target.quantity);
    if (value === undefined || Number.isNaN(value)) throw new InputError([{ path: "--target", message: `${JSON.stringify(target.text)}: the model has no "${target.quantity}" output yet` }], "invalid target");
    return value;
  };
  const count = target.fromDay === undefined ? column(target.day) : column(target.day) - column(target.fromDay);
  return target.unit === "share" ? count / series.army[target.day] : count;
}

export function targetMiddle(target: Target): number {
  return (target.low + target.high) / 2;
}

/**
 * How far a value is from the target, in its standard deviations: 0 inside a range, the distance
 * to the nearer end outside it (a single figure is a range of width 0).
 */
export function targetMiss(value: number, target: Target): number {
  const outside = value < target.low ? target.low - value : value > target.high ? value - target.high : 0;
  return outside / target.sd;
}
