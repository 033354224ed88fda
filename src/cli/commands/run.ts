/**
 * `defection run`: N runs of a scenario with seeds S, S+1, ... Runs are simulated one at a time
 * and their series rows written before the next starts, so 1,000 runs of 365 days never sit in
 * memory together; only the small per-run summaries are kept (for --json).
 */
import { simulate, runSeed, type RunSummary } from "../../model";
import { toModelParams } from "../../scenario";
import { escapeText } from "../../scenario/escapeText";
import { SERIES_HEADER, SUMMARY_HEADER, seriesRows, summaryRow } from "../../output/runCsv";
import { csvLine } from "../../output/csvCell";
import { booleanFlag, listFlag, parseArgs, stringFlag, type FlagSpecs } from "../args";
import { commonFlags, seedFlag } from "../commonFlags";
import { oneFile } from "../oneFile";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { parseSetFlags, readScenario } from "../readScenario";
import { checkOutputs, outputFor, OutputSet, usesStdout } from "../outputFiles";
import { progressBar } from "../progress";
import { writeChunk, type Io } from "../io";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

export const RUN_FLAGS: FlagSpecs = commonFlags("runs", "seed", "set", "out", "summary", "json", "allow-files-outside", "help");

/** The defaults of `defection run`, shared with every front end. */
export const RUN_DEFAULTS = BATCH_DEFAULTS.run;

export async function runCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, RUN_FLAGS, "run");
  const path = oneFile(args, "SCENARIO.json", "run", "one scenario per run");
  const runsText = stringFlag(args, "runs");
  const runs = runsText === undefined ? RUN_DEFAULTS.runs : wholeNumber("--runs", runsText, 1, RUN_DEFAULTS.maxRuns, "run");
  const seedAsked = seedFlag(args, "run");
  const json = booleanFlag(args, "json");

  const { file, label, files: inputs } = readScenario(path, parseSetFlags(listFlag(args, "set"), "run"), { allowOutside: booleanFlag(args, "allow-files-outside") });
  const outputs = checkOutputs(
    [
      { flag: "--out", path: stringFlag(args, "out") },
      { flag: "--summary", path: stringFlag(args, "summary") },
    ],
    inputs,
    "run",
  );
  if (json && usesStdout(outputs)) throw new UsageError("--json prints to standard output, which an output given as - already uses", "run");
  const params = toModelParams(file);
  const seed = seedAsked ?? file.parameters.seed;

  const files = new OutputSet(io.stdout);
  return files.run(async () => {
    const series = await files.open(outputFor(outputs, "--out"));
    const summary = await files.open(outputFor(outputs, "--summary"));
    // The summary goes to standard output unless it has a file, --json is asked, or the series is there.
    const summaryToStdout = summary === null && !json && !usesStdout(outputs);
    // On a terminal the CSV is read, not parsed: a label's control characters are shown escaped.
    const toStdout = (text: string) => writeChunk(io.stdout, io.stdout.isTTY ? escapeText(text.slice(0, -1)) + "\n" : text);

    await series?.write(csvLine([...SERIES_HEADER]) + "\n");
    await summary?.write(csvLine([...SUMMARY_HEADER]) + "\n");
    if (summaryToStdout) await toStdout(csvLine([...SUMMARY_HEADER]) + "\n");

    const summaries: Array<{ scenario: string; run: number } & RunSummary> = [];
    const progress = progressBar(io.stderr, runs, label);
    for (let run = 0; run < runs; run++) {
      const result = simulate(params, runSeed(seed, run));
      const labelled = { scenario: label, run, result };
      await series?.write(seriesRows(labelled));
      await summary?.write(summaryRow(labelled));
      if (summaryToStdout) await toStdout(summaryRow(labelled));
      if (json) summaries.push({ scenario: label, run, ...result.summary });
      progress.update(run + 1);
      // Let signals and the progress bar through between runs, even when no write had to wait.
      await new Promise((resolve) => setImmediate(resolve));
    }
    progress.finish();
    await files.commit();
    if (json) await writeChunk(io.stdout, JSON.stringify(summaries, null, 2) + "\n");
    return 0;
  });
}
