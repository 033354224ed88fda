/**
 * A comparison as a file: named, colour-coded variants (each a whole scenario), how many runs
 * each, from which master seed, with or without common random numbers, and which variant is the
 * baseline. The page saves and reloads it; `defection compare` runs it.
 */
import { z } from "zod";
import { InputError, type InputIssue } from "../scenario/issues";
import { forbiddenKeys } from "../scenario/safeJson";
import { scenarioFromObject } from "../scenario/loadScenario";
import type { ScenarioFile } from "../scenario/schema";
import type { ReadText } from "../scenario/resolveFiles";
import { joinPath } from "../scenario/issues";
import { BATCH_DEFAULTS } from "../batch/batchDefaults";

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
});

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
  return { ...data, kind: "comparison", variants };
}
