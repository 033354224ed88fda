/**
 * `defection compare`: ensembles of several scenarios (or one comparison file) side by side, on all
 * cores. Run r of every variant uses seed S + r (common random numbers) unless --no-crn. Writes
 * every run's series and summary in long format, and prints the comparison table: per variant the
 * mean final share, the probability of a cascade (Wilson interval), median days to 10% and 50%,
 * and the run-by-run difference in final share to the baseline.
 */
import type { RunSummary } from "../../model";
import { toModelParams, InputError } from "../../scenario";
import { csvLine } from "../../output/csvCell";
import { seriesHeaderLine, seriesRows, summaryHeaderLine, summaryRow } from "../../output/runCsv";
import { ensembleSeed } from "../../ensemble/ensembleSeed";
import { variantStatistics, type VariantStatistics } from "../../ensemble/variantStatistics";
import { MAX_ENSEMBLE_RUNS, MAX_VARIANTS, isComparisonObject, validateComparison, type Comparison } from "../../ensemble/comparisonFile";
import { booleanFlag, parseArgs, stringFlag, type FlagSpecs } from "../args";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { readScenario, readScenarioSource, withWhere } from "../readScenario";
import { openAtomicFile, type AtomicFile } from "../writeFileAtomic";
import { progressBar } from "../progress";
import { writeChunk, type Io } from "../io";
import { defaultWorkers, runPool } from "../simulationPool";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

/** The defaults of `defection compare`: the page's Compare view reads the same object. */
export const COMPARE_DEFAULTS = BATCH_DEFAULTS.compare;

export const COMPARE_FLAGS: FlagSpecs = {
  runs: { type: "string" },
  seed: { type: "string" },
  baseline: { type: "string" },
  "no-crn": { type: "boolean" },
  workers: { type: "string" },
  out: { type: "string" },
  summary: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

export const STATISTICS_COLUMNS = [
  "runs",
  "meanFinalShare",
  "meanFinalShareLow",
  "meanFinalShareHigh",
  "cascadeProbability",
  "cascadeLow",
  "cascadeHigh",
  "medianDayPast10",
  "medianDayPast50",
  "differenceMedian",
  "differenceP05",
  "differenceP95",
] as const satisfies ReadonlyArray<keyof VariantStatistics>;

export async function compareCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, COMPARE_FLAGS, "compare");
  const paths = args.positionals;
  if (paths.length === 0) throw new UsageError("give scenario files to compare, or one comparison file", "compare");
  const comparison = readComparison(paths, args);
  const workersText = stringFlag(args, "workers");
  const workers = workersText === undefined ? defaultWorkers() : wholeNumber("--workers", workersText, 1, BATCH_DEFAULTS.workers.max, "compare");
  const outPath = stringFlag(args, "out");
  const summaryPath = stringFlag(args, "summary");
  if (outPath !== undefined && outPath === summaryPath) throw new UsageError("--out and --summary must be different files", "compare");

  const params = comparison.variants.map((v) => toModelParams(v.scenario));
  const { runs, masterSeed, commonRandomNumbers } = comparison;
  const tasks = comparison.variants.flatMap((_, variant) => Array.from({ length: runs }, (_, run) => ({ variant, run, seed: ensembleSeed(masterSeed, variant, run, runs, commonRandomNumbers) })));

  const files: AtomicFile[] = [];
  try {
    const open = async (flag: string, target: string | undefined) => {
      if (target === undefined) return null;
      try {
        const file = await openAtomicFile(target);
        files.push(file);
        return file;
      } catch (error) {
        throw new InputError([{ path: flag, message: `cannot write ${target} (${(error as Error).message})` }], "cannot write output");
      }
    };
    const series = await open("--out", outPath);
    const summary = await open("--summary", summaryPath);
    await series?.write(seriesHeaderLine("variant"));
    await summary?.write(summaryHeaderLine("variant"));

    const summaries: RunSummary[][] = comparison.variants.map(() => []);
    const progress = progressBar(io.stderr, tasks.length, comparison.name);
    await runPool(params, tasks, workers, async (index, result) => {
      const { variant, run } = tasks[index];
      const labelled = { scenario: comparison.variants[variant].name, run, result };
      await series?.write(seriesRows(labelled));
      await summary?.write(summaryRow(labelled));
      summaries[variant].push(result.summary);
      progress.update(index + 1);
    });
    progress.finish();
    for (const file of files) await file.commit();

    const baseline = summaries[comparison.baseline];
    const table = comparison.variants.map((v, k) => ({ variant: v.name, ...variantStatistics(summaries[k], k === comparison.baseline ? null : baseline) }));
    if (booleanFlag(args, "json")) await writeChunk(io.stdout, JSON.stringify({ baseline: comparison.variants[comparison.baseline].name, commonRandomNumbers, runs, masterSeed, variants: table }, null, 2) + "\n");
    else {
      await writeChunk(io.stdout, csvLine(["variant", ...STATISTICS_COLUMNS]) + "\n");
      for (const row of table) await writeChunk(io.stdout, csvLine([row.variant, ...STATISTICS_COLUMNS.map((c) => row[c])]) + "\n");
    }
    return 0;
  } catch (error) {
    files.forEach((f) => f.abort());
    throw error;
  }
}

/** One comparison file, or scenario files as variants named after their files. */
function readComparison(paths: readonly string[], args: ReturnType<typeof parseArgs>): Comparison {
  const runsText = stringFlag(args, "runs");
  const seedText = stringFlag(args, "seed");
  const baselineText = stringFlag(args, "baseline");
  const first = readScenarioSource(paths[0]);
  let comparison: Comparison;
  if (isComparisonObject(first.object)) {
    if (paths.length > 1) throw new UsageError("a comparison file is compared alone; give scenario files, or one comparison file", "compare");
    comparison = withWhere(first.where, () => validateComparison(first.object, first.readText));
  } else {
    if (paths.length > MAX_VARIANTS) throw new UsageError(`at most ${MAX_VARIANTS} scenarios at once, got ${paths.length}`, "compare");
    const loaded = paths.map((path) => readScenario(path));
    const names = loaded.map((l) => l.label);
    const repeated = names.find((name, k) => names.indexOf(name) !== k);
    if (repeated !== undefined) throw new UsageError(`two scenarios are named "${repeated}"; compare files with different names`, "compare");
    comparison = {
      kind: "comparison",
      name: names.join(" vs "),
      runs: COMPARE_DEFAULTS.runs,
      masterSeed: loaded[0].file.parameters.seed,
      commonRandomNumbers: true,
      baseline: 0,
      variants: loaded.map((l) => ({ name: l.label, hidden: false, scenario: l.file })),
    };
  }
  if (runsText !== undefined) comparison.runs = wholeNumber("--runs", runsText, 1, MAX_ENSEMBLE_RUNS, "compare");
  if (seedText !== undefined) comparison.masterSeed = wholeNumber("--seed", seedText, 0, BATCH_DEFAULTS.maxSeed, "compare");
  if (booleanFlag(args, "no-crn")) comparison.commonRandomNumbers = false;
  if (baselineText !== undefined) {
    const byName = comparison.variants.findIndex((v) => v.name === baselineText);
    const byIndex = /^\d+$/.test(baselineText) ? Number(baselineText) : -1;
    const index = byName >= 0 ? byName : byIndex < comparison.variants.length ? byIndex : -1;
    if (index < 0) throw new UsageError(`--baseline ${JSON.stringify(baselineText)} is not a variant: use one of ${comparison.variants.map((v) => v.name).join(", ")}`, "compare");
    comparison.baseline = index;
  }
  return comparison;
}
