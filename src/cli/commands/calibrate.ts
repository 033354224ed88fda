/**
 * `defection calibrate`: fit parameters so that the scenario meets historical targets.
 * - `--method quick` (the default): one or two parameters, ensemble means against the targets
 *   (calibration/calibrate.ts). Its interval is what it is: for a range target the values whose
 *   mean falls in the range, otherwise simulation noise only; the output says which.
 * - `--method abc`: every parameter with a prior at once, by ABC-SMC (calibrateAbc.ts), with the
 *   figures' stated uncertainty: posterior medians and 95% credible intervals.
 * With --out both write the calibrated scenario, its assumptions saying what was fitted to what.
 */
import type { CalibrationResult } from "../../calibration/calibrate";
import { parseTarget, targetSupported, type Target } from "../../scenario/target";
import { InputError, getParameter, scenarioFromObject, scenarioTargets, toModelParams } from "../../scenario";
import { runCalibration, withFittedValues } from "../../batch/calibrationJob";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";
import { booleanFlag, listFlag, parseArgs, stringFlag, type FlagSpecs, type ParsedArgs } from "../args";
import { commonFlags, seedFlag } from "../commonFlags";
import { oneFile } from "../oneFile";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { parseSetFlags, readScenarioSource, withWhere, type ScenarioSource } from "../readScenario";
import { checkOutputs, writeOutput, type CheckedOutput } from "../outputFiles";
import { writeChunk, type Io } from "../io";
import { abcCalibration } from "./calibrateAbc";
import { targetCalendarOf, targetLabel, type TargetCalendar } from "../../calibration/targetWords";

/** The defaults of `defection calibrate`: the page's "Calibrate to history" reads the same object. */
export const CALIBRATE_DEFAULTS = BATCH_DEFAULTS.calibrate;

export const CALIBRATE_FLAGS: FlagSpecs = {
  method: { type: "string" },
  target: { type: "string", multiple: true },
  fit: { type: "string" },
  prior: { type: "string", multiple: true },
  range: { type: "string", multiple: true },
  particles: { type: "string" },
  generations: { type: "string" },
  tolerance: { type: "string" },
  draws: { type: "string" },
  posterior: { type: "string" },
  band: { type: "string" },
  checkpoint: { type: "string" },
  ...commonFlags("runs", "seed", "set", "workers", "resume", "out", "json", "allow-files-outside", "help"),
};

/** What both methods need: the scenario, its targets (the ones the model produces), seed and a way to set fitted values. */
export interface CalibrationInputs {
  args: ParsedArgs;
  source: ScenarioSource;
  targets: Target[];
  /** Targets recorded but not fitted (a quantity the model does not produce yet). */
  skipped: Target[];
  seed: number;
  /** The scenario object with the fitted values set (whole numbers rounded for whole-number parameters). */
  withValues: (paths: readonly string[], values: readonly number[]) => object;
  build: (paths: readonly string[], values: readonly number[]) => ReturnType<typeof toModelParams>;
  /** The files it writes, checked before any work (a device, a folder or an input is refused). */
  outputs: Readonly<Record<string, CheckedOutput | undefined>>;
  /** Where the report goes: standard error when a file is written to standard output. */
  report: Io["stdout"];
  /** The scenario's calendar, so that targets are said with dates ("by Nov 1783"); none: days. */
  calendar: TargetCalendar | undefined;
}

export async function calibrateCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, CALIBRATE_FLAGS, "calibrate");
  const path = oneFile(args, "SCENARIO.json", "calibrate");
  const method = stringFlag(args, "method") ?? "quick";
  if (method !== "quick" && method !== "abc") throw new UsageError(`--method must be quick or abc, got ${JSON.stringify(method)}`, "calibrate");

  const source = readScenarioSource(path, parseSetFlags(listFlag(args, "set"), "calibrate"), { allowOutside: booleanFlag(args, "allow-files-outside") });
  const start = withWhere(source.where, () => scenarioFromObject(source.object, source.readText));
  // Checked before the (long) fit; written after it. The checkpoint is our own file, read back on --resume.
  const requests = ["out", "posterior", "band"].map((flag) => ({ flag: `--${flag}`, path: stringFlag(args, flag) }));
  const checked = checkOutputs(requests, source.files, "calibrate");
  const outputs = Object.fromEntries(checked.map((o) => [o.flag, o]));
  const report = checked.some((o) => o.target === "-") ? io.stderr : io.stdout;
  // Targets from the command line, else the ones the scenario file records.
  const given = listFlag(args, "target");
  const all = given.length ? given.map((t) => parseTarget(t)) : scenarioTargets(start);
  if (!all.length) throw new UsageError('give at least one --target, e.g. --target "defected@day=365:0.10" (the scenario records none)', "calibrate");
  const late = all.find((t) => t.day > start.parameters.army.days);
  if (late) throw new InputError([{ path: "--target", message: `${JSON.stringify(late.text)}: day ${late.day} is after the last simulated day (${start.parameters.army.days})` }], "invalid calibration");
  const targets = all.filter((t) => targetSupported(t));
  const skipped = all.filter((t) => !targetSupported(t));
  if (!targets.length) throw new InputError([{ path: "--target", message: `no target counts something the model produces (${skipped.map((t) => t.quantity).join(", ")} are not model outputs yet)` }], "invalid calibration");
  const seed = seedFlag(args, "calibrate") ?? start.parameters.seed;
  const withValues = (paths: readonly string[], values: readonly number[]) => withFittedValues(source.object, paths, values) as object;
  const build = (paths: readonly string[], values: readonly number[]) => withWhere(source.where, () => toModelParams(scenarioFromObject(withValues(paths, values), source.readText)));
  const inputs: CalibrationInputs = { args, source, targets, skipped, seed, withValues, build, outputs, report, calendar: targetCalendarOf(start) };

  const result = method === "abc" ? await abcCalibration(inputs, start, io) : await quickCalibration(inputs);
  if (outputs["--out"]) {
    const calibrated = withValues(result.paths, result.values) as { assumptions?: unknown };
    calibrated.assumptions = [...(Array.isArray(calibrated.assumptions) ? calibrated.assumptions : []), result.note];
    await writeOutput(outputs["--out"], JSON.stringify(calibrated, null, 2) + "\n", io.stdout);
  }
  return 0;
}

async function quickCalibration({ args, source, targets, skipped, seed, report, calendar }: CalibrationInputs) {
  for (const flag of ["prior", "particles", "generations", "tolerance", "draws", "posterior", "band", "checkpoint", "resume"])
    if (args.flags[flag] !== undefined) throw new UsageError(`--${flag} is for --method abc`, "calibrate");
  const fit = (stringFlag(args, "fit") ?? CALIBRATE_DEFAULTS.fit).split(",").map((p) => p.trim()).filter(Boolean);
  const runsText = stringFlag(args, "runs");
  const runs = runsText === undefined ? CALIBRATE_DEFAULTS.runs : wholeNumber("--runs", runsText, 1, CALIBRATE_DEFAULTS.maxRuns, "calibrate");
  const ranges = Object.fromEntries(listFlag(args, "range").map(parseRange));
  // The same job the page's worker runs (src/batch/calibrationJob.ts).
  const job = { scenario: source.object, fit, targets: targets.map((t) => t.text), runs, seed, ranges };
  const result = runCalibration(job, { readText: source.readText, validate: (load) => withWhere(source.where, load) });
  if (booleanFlag(args, "json")) await writeChunk(report, JSON.stringify(result, null, 2) + "\n");
  else await writeChunk(report, quickReport(result, runs, seed, fit.map((p) => getParameter(source.object as object, p)), skipped, calendar));
  const note = `Calibrated by defection calibrate (quick mode): ${result.parameters.map((p) => `${p.path} = ${fmt(p.value)} (${intervalName(p.interval)} ${fmt(p.low)} to ${fmt(p.high)})`).join(", ")}, to ${targets.map((t) => targetLabel(t, calendar)).join(", ")}, with ${runs} runs from seed ${seed}; the other parameters as assumed.`;
  return { paths: fit, values: result.parameters.map((p) => p.value), note };
}

/** `--range path=lo:hi` narrows the search for one fitted parameter. */
export function parseRange(text: string): [string, [number, number]] {
  const match = /^([\w.]+)=(-?[\d.]+(?:e-?\d+)?):(-?[\d.]+(?:e-?\d+)?)$/.exec(text);
  const lo = match ? Number(match[2]) : NaN;
  const hi = match ? Number(match[3]) : NaN;
  if (!match || !(lo < hi)) throw new UsageError(`--range needs path=LOW:HIGH with LOW < HIGH, e.g. offer.attractiveness=0:0.5, got ${JSON.stringify(text)}`, "calibrate");
  return [match[1], [lo, hi]];
}

function intervalName(interval: "meets-range" | "noise"): string {
  return interval === "meets-range" ? "values whose mean meets the range:" : "simulation-noise interval:";
}

function quickReport(result: CalibrationResult, runs: number, seed: number, before: unknown[], skipped: Target[], calendar: TargetCalendar | undefined): string {
  const lines = [`fitted by ${result.method} over ${result.ensembles} ensembles of ${runs} runs (seeds ${seed} to ${seed + runs - 1}):`];
  result.parameters.forEach((p, i) => lines.push(`  ${p.path} = ${fmt(p.value)}   ${intervalName(p.interval)} ${fmt(p.low)} to ${fmt(p.high)}   (was ${String(before[i] ?? "the default")})`));
  lines.push("targets:");
  for (const a of result.achieved) lines.push(`  ${targetLabel(a.target, calendar)}: ensemble mean ${fmt(a.mean)} (standard error ${fmt(a.standardError)})`);
  for (const t of skipped) lines.push(`  ${targetLabel(t, calendar)}: not fitted (${t.quantity} is not a model output yet)`);
  lines.push(
    "The interval is not a credible interval: for a range target it is the set of values whose ensemble mean falls in the range; otherwise it is simulation noise only (the figures' uncertainty and the other, assumed, parameters are left out). Use --method abc for a posterior.",
  );
  return lines.join("\n") + "\n";
}

export const fmt = (x: number) => String(Number(x.toPrecision(4)));
