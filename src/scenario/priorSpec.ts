/**
 * Priors for calibration, as a scenario states them: for each parameter to fit, uniform,
 * log-uniform, or normal truncated to [low, high], where low and high default to the parameter's
 * allowed range (parameters.ts). `defection calibrate --method abc` fits every parameter that has a
 * prior, all at once.
 *
 * ```json
 * "priors": [
 *   { "parameter": "offer.attractiveness", "distribution": "uniform", "low": 0.1, "high": 0.4 },
 *   { "parameter": "opportunity.daily", "distribution": "log-uniform", "low": 0.001, "high": 0.05 },
 *   { "parameter": "thresholds.mean", "distribution": "normal", "mean": 0.5, "sd": 0.1, "note": "..." }
 * ]
 * ```
 */
import { z } from "zod";
import { describeRange, parameterAt } from "./parameters";
import { describeValue } from "./describeValue";
import type { Prior } from "../calibration/prior";

const number = z.number({ error: (issue) => `expected a number, got ${describeValue(issue.input)}` });

export const priorSpecSchema = z
  .strictObject({
    /** Path under `parameters`, as for --set. */
    parameter: z.string({ error: (issue) => `expected a parameter path, got ${describeValue(issue.input)}` }),
    distribution: z.enum(["uniform", "log-uniform", "normal"], { error: (issue) => `expected uniform, log-uniform or normal, got ${describeValue(issue.input)}` }),
    low: number.optional(),
    high: number.optional(),
    mean: number.optional(),
    sd: number.optional(),
    /** Why this prior (a source, or what is known). */
    note: z.string().max(2000).optional(),
  })
  .superRefine((spec, context) => {
    const fail = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    const parameter = parameterAt(spec.parameter);
    if (!parameter) return fail("parameter", `"${spec.parameter}" is not a numeric parameter (see the parameter table in the README)`);
    const low = spec.low ?? parameter.min;
    const high = spec.high ?? parameter.max;
    const allowed = describeRange(parameter);
    if (low < parameter.min || low > parameter.max) fail("low", `${low} is outside ${spec.parameter}'s range: expected ${allowed}`);
    if (high < parameter.min || high > parameter.max) fail("high", `${high} is outside ${spec.parameter}'s range: expected ${allowed}`);
    if (!(low < high)) fail("high", `${high} is not above low (${low})`);
    if (spec.distribution === "log-uniform" && !(low > 0)) fail("low", `a log-uniform prior needs low above 0, got ${low}`);
    if (spec.distribution === "normal") {
      if (spec.mean === undefined) fail("mean", "is required for a normal prior");
      if (!(spec.sd !== undefined && spec.sd > 0)) fail("sd", "is required for a normal prior, above 0");
    } else if (spec.mean !== undefined || spec.sd !== undefined) fail(spec.mean !== undefined ? "mean" : "sd", `only a normal prior has a mean and sd (this one is ${spec.distribution})`);
  });

export type PriorSpec = z.output<typeof priorSpecSchema>;

/** The prior with its bounds filled in from the parameter's range. */
export function toPrior(spec: PriorSpec): Prior {
  const parameter = parameterAt(spec.parameter)!;
  const low = spec.low ?? parameter.min;
  const high = spec.high ?? parameter.max;
  if (spec.distribution === "normal") return { path: spec.parameter, distribution: "normal", mean: spec.mean!, sd: spec.sd!, low, high };
  return { path: spec.parameter, distribution: spec.distribution, low, high };
}

/** `--prior path=uniform:LOW:HIGH`, `path=log-uniform:LOW:HIGH`, `path=normal:MEAN:SD[:LOW:HIGH]`. */
export function parsePriorText(text: string): PriorSpec {
  const match = /^([\w.]+)=(uniform|log-uniform|normal):([^:]+(?::[^:]+)*)$/.exec(text.trim());
  const numbers = match ? match[3].split(":").map(Number) : [];
  const usage = "expected PATH=uniform:LOW:HIGH, PATH=log-uniform:LOW:HIGH or PATH=normal:MEAN:SD[:LOW:HIGH], e.g. offer.attractiveness=uniform:0:0.5";
  if (!match || numbers.some((n) => !Number.isFinite(n))) throw new Error(`${JSON.stringify(text)}: ${usage}`);
  const [, parameter, distribution] = match;
  const spec =
    distribution === "normal"
      ? numbers.length === 2 || numbers.length === 4
        ? { parameter, distribution, mean: numbers[0], sd: numbers[1], low: numbers[2], high: numbers[3] }
        : null
      : numbers.length === 2
        ? { parameter, distribution, low: numbers[0], high: numbers[1] }
        : null;
  if (!spec) throw new Error(`${JSON.stringify(text)}: ${usage}`);
  const parsed = priorSpecSchema.safeParse(spec);
  if (!parsed.success) throw new Error(`${JSON.stringify(text)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}
