/**
 * `defection compare`: ensembles of several scenarios (or one comparison file) side by side, on all
 * cores. Run r of every variant uses seed S + r (common random numbers) unless --no-crn. Writes
 * every run's series and summary in long format, and prints the comparison table: per variant the
 * mean final share, the probability of a cascade (Wilson interval), median days to 10% and 50%,
 * and the run-by-run difference in final share to the baseline.
 *
 * Under common random numbers run r of every variant has one seed, so the runs are handed out run
 * by run, the variants of a run together to one worker thread, which draws the run's soldiers once
 * for all the variants that draw the same (simulationWorkerMain.ts). The files stay variant by
 * variant: the later variants' results wait in memory until the variants before them are written,
 * so this order is used only while they fit in REORDER_BYTES; beyond, the runs are handed out
 * variant by variant as the files are written.
 */
import { SERIES_COLUMNS, type RunSeries, type RunSummary } from "../../model";
import { toModelParams } from "../../scenario";
import { escapeText } from "../../scenario/escapeText";
import { csvLine } from "../../output/csvCell";
import { seriesHeaderLine, seriesRows, summaryHeaderLine, summaryRow } from "../../output/runCsv";
import { ensembleSeed } from "../../ensemble/ensembleSeed";
import { drawOfRun, scenarioWithDraw } from "../../ensemble/posteriorRun";
import { variantStatistics, type VariantStatistics } from "../../ensemble/variantStatistics";
import { MAX_ENSEMBLE_RUNS, MAX_VARIANTS, isComparisonObject, validateComparison, type Comparison } from "../../ensemble/comparisonFile";
import { booleanFlag, parseArgs, stringFlag, type FlagSpecs } from "../args";
import { commonFlags, seedFlag, workersFlag } from "../commonFlags";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { readScenario, readScenarioSource, withWhere } from "../readScenario";
import { scenarioFromObject } from "../../scenario";
import { checkOutputs, outputFor, OutputSet, usesStdout } from "../outputFiles";
import { progressBar } from "../progress";
import { writeChunk, type Io } from "../io";
import { runPool } from "../simulationPool";
import { estimateRunBytes, planWorkers } from "../memoryPlan";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

/** The most memory the later variants' results may hold while they wait to be written (see above). */
export const REORDER_BYTES = 64 * 2 ** 20;

/** What one run's result takes in memory while it waits: its series (every column, at most 8 bytes a day) and summary. */
const waitingRunBytes = (days: number, withSeries: boolean) => 512 + (withSeries ? SERIES_COLUMNS.length * 8 * (days + 1) + SERIES_COLUMNS.length * 200 : 0);

/** Whether a comparison's runs are handed out run by run (see above): under common random numbers, while the waiting results fit. */
export function runByRun(c: { variants: number; runs: number; days: number; withSeries: boolean; commonRandomNumbers: boolean }): boolean {
  return c.commonRandomNumbers && c.variants > 1 && (c.variants - 1) * c.runs * waitingRunBytes(c.days, c.withSeries) <= REORDER_BYTES;
}

/** The defaults of `defection compare`: the page's Compare view reads the same object. */
export const COMPARE_DEFAULTS = BATCH_DEFAULTS.compare;

export const COMPARE_FLAGS: FlagSpecs = {
  baseline: { type: "string" },
  "no-crn": { type: "boolean" },
  ...commonFlags("runs", "seed", "workers", "out", "summary", "json", "allow-files-outside", "help"),
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
  const workersAsked = workersFlag(args, "compare");
  const { comparison, inputs } = readComparison(paths, args);
  const outputs = checkOutputs(
    [
      { flag: "--out", path: stringFlag(args, "out") },
      { flag: "--summary", path: stringFlag(args, "summary") },
    ],
    inputs,
    "compare",
  );
  // With an output on standard output, the table goes to standard error.
  const report = usesStdout(outputs) ? io.stderr : io.stdout;

  const params = comparison.variants.map((v) => toModelParams(v.scenario));
  const { runs, masterSeed, commonRandomNumbers } = comparison;
  const variants = comparison.variants.length;
  const withSeries = outputFor(outputs, "--out") !== null;
  const runMajor = runByRun({ variants, runs, days: Math.max(...params.map((p) => p.days)), withSeries, commonRandomNumbers });
  // Run-major: run r of variant v is task r * variants + v; variant-major: task v * runs + r.
  const taskAt = (index: number) => {
    const variant = runMajor ? index % variants : Math.floor(index / runs);
    const run = runMajor ? Math.floor(index / variants) : index % runs;
    return { variant, run, seed: ensembleSeed(masterSeed, variant, run, runs, commonRandomNumbers) };
  };
  const taskCount = variants * runs;
  const plan = planWorkers(workersAsked, Math.max(...params.map(estimateRunBytes)), taskCount);
  if (plan.note) await writeChunk(io.stderr, plan.note);

  const files = new OutputSet(io.stdout);
  return files.run(async () => {
    const series = await files.open(outputFor(outputs, "--out"));
    const summary = await files.open(outputFor(outputs, "--summary"));
    await series?.write(seriesHeaderLine("variant"));
    await summary?.write(summaryHeaderLine("variant"));

    const summaries: RunSummary[][] = comparison.variants.map(() => []);
    const progress = progressBar(io.stderr, taskCount, comparison.name);
    // Written variant by variant, run by run: a result of a variant after the one being written waits.
    const waiting: { run: number; result: { series: RunSeries; summary: RunSummary } }[][] = comparison.variants.map(() => []);
    let writing = 0;
    let received = 0;
    const write = async (variant: number, run: number, result: { series: RunSeries; summary: RunSummary }) => {
      const labelled = { scenario: comparison.variants[variant].name, run, result };
      await series?.write(seriesRows(labelled));
      await summary?.write(summaryRow(labelled));
      summaries[variant].push(result.summary);
    };
    // With posterior draws, run r of variant v runs "variant" v * N + (r mod N): that variant's scenario with draw r mod N (posteriorRun.ts).
    const draws = comparison.posterior?.draws.length ?? 0;
    const job = draws
      ? {
          tasks: taskCount,
          task: (index: number) => {
            const { variant, run, seed } = taskAt(index);
            return { variant: variant * draws + drawOfRun(comparison, run)!, run, seed };
          },
          params: (expanded: number) => toModelParams(scenarioFromObject(scenarioWithDraw(comparison, Math.floor(expanded / draws), expanded % draws))),
        }
      : { tasks: taskCount, task: taskAt, params: (variant: number) => params[variant] };
    await runPool({ ...job, group: runMajor ? variants : 1 }, plan.workers, async (index, result) => {
      const { variant, run } = taskAt(index);
      if (variant !== writing) waiting[variant].push({ run, result: withSeries ? result : { summary: result.summary, series: undefined as never } });
      else {
        await write(variant, run, result);
        // A variant done: the next one's waiting runs (in run order, as they came) go out.
        while (summaries[writing].length === runs && ++writing < variants) {
          for (const w of waiting[writing]) await write(writing, w.run, w.result);
          waiting[writing] = [];
        }
      }
      progress.update(++received);
    });
    progress.finish();
    await files.commit();

    const baseline = summaries[comparison.baseline];
    const table = comparison.variants.map((v, k) => ({ variant: v.name, ...variantStatistics(summaries[k], k === comparison.baseline ? null : baseline) }));
    if (booleanFlag(args, "json")) await writeChunk(report, JSON.stringify({ baseline: comparison.variants[comparison.baseline].name, commonRandomNumbers, runs, masterSeed, variants: table }, null, 2) + "\n");
    else {
      // Variant names are user text: CSV-guarded, and control characters escaped for the terminal.
      await writeChunk(report, csvLine(["variant", ...STATISTICS_COLUMNS]) + "\n");
      for (const row of table) await writeChunk(report, csvLine([escapeText(row.variant), ...STATISTICS_COLUMNS.map((c) => row[c])]) + "\n");
    }
    return 0;
  });
}

/** One comparison file, or scenario files as variants named after their files. */
function readComparison(paths: readonly string[], args: ReturnType<typeof parseArgs>): { comparison: Comparison; inputs: string[] } {
  const runsText = stringFlag(args, "runs");
  const baselineText = stringFlag(args, "baseline");
  const allowOutside = booleanFlag(args, "allow-files-outside");
  const first = readScenarioSource(paths[0], [], { allowOutside, what: "scenario or comparison" });
  const inputs = first.files;
  let comparison: Comparison;
  if (isComparisonObject(first.object)) {
    if (paths.length > 1) throw new UsageError("a comparison file is compared alone; give scenario files, or one comparison file", "compare");
    comparison = withWhere(first.where, () => validateComparison(first.object, first.readText));
  } else {
    if (paths.length > MAX_VARIANTS) throw new UsageError(`at most ${MAX_VARIANTS} scenarios at once, got ${paths.length}`, "compare");
    const loaded = paths.map((path, k) => (k === 0 ? withWhere(first.where, () => ({ file: scenarioFromObject(first.object, first.readText), label: first.label, files: first.files })) : readScenario(path, [], { allowOutside })));
    for (const l of loaded.slice(1)) inputs.push(...l.files);
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
  const seed = seedFlag(args, "compare");
  if (seed !== undefined) comparison.masterSeed = seed;
  if (booleanFlag(args, "no-crn")) comparison.commonRandomNumbers = false;
  if (baselineText !== undefined) {
    const byName = comparison.variants.findIndex((v) => v.name === baselineText);
    const byIndex = /^\d+$/.test(baselineText) ? Number(baselineText) : -1;
    const index = byName >= 0 ? byName : byIndex < comparison.variants.length ? byIndex : -1;
    if (index < 0) throw new UsageError(`--baseline ${JSON.stringify(baselineText)} is not a variant: use one of ${comparison.variants.map((v) => v.name).join(", ")}`, "compare");
    comparison.baseline = index;
  }
  return { comparison, inputs };
}
