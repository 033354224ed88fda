/**
 * A historical target a calibration should meet: a quantity on a day, as a share of the army or a
 * count of soldiers, exact or as a range. Written `QUANTITY@day=D:VALUE`, e.g.
 * `defected@day=365:0.10` (10% of the army), `defected@day=365:10%`, `defected@day=2650:3000..5000`
 * (a count between two published figures). Values of at most 1 (or with %) are shares, larger
 * ones counts.
 */
import { InputError } from "./issues";
import type { RunSeries } from "../model/result";

export const TARGET_QUANTITIES = ["defected", "caught", "aware", "loyal"] as const;
export type TargetQuantity = (typeof TARGET_QUANTITIES)[number];

export interface Target {
  quantity: TargetQuantity;
  day: number;
  /** Share of the army on that day, or a count of soldiers. */
  unit: "share" | "count";
  low: number;
  high: number;
  /** As the user wrote it. */
  text: string;
}

const NUMBER = String.raw`\d+(?:\.\d+)?(?:e[+-]?\d+)?%?`;
const PATTERN = new RegExp(String.raw`^([a-zA-Z]+)@day=(\d+):(${NUMBER})(?:\.\.(${NUMBER}))?$`);

export function parseTarget(text: string, field = "--target"): Target {
  const fail = (why: string): never => {
    throw new InputError([{ path: field, message: `${JSON.stringify(text)}: ${why}` }], "invalid target");
  };
  const match = PATTERN.exec(text.trim());
  if (!match) return fail("expected QUANTITY@day=DAY:VALUE or QUANTITY@day=DAY:LOW..HIGH, e.g. defected@day=365:0.10");
  const [, quantity, dayText, lowText, highText] = match;
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
  return { quantity: quantity as TargetQuantity, day: Number(dayText), unit: low.share ? "share" : "count", low: low.value, high: high.value, text };
}

/** The target's quantity in one run (as a share or count, like the target). */
export function targetValue(series: RunSeries, target: Target): number {
  const count = series[target.quantity][target.day];
  return target.unit === "share" ? count / series.army[target.day] : count;
}

export function targetMiddle(target: Target): number {
  return (target.low + target.high) / 2;
}
