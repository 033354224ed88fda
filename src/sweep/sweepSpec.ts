/**
 * A sweep: a base scenario, one or two parameters with the values to try (a list, or a linear or
 * logarithmic range), runs per cell and a master seed. Run r of every cell uses seed master + r
 * (common random numbers), so neighbouring cells differ only by their parameters.
 */
import { z } from "zod";
import { InputError, joinPath, type InputIssue } from "../scenario/issues";
import { forbiddenKeys } from "../scenario/safeJson";
import { parameterAt } from "../scenario/parameters";
import { baseScenario } from "../scenario/baseScenario";
import type { ReadText } from "../scenario/resolveFiles";
import type { ScenarioFile } from "../scenario/schema";
import { CELL_OUTPUTS, type CellOutput } from "./cellStatistics";
import { BATCH_DEFAULTS } from "../batch/batchDefaults";

export const MAX_SWEEP_CELLS = BATCH_DEFAULTS.sweep.maxCells;
const { maxSteps: MAX_STEPS, maxRuns: MAX_RUNS } = BATCH_DEFAULTS.sweep;

const axisSchema = z.union(
  [
    z.strictObject({ path: z.string(), values: z.array(z.number()).min(1, { error: "give at least one value" }).max(MAX_STEPS) }),
    z.strictObject({
      path: z.string(),
      from: z.number(),
      to: z.number(),
      steps: z.number().int().min(1, { error: "at least 1 step" }).max(MAX_STEPS, { error: `at most ${MAX_STEPS.toLocaleString("en-US")} steps` }),
      scale: z.enum(["linear", "log"]).default("linear"),
    }),
  ],
  { error: "expected {path, values: [...]} or {path, from, to, steps, scale}" },
);

const sweepSchema = z.strictObject({
  kind: z.literal("sweep", { error: 'expected "sweep"' }),
  name: z.string().max(200).default("sweep"),
  /** The base scenario, inline or as a path relative to the sweep file. */
  scenario: z.unknown(),
  axes: z.array(axisSchema).min(1, { error: "give one or two axes" }).max(2, { error: "give one or two axes" }),
  runs: z.number().int().min(1).max(MAX_RUNS).default(BATCH_DEFAULTS.sweep.runs),
  masterSeed: z.number().int().min(0).max(BATCH_DEFAULTS.maxSeed).optional(),
  /** The per-cell statistics to write (all by default). */
  outputs: z
    .array(z.enum(CELL_OUTPUTS, { error: (issue) => `expected one of ${CELL_OUTPUTS.join(", ")}, got ${JSON.stringify(issue.input)}` }))
    .min(1, { error: "give at least one output" })
    .optional(),
});

export interface Axis {
  path: string;
  values: number[];
}

export interface SweepSpec {
  name: string;
  scenario: ScenarioFile;
  /** The base scenario as given (for building each cell's scenario). */
  scenarioObject: unknown;
  axes: Axis[];
  runs: number;
  masterSeed: number;
  /** Number of cells: the product of the axes' lengths. */
  cells: number;
  /** The cell statistics written for each cell, in the order of CELL_OUTPUTS. */
  outputs: CellOutput[];
}

export function axisValues(axis: z.output<typeof axisSchema>): number[] {
  if ("values" in axis) return axis.values;
  const { from, to, steps, scale } = axis;
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, k) => {
    const t = k / (steps - 1);
    const value = scale === "log" ? from * Math.pow(to / from, t) : from + (to - from) * t;
    // Round away floating dust (0.30000000000000004) so cells print as the user wrote them.
    return Number(value.toPrecision(12));
  });
}

/** `loadObject(path)` reads a scenario named by path (the CLI reads the disk). */
export function validateSweep(input: unknown, loadObject: ((path: string) => { object: unknown; readText: ReadText | null }) | null, readText: ReadText | null = null): SweepSpec {
  const forbidden = forbiddenKeys(input);
  if (forbidden.length) throw new InputError(forbidden, "invalid sweep");
  const parsed = sweepSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => ({ path: joinPath(i.path), message: i.message })), "invalid sweep");
  const spec = parsed.data;
  const base = baseScenario(spec.scenario, loadObject, readText, "invalid sweep");
  const { scenario, object: scenarioObject } = base;
  const issues: InputIssue[] = [...base.issues];
  const axes = spec.axes.map((axis, k) => {
    const parameter = parameterAt(axis.path);
    const values = axisValues(axis);
    // A log range from or to 0 has no values to check (they would read NaN): say that alone.
    const badLog = !("values" in axis) && axis.scale === "log" && !(axis.from > 0 && axis.to > 0);
    if (badLog) issues.push({ path: `axes[${k}]`, message: "a log range needs from and to above 0" });
    if (!parameter) issues.push({ path: `axes[${k}].path`, message: `"${axis.path}" is not a numeric parameter (see the parameter table in the README)` });
    else if (!badLog)
      values.forEach((v, j) => {
        if (!(v >= parameter.min && v <= parameter.max)) issues.push({ path: `axes[${k}]`, message: `value ${j} (${v}) is outside ${axis.path}'s range ${parameter.min} to ${parameter.max}` });
      });
    return { path: axis.path, values };
  });
  if (axes.length === 2 && axes[0].path === axes[1].path) issues.push({ path: "axes[1].path", message: "the two axes must be different parameters" });
  const cells = axes.reduce((n, a) => n * a.values.length, 1);
  if (cells > MAX_SWEEP_CELLS) issues.push({ path: "axes", message: `${cells} cells is above the limit of ${MAX_SWEEP_CELLS.toLocaleString("en-US")}` });
  if (issues.length || !scenario) throw new InputError(issues, "invalid sweep");
  const outputs = CELL_OUTPUTS.filter((o) => !spec.outputs || spec.outputs.includes(o));
  return { name: spec.name, scenario, scenarioObject, axes, runs: spec.runs, masterSeed: spec.masterSeed ?? scenario.parameters.seed, cells, outputs };
}

/** The axis values of cell `index` (the first axis varies slowest). */
export function cellValues(spec: Pick<SweepSpec, "axes">, index: number): number[] {
  const values: number[] = [];
  let rest = index;
  for (let k = spec.axes.length - 1; k >= 0; k--) {
    const n = spec.axes[k].values.length;
    values[k] = spec.axes[k].values[rest % n];
    rest = Math.floor(rest / n);
  }
  return values;
}

/** The cells of shard `shard` (1-based) of `count`: every count-th cell, so slices are balanced. */
export function shardCells(cells: number, shard: number, count: number): number[] {
  const out: number[] = [];
  for (let c = shard - 1; c < cells; c += count) out.push(c);
  return out;
}
