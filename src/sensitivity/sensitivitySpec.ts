/**
 * A sensitivity analysis: a base scenario, the inputs with their ranges, the method (Morris
 * screening or Sobol indices) and its sample size, runs per sample point, the outputs to explain
 * and a master seed. Run r of every sample point uses seed master + r (common random numbers), so
 * points differ only by their inputs and the noise left is what the runs do not share.
 */
import { z } from "zod";
import { InputError, joinPath, type InputIssue } from "../scenario/issues";
import { forbiddenKeys } from "../scenario/safeJson";
import { parameterAt } from "../scenario/parameters";
import { baseScenario } from "../scenario/baseScenario";
import { scenarioFromObject } from "../scenario/loadScenario";
import { setParameter } from "../scenario/setParameter";
import type { ReadText } from "../scenario/resolveFiles";
import type { ScenarioFile } from "../scenario/schema";
import { MAX_SOBOL_DIMENSIONS } from "./joeKuoDirections";
import { DEFAULT_SENSITIVITY_OUTPUTS, SENSITIVITY_OUTPUTS, type SensitivityOutput } from "./sensitivityOutputs";
import type { SensitivityInput } from "./inputScale";

/** Two Sobol dimensions per input (matrices A and B). */
export const MAX_SENSITIVITY_INPUTS = Math.floor(MAX_SOBOL_DIMENSIONS / 2);
export const MAX_SENSITIVITY_POINTS = 100_000;

const inputSchema = z.strictObject({
  path: z.string(),
  from: z.number(),
  to: z.number(),
  scale: z.enum(["uniform", "log-uniform"], { error: 'expected "uniform" or "log-uniform"' }).default("uniform"),
});

const specSchema = z.strictObject({
  kind: z.literal("sensitivity", { error: 'expected "sensitivity"' }),
  name: z.string().max(200).default("sensitivity"),
  /** The base scenario, inline or as a path relative to the spec file. */
  scenario: z.unknown(),
  method: z.enum(["morris", "sobol"], { error: 'expected "morris" or "sobol"' }),
  inputs: z
    .array(inputSchema)
    .min(1, { error: "give at least one input" })
    .max(MAX_SENSITIVITY_INPUTS, { error: `at most ${MAX_SENSITIVITY_INPUTS} inputs` }),
  /** Morris: trajectories (each k + 1 points) and grid levels (even). */
  trajectories: z.number().int().min(2, { error: "at least 2 trajectories" }).max(10_000).optional(),
  levels: z.number().int().min(2).max(100).optional(),
  /** Sobol: base sample size N (a power of two; N (k + 2) points). */
  sampleSize: z.number().int().min(8, { error: "at least 8" }).max(65_536, { error: "at most 65,536" }).optional(),
  runs: z.number().int().min(1).max(10_000).default(20),
  masterSeed: z.number().int().min(0).max(4294967295).optional(),
  outputs: z
    .array(z.enum(SENSITIVITY_OUTPUTS, { error: (issue) => `expected one of ${SENSITIVITY_OUTPUTS.join(", ")}, got ${JSON.stringify(issue.input)}` }))
    .min(1, { error: "give at least one output" })
    .optional(),
  /** Sobol: the widest 95% interval accepted before the sample is called too small. */
  tolerance: z.number().gt(0).max(1).default(0.1),
  /** Bootstrap resamples for the intervals. */
  resamples: z.number().int().min(100).max(100_000).default(1000),
});

export interface SensitivitySpec {
  name: string;
  scenario: ScenarioFile;
  /** The base scenario as given, its name and parameters only (each point's scenario is built from it). */
  scenarioObject: unknown;
  readText: ReadText | null;
  method: "morris" | "sobol";
  inputs: SensitivityInput[];
  /** Morris trajectories (0 for Sobol). */
  trajectories: number;
  /** Morris grid levels (0 for Sobol). */
  levels: number;
  /** Sobol base sample size N (0 for Morris). */
  sampleSize: number;
  runs: number;
  masterSeed: number;
  /** In the order of SENSITIVITY_OUTPUTS. */
  outputs: SensitivityOutput[];
  tolerance: number;
  resamples: number;
  /** Sample points: trajectories (k + 1) or N (k + 2). */
  points: number;
}

export function validateSensitivity(
  input: unknown,
  loadObject: ((path: string) => { object: unknown; readText: ReadText | null }) | null,
  readText: ReadText | null = null,
): SensitivitySpec {
  const forbidden = forbiddenKeys(input);
  if (forbidden.length) throw new InputError(forbidden, "invalid sensitivity spec");
  const parsed = specSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => ({ path: joinPath(i.path), message: i.message })), "invalid sensitivity spec");
  const spec = parsed.data;
  const base = baseScenario(spec.scenario, loadObject, readText, "invalid sensitivity spec");
  const { scenario, object: scenarioObject, readText: scenarioReadText } = base;
  const issues: InputIssue[] = [...base.issues];

  const inputs: SensitivityInput[] = [];
  spec.inputs.forEach((given, k) => {
    const where = `inputs[${k}]`;
    const parameter = parameterAt(given.path);
    if (!parameter || given.path === "seed") {
      issues.push({ path: `${where}.path`, message: `"${given.path}" is not a numeric parameter one can vary (see the parameter table in the README; the seed is set by masterSeed)` });
      return;
    }
    const range = `${parameter.min} to ${parameter.max}`;
    for (const end of ["from", "to"] as const)
      if (!(given[end] >= parameter.min && given[end] <= parameter.max)) issues.push({ path: `${where}.${end}`, message: `${given[end]} is outside ${given.path}'s range ${range}` });
    if (!(given.from < given.to)) issues.push({ path: `${where}.to`, message: `${given.to} must be above from (${given.from})` });
    if (given.scale === "log-uniform" && !(given.from > 0)) issues.push({ path: `${where}.from`, message: `a log-uniform range needs from above 0, got ${given.from}` });
    if (spec.inputs.findIndex((other) => other.path === given.path) < k) issues.push({ path: `${where}.path`, message: `"${given.path}" is already an input` });
    inputs.push({ path: given.path, low: given.from, high: given.to, scale: given.scale, integer: parameter.integer ?? false });
  });

  const k = spec.inputs.length;
  const morris = spec.method === "morris";
  const misplaced: [keyof typeof spec, boolean][] = [
    ["trajectories", !morris],
    ["levels", !morris],
    ["sampleSize", morris],
  ];
  for (const [field, wrong] of misplaced) if (wrong && spec[field] !== undefined) issues.push({ path: field, message: `is for method "${morris ? "sobol" : "morris"}", not "${spec.method}"` });
  const levels = morris ? (spec.levels ?? 4) : 0;
  if (morris && levels % 2 !== 0) issues.push({ path: "levels", message: `${levels} is not allowed: expected an even number from 2 to 100 (Morris's grid)` });
  const sampleSize = morris ? 0 : (spec.sampleSize ?? 256);
  if (!morris && (sampleSize & (sampleSize - 1)) !== 0) issues.push({ path: "sampleSize", message: `${sampleSize} is not allowed: expected a power of two from 8 to 65,536 (Sobol points balance only in powers of two), e.g. ${2 ** Math.round(Math.log2(sampleSize))}` });
  const trajectories = morris ? (spec.trajectories ?? 10) : 0;
  const points = morris ? trajectories * (k + 1) : sampleSize * (k + 2);
  if (points > MAX_SENSITIVITY_POINTS) issues.push({ path: morris ? "trajectories" : "sampleSize", message: `${points.toLocaleString("en-US")} sample points is above the limit of ${MAX_SENSITIVITY_POINTS.toLocaleString("en-US")}` });

  // Every input at its two ends must make a valid scenario (a path the scenario cannot take, such
  // as thresholds.alpha under normal thresholds, is refused here, before anything runs).
  if (scenario && inputs.length === k && issues.length === 0)
    for (const end of ["low", "high"] as const) {
      const object = inputs.reduce((o, i) => setParameter(o as object, i.path, i[end]), scenarioObject);
      try {
        scenarioFromObject(object, scenarioReadText);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        issues.push(...error.issues.map((i) => ({ path: `inputs (all at their ${end === "low" ? "from" : "to"} values)`, message: `${i.path}: ${i.message}` })));
      }
    }
  if (issues.length || !scenario) throw new InputError(issues, "invalid sensitivity spec");
  const outputs = SENSITIVITY_OUTPUTS.filter((o) => (spec.outputs ?? DEFAULT_SENSITIVITY_OUTPUTS).includes(o));
  return {
    name: spec.name,
    scenario,
    scenarioObject: runnablePart(scenarioObject),
    readText: scenarioReadText,
    method: spec.method,
    inputs,
    trajectories,
    levels,
    sampleSize,
    runs: spec.runs,
    masterSeed: spec.masterSeed ?? scenario.parameters.seed,
    outputs,
    tolerance: spec.tolerance,
    resamples: spec.resamples,
    points,
  };
}

/**
 * Only what a run reads: the name and the parameters. Each point's scenario is a copy of this with
 * the inputs set, and copying the sources and assumptions at every point cost more than the rest.
 */
function runnablePart(object: unknown): unknown {
  const { name, parameters } = object as { name?: unknown; parameters?: unknown };
  return parameters === undefined ? { name } : { name, parameters };
}
