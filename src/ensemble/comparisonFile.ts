/**
 * A comparison as a file: named, colour-coded variants (each a whole scenario), how many runs
 * each, from which master seed, with or without common random numbers, and which variant is the
 * baseline. The page saves and reloads it; `defection compare` runs it.
 *
 * Optionally `posterior`: parameter draws from a calibration's posterior (the page's "Use the
 * posterior"), so the comparison carries the parameters' uncertainty: run r of every variant
 * takes draw r mod N at those paths (posteriorRun.ts), so variants stay paired run by run.
 */
import { z } from "zod";
import { InputError, type InputIssue } from "../scenario/issues";
import { forbiddenKeys } from "../scenario/safeJson";
import { scenarioFromObject } from "../scenario/loadScenario";
import type { ScenarioFile } from "../scenario/schema";
import type { ReadText } from "../scenario/resolveFiles";
import { joinPath } from "../scenario/issues";
import { BATCH_DEFAULTS } from "../batch/batchDefaults";
import { describeRange, parameterAt } from "../scenario/parameters";

/** Most posterior draws a comparison carries. */
export const MAX_POSTERIOR_DRAWS = 10_000;

export const MAX_VARIANTS = BATCH_DEFAULTS.compare.maxVariants;
export const MAX_ENSEMBLE_RUNS = BATCH_DEFAULTS.compare.maxRuns;
const MAX_SEED = BATCH_DEFAULTS.maxSeed;

const comparisonSchema = z.strictObject({
  kind: z.literal("comparison", { error: 'expected "comparison"' }),
  name: z.string().max(200).default("comparison"),
  runs: z.number({ error: `expected a whole number from 1 to ${MAX_ENSEMBLE_RUNS}` }).int({ error: "expected a whole number" }).min(1, { error: `expected a whole number from 1 to ${MAX_ENSEMBLE_RUNS}` }).max(MAX_ENSEMBLE_RUNS, { error: `expected a whole number from 1 to ${MAX_ENSEMBLE_RUNS}` }).default(BATCH_DEFAULTS.compare.runs),
  masterSeed: z.number({ error: `expected a whole number from 0 to ${MAX_SEED}` }).int().min(0).max(MAX_SEED).default(BATCH_DEFAULTS.compare.masterSeed),
  commonRandomNumbers: z.boolean({ error: "expected true or false" }).default(true),
  baseline: z.number().int().min(0).default(0),
  variants: z
    .array(
      z.strictObject({
        name: z.string().min(1, { error: "a variant needs a name" }).max(200),
        colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "expected a colour like #0072b2" }).optional(),
        hidden: z.boolean().default(false),
        scenario: z.unknown(),
      }),
    )
    .min(1, { error: "a comparison needs at least one variant" })
    .max(MAX_VARIANTS, { error: `at most ${MAX_VARIANTS} variants` }),
  posterior: z
    .strictObject({
      /** Parameter paths, as for --set. */
      paths: z.array(z.string()).min(1).max(20),
      /** One value per path, per draw. */
      draws: z.array(z.array(z.number({ error: "expected a number" }))).min(1).max(MAX_POSTERIOR_DRAWS, { error: `at most ${MAX_POSTERIOR_DRAWS} draws` }),
      /** Where the draws come from (the calibration). */
      note: z.string().max(2000).optional(),
    })
    .optional(),
});

/** Draws from a posterior: run r of every variant takes draws[r mod draws.length] at `paths`. */
export interface PosteriorDraws {
  paths: string[];
  draws: number[][];
  note?: string;
}

export interface Variant {
  name: string;
  colour?: string;
  hidden: boolean;
  scenario: ScenarioFile;
}

export interface Comparison {
  kind: "comparison";
  name: string;
  runs: number;
  masterSeed: number;
  commonRandomNumbers: boolean;
  baseline: number;
  variants: Variant[];
  posterior?: PosteriorDraws;
}

export function isComparisonObject(value: unknown): boolean {
  return value !== null && typeof value === "object" && (value as { kind?: unknown }).kind === "comparison";
}

export function validateComparison(input: unknown, readText: ReadText | null = null): Comparison {
  const forbidden = forbiddenKeys(input);
  if (forbidden.length) throw new InputError(forbidden, "invalid comparison");
  const parsed = comparisonSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => ({ path: joinPath(i.path), message: i.message })), "invalid comparison");
  const issues: InputIssue[] = [];
  const { data } = parsed;
  if (data.baseline >= data.variants.length) issues.push({ path: "baseline", message: `${data.baseline} is not a variant: use 0 to ${data.variants.length - 1}` });
  if (data.posterior) issues.push(...posteriorIssues(data.posterior));
  const variants: Variant[] = [];
  data.variants.forEach((v, k) => {
    try {
      variants.push({ name: v.name, colour: v.colour, hidden: v.hidden, scenario: scenarioFromObject(v.scenario, readText) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const issue of error.issues) issues.push({ path: `variants[${k}].scenario${issue.path ? "." + issue.path : ""}`, message: issue.message });
    }
  });
  const names = new Set<string>();
  data.variants.forEach((v, k) => {
    if (names.has(v.name)) issues.push({ path: `variants[${k}].name`, message: `"${v.name}" is used by another variant; names must differ` });
    names.add(v.name);
  });
  if (issues.length) throw new InputError(issues, "invalid comparison");
  const { posterior, ...rest } = data;
  return { ...rest, kind: "comparison", variants, ...(posterior ? { posterior } : {}) };
}

/** Each path a numeric parameter, each draw one value per path inside the parameter's range. */
function posteriorIssues(posterior: PosteriorDraws): InputIssue[] {
  const issues: InputIssue[] = [];
  const parameters = posterior.paths.map((path, k) => {
    const parameter = parameterAt(path);
    if (!parameter || path.split(".").includes("seed")) issues.push({ path: `posterior.paths[${k}]`, message: `"${path}" is not a numeric parameter (see the parameter table in the README)` });
    return parameter;
  });
  for (const [k, draw] of posterior.draws.entries()) {
    if (issues.length > 20) break;
    if (draw.length !== posterior.paths.length) issues.push({ path: `posterior.draws[${k}]`, message: `expected ${posterior.paths.length} values (one per path), got ${draw.length}` });
    else
      draw.forEach((value, d) => {
        const parameter = parameters[d];
        if (parameter && !(value >= parameter.min && value <= parameter.max && (!parameter.integer || Number.isInteger(value))))
          issues.push({ path: `posterior.draws[${k}][${d}]`, message: `${value} is not allowed for ${posterior.paths[d]}: expected ${describeRange(parameter)}` });
      });
  }
  return issues;
}
