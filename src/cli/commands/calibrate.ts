/**
 * `defection calibrate`: fit one or two parameters so that the scenario's ensemble means meet
 * historical targets, print the fitted values with their 95% intervals, and (with --out) write
 * the calibrated scenario, its assumptions saying what was fitted to what.
 */
import { calibrate, type CalibrationResult } from "../../calibration/calibrate";
import { parseTarget } from "../../scenario/target";
import { InputError, getParameter, scenarioFromObject, scenarioTargetTexts, setParameter, toModelParams } from "../../scenario";
import { booleanFlag, listFlag, parseArgs, stringFlag, type FlagSpecs } from "../args";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { parseSetFlags, readScenarioSource, withWhere } from "../readScenario";
import { openAtomicFile } from "../writeFileAtomic";
import { writeChunk, type Io } from "../io";
import { MAX_SEED } from "./run";

export const CALIBRATE_FLAGS: FlagSpecs = {
  target: { type: "string", multiple: true },
  fit: { type: "string" },
  runs: { type: "string" },
  seed: { type: "string" },
  range: { type: "string", multiple: true },
  set: { type: "string", multiple: true },
  out: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

export async function calibrateCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, CALIBRATE_FLAGS, "calibrate");
  const [path, ...extra] = args.positionals;
  if (path === undefined) throw new UsageError("missing SCENARIO.json", "calibrate");
  if (extra.length) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`, "calibrate");
  const fit = (stringFlag(args, "fit") ?? "offer.attractiveness").split(",").map((p) => p.trim()).filter(Boolean);
  const runsText = stringFlag(args, "runs");
  const runs = runsText === undefined ? 20 : wholeNumber("--runs", runsText, 1, 10_000, "calibrate");
  const seedText = stringFlag(args, "seed");
  const ranges = Object.fromEntries(listFlag(args, "range").map(parseRange));

  const source = readScenarioSource(path, parseSetFlags(listFlag(args, "set"), "calibrate"));
  const start = withWhere(source.where, () => scenarioFromObject(source.object, source.readText));
  // Targets from the command line, else the ones the scenario file records.
  const targetTexts = listFlag(args, "target").length ? listFlag(args, "target") : scenarioTargetTexts(start);
  if (!targetTexts.length) throw new UsageError('give at least one --target, e.g. --target "defected@day=365:0.10" (the scenario records none)', "calibrate");
  const targets = targetTexts.map((t) => parseTarget(t));
  const seed = seedText === undefined ? start.parameters.seed : wholeNumber("--seed", seedText, 0, MAX_SEED, "calibrate");
  const withValues = (values: number[]) => fit.reduce((o, p, i) => setParameter(o as object, p, values[i]), source.object);
  const build = (values: number[]) => withWhere(source.where, () => toModelParams(scenarioFromObject(withValues(values), source.readText)));

  const result = calibrate({ build, fit, targets, runs, seed, ranges });
  if (booleanFlag(args, "json")) await writeChunk(io.stdout, JSON.stringify(result, null, 2) + "\n");
  else await writeChunk(io.stdout, report(result, runs, seed, fit.map((p) => getParameter(source.object as object, p))));

  const outPath = stringFlag(args, "out");
  if (outPath !== undefined) {
    const calibrated = withValues(result.parameters.map((p) => p.value)) as { assumptions?: unknown };
    const note = `Calibrated by defection calibrate: ${result.parameters.map((p) => `${p.path} = ${fmt(p.value)} (95% interval ${fmt(p.low)} to ${fmt(p.high)})`).join(", ")}, to ${targets.map((t) => t.text).join(", ")}, with ${runs} runs from seed ${seed}.`;
    calibrated.assumptions = [...(Array.isArray(calibrated.assumptions) ? calibrated.assumptions : []), note];
    let file;
    try {
      file = await openAtomicFile(outPath);
    } catch (error) {
      throw new InputError([{ path: "--out", message: `cannot write ${outPath} (${(error as Error).message})` }], "cannot write output");
    }
    await file.write(JSON.stringify(calibrated, null, 2) + "\n");
    await file.commit();
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

function report(result: CalibrationResult, runs: number, seed: number, before: unknown[]): string {
  const lines = [`fitted by ${result.method} over ${result.ensembles} ensembles of ${runs} runs (seeds ${seed} to ${seed + runs - 1}):`];
  result.parameters.forEach((p, i) => lines.push(`  ${p.path} = ${fmt(p.value)}   95% interval ${fmt(p.low)} to ${fmt(p.high)}   (was ${String(before[i] ?? "the default")})`));
  lines.push("targets:");
  for (const a of result.achieved) lines.push(`  ${a.target.text}: ensemble mean ${fmt(a.mean)} (standard error ${fmt(a.standardError)})`);
  return lines.join("\n") + "\n";
}

const fmt = (x: number) => String(Number(x.toPrecision(4)));
