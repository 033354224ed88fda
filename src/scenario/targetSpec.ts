/**
 * A historical target as an object in a scenario file: the figure (a value or a range) with its
 * source, what it counts and its uncertainty, or a time series (a value per day, week, month or
 * year) where the sources give one. Each expands into point targets (target.ts) with canonical
 * texts, so the page and `--target` read them as they read `defected@day=...` strings. The older
 * form, a plain string, stays valid.
 *
 * ```json
 * { "counts": "defected", "day": 2650, "range": [3000, 5000], "source": "Atwood 1980; Lowell 1884" }
 * { "counts": "defected", "day": 31, "value": 130, "relativeSd": 0.3, "source": "Evans 1991" }
 * { "counts": "defected", "series": { "every": "year", "values": [11248, 5417, 11124] }, "relativeSd": 0.2, "source": "Koch 1973" }
 * ```
 */
import { z } from "zod";
import { describeValue } from "./describeValue";
import { makeTarget, TARGET_QUANTITIES, type Target } from "./target";

/** Days per period of a series; months and years average the calendar. */
export const PERIOD_DAYS = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 } as const;

const nonNegative = z.number({ error: (issue) => `expected a number of at least 0, got ${describeValue(issue.input)}` }).min(0, { error: "expected a number of at least 0" });
const day = z.number({ error: (issue) => `expected a day (a whole number of at least 0), got ${describeValue(issue.input)}` }).int({ error: "expected a whole day" }).min(0, { error: "expected a day of at least 0" });
const range = z.tuple([nonNegative, nonNegative], { error: "expected a range [low, high]" }).refine(([low, high]) => low <= high, { error: "the range runs backwards (low above high)" });

export const targetSpecSchema = z
  .strictObject({
    /** What the source counts: defected (the default), captured in battle, or both together; also caught, aware, loyal. */
    counts: z.enum(TARGET_QUANTITIES, { error: (issue) => `expected one of ${TARGET_QUANTITIES.join(", ")}, got ${describeValue(issue.input)}` }).default("defected"),
    /** A count of soldiers (the default) or a share of the army. */
    unit: z.enum(["count", "share"], { error: (issue) => `expected count or share, got ${describeValue(issue.input)}` }).default("count"),
    day: day.optional(),
    value: nonNegative.optional(),
    range: range.optional(),
    series: z
      .strictObject({
        /** Length of each period: day, week, month, year, or a number of days. */
        every: z.union([z.enum(["day", "week", "month", "year"]), z.number().positive()], { error: (issue) => `expected day, week, month, year or a number of days, got ${describeValue(issue.input)}` }),
        /** First day of the first period. */
        start: day.default(0),
        /** "increase" (the default): how many in each period; "level": the quantity at each period's end. */
        kind: z.enum(["increase", "level"], { error: (issue) => `expected increase or level, got ${describeValue(issue.input)}` }).default("increase"),
        /** One figure (or [low, high], or null for a period the sources do not give) per period. */
        values: z.array(z.union([nonNegative, range, z.null()], { error: (issue) => `expected a number, a range [low, high] or null, got ${describeValue(issue.input)}` })).min(1).max(200),
      })
      .optional(),
    /** Standard deviation of the figure, in its unit. */
    sd: z.number().positive({ error: "expected a standard deviation above 0" }).optional(),
    /** Standard deviation as a share of the figure (0.2: 20%). */
    relativeSd: z.number().positive({ error: "expected a relative standard deviation above 0" }).optional(),
    /** Where the figure comes from (author, year, page). */
    source: z.string().max(1000).optional(),
    /** Doubts about the figure, or why it is read the way it is. */
    note: z.string().max(2000).optional(),
  })
  .superRefine((spec, context) => {
    const fail = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    const figures = [spec.value, spec.range].filter((x) => x !== undefined).length;
    if (spec.series) {
      if (figures || spec.day !== undefined) fail("series", "give either a series or a day with a value or range, not both");
    } else {
      if (spec.day === undefined) fail("day", "is required (the day the figure is for), or give a series");
      if (figures !== 1) fail("value", "give exactly one of value or range");
    }
    if (spec.sd !== undefined && spec.relativeSd !== undefined) fail("sd", "give sd or relativeSd, not both");
    if (spec.unit === "share") {
      const highs = spec.series ? spec.series.values.map((v) => (Array.isArray(v) ? v[1] : v ?? 0)) : [spec.range?.[1] ?? spec.value ?? 0];
      if (highs.some((v) => v > 1)) fail(spec.series ? "series" : spec.range ? "range" : "value", "a share cannot be above 1");
    }
  });

export type TargetSpec = z.output<typeof targetSpecSchema>;

/** The point targets of an object target, each with a text `parseTarget` reads back. */
export function expandTargetSpec(spec: TargetSpec): Target[] {
  const points: { fromDay?: number; day: number; low: number; high: number }[] = [];
  if (spec.series) {
    const { every, start, kind, values } = spec.series;
    const length = typeof every === "number" ? every : PERIOD_DAYS[every];
    values.forEach((figure, k) => {
      if (figure === null) return;
      const [low, high] = Array.isArray(figure) ? figure : [figure, figure];
      const from = start + Math.round(k * length);
      const to = start + Math.round((k + 1) * length);
      points.push(kind === "increase" ? { fromDay: from, day: to, low, high } : { day: to, low, high });
    });
  } else {
    const [low, high] = spec.range ?? [spec.value!, spec.value!];
    points.push({ day: spec.day!, low, high });
  }
  return points.map((point) => {
    const middle = (point.low + point.high) / 2;
    const sd = spec.sd ?? (spec.relativeSd !== undefined ? spec.relativeSd * middle : undefined);
    const text = targetText({ quantity: spec.counts, unit: spec.unit, ...point, sd: sd !== undefined && sd > 0 ? sd : undefined });
    return makeTarget({ quantity: spec.counts, unit: spec.unit, ...point, sd: sd !== undefined && sd > 0 ? sd : undefined, source: spec.source, text });
  });
}

/** The string form of a point target (shares written with %, counts of at most one with #, so neither reads as the other). */
export function targetText(t: Pick<Target, "quantity" | "unit" | "day" | "fromDay" | "low" | "high"> & { sd?: number }): string {
  const number = (x: number) => (t.unit === "share" ? `${round(x * 100)}%` : x <= 1 ? `${round(x)}#` : String(round(x)));
  const when = t.fromDay === undefined ? `day=${t.day}` : `days=${t.fromDay}..${t.day}`;
  const figure = t.low === t.high ? number(t.low) : `${number(t.low)}..${number(t.high)}`;
  return `${t.quantity}@${when}:${figure}${t.sd !== undefined ? `±${number(t.sd)}` : ""}`;
}

const round = (x: number) => Number(x.toPrecision(10));
