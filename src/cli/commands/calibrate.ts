/**
 * `defection calibrate`: fit one or two parameters so that the scenario's ensemble means meet
 * historical targets, print the fitted values with their 95% intervals, and (with --out) write
 * the calibrated scenario, its assumptions saying what was fitted to what.
 */
import type { CalibrationResult } from "../../calibration/calibrate";
import { parseTarget } from "../../scenario/target";
import { getParameter, scenarioFromObject } from "../../scenario";
import { runCalibration, withFittedValues } from "../../batch/calibrationJob";
import { booleanFlag, listFlag, parseArgs, stringFlag, type FlagSpecs } from "../args";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { parseSetFlags, readScenarioSource, withWhere } from "../readScenario";
import { checkOutputs, OutputSet, usesStdout } from "../outputFiles";
import { writeChunk, type Io } from "../io";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

/** The defaults of `defection calibrate`: the page's "Calibrate to history" reads the same object. */
export const CALIBRATE_DEFAULTS = BATCH_DEFAULTS.calibrate;

export const CALIBRATE_FLAGS: FlagSpecs = {
  target: { type: "string", multiple: true },
  fit: { type: "string" },
  runs: { type: "string" },
  seed: { type: "string" },
  range: { type: "string", multiple: true },
  set: { type: "string", multiple: true },
  out: { type: "string" },
  json: { type: "boolean" },
  "allow-files-outside": { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

export async function calibrateCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, CALIBRATE_FLAGS, "calibrate");
  const [path, ...extra] = args.positionals;
  if (path === undefined) throw new UsageError("missing SCENARIO.json", "calibrate");
  if (extra.length) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`, "calibrate");
  const fit = (stringFlag(args, "fit") ?? CALIBRATE_DEFAULTS.fit).split(",").map((p) => p.trim()).filter(Boolean);
  const runsText = stringFlag(args, "runs");
  const runs = runsText === undefined ? CALIBRATE_DEFAULTS.runs : wholeNumber("--runs", runsText, 1, CALIBRATE_DEFAULTS.maxRuns, "calibrate");
  const seedText = stringFlag(args, "seed");
  const ranges = Object.fromEntries(listFlag(args, "range").map(parseRange));

  const source = readScenarioSource(path, parseSetFlags(listFlag(args, "set"), "calibrate"), { allowOutside: booleanFlag(args, "allow-files-outside") });
  const start = withWhere(source.where, () => scenarioFromObject(source.object, source.readText));
  // Checked before the (long) fit; written after it.
  const [output] = checkOutputs([{ flag: "--out", path: stringFlag(args, "out") }], source.files, "calibrate");
  const report = output && usesStdout([output]) ? io.stderr : io.stdout;
  // Targets from the command line, else the ones the scenario file records.
  const targetTexts = listFlag(args, "target").length ? listFlag(args, "target") : start.targets;
  if (!targetTexts.length) throw new UsageError('give at least one --target, e.g. --target "defected@day=365:0.10" (the scenario records none)', "calibrate");
  const targets = targetTexts.map((t) => parseTarget(t));
  const seed = seedText === undefined ? start.parameters.seed : wholeNumber("--seed", seedText, 0, BATCH_DEFAULTS.maxSeed, "calibrate");
  const job = { scenario: source.object, fit, targets: targetTexts, runs, seed, ranges };
  const result = runCalibration(job, { readText: source.readText, validate: (load) => withWhere(source.where, load) });
  if (booleanFlag(args, "json")) await writeChunk(report, JSON.stringify(result, null, 2) + "\n");
  else await writeChunk(report, describe(result, runs, seed, fit.map((p) => getParameter(source.object as object, p))));

  if (output) {
    const calibrated = withFittedValues(source.object, fit, result.parameters.map((p) => p.value)) as { assumptions?: unknown };
    const note = `Calibrated by defection calibrate: ${result.parameters.map((p) => `${p.path} = ${fmt(p.value)} (95% interval ${fmt(p.low)} to ${fmt(p.high)})`).join(", ")}, to ${targets.map((t) => t.text).join(", ")}, with ${runs} runs from seed ${seed}.`;
    calibrated.assumptions = [...(Array.isArray(calibrated.assumptions) ? calibrated.assumptions : []), note];
    const files = new OutputSet(io.stdout);
    await files.run(async () => {
      const file = await files.open(output);
      await file!.write(JSON.stringify(calibrated, null, 2) + "\n");
      await files.commit();
    });
  }
  return 0;
}

/** `--range path=lo:hi` narrows the search for one fitted parameter. */
function parseRange(text: string): [string, [number, number]] {
  const match = /^([\w.]+)=(-?[\d.]+(?:e-?\d+)?):(-?[\d.]+(?:e-?\d+)?)$/.exec(text);
  const lo = match ? Number(match[2]) : NaN;
  const hi = match ? Number(match[3]) : NaN;
  if (!match || !(lo < hi)) throw new UsageError(`--range needs path=LOW:HIGH with LOW < HIGH, e.g. offer.attractiveness=0:0.5, got ${JSON.stringify(text)}`, "calibrate");
  return [match[1], [lo, hi]];
}

function describe(result: CalibrationResult, runs: number, seed: number, before: unknown[]): string {
  const lines = [`fitted by ${result.method} over ${result.ensembles} ensembles of ${runs} runs (seeds ${seed} to ${seed + runs - 1}):`];
  result.parameters.forEach((p, i) => lines.push(`  ${p.path} = ${fmt(p.value)}   95% interval ${fmt(p.low)} to ${fmt(p.high)}   (was ${String(before[i] ?? "the default")})`));
  lines.push("targets:");
  for (const a of result.achieved) lines.push(`  ${a.target.text}: ensemble mean ${fmt(a.mean)} (standard error ${fmt(a.standardError)})`);
  return lines.join("\n") + "\n";
}

const fmt = (x: number) => String(Number(x.toPrecision(4)));
