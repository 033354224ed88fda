/**
 * `defection sensitivity`: which levers matter. Every sample point of a Morris or Sobol design is
 * an ensemble (run r at seed master + r everywhere: common random numbers), run on all cores.
 * Rows stream to a points part file as points finish, so a killed analysis can --resume; with
 * --shard i/n only every n-th point from the i-th is run and the part file is the output. At the
 * end (or on --merge of the shards' parts) the points are sorted into the points CSV and the
 * indices are computed from that text, so a merged result is byte-identical to an unsharded one.
 */
import { appendFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import type { RunSummary } from "../../model";
import { InputError } from "../../scenario";
import { csvLine } from "../../output/csvCell";
import { validateSensitivity, type SensitivitySpec } from "../../sensitivity/sensitivitySpec";
import { designCells, pointValues, sensitivityDesign, type SensitivityDesign } from "../../sensitivity/sensitivityDesign";
import { parsePoints, pointsHeader, pointsRow } from "../../sensitivity/pointsCsv";
import { pointOutputs } from "../../sensitivity/sensitivityOutputs";
import { pointParams, pointRunSeed } from "../../sensitivity/pointParams";
import { sensitivityResult } from "../../sensitivity/sensitivityResult";
import { sensitivityHash } from "../../sensitivity/sensitivityHash";
import type { OutputAnalysis } from "../../sensitivity/sensitivityAnalysis";
import { parseArgs, booleanFlag, stringFlag, type FlagSpecs } from "../args";
import { commonFlags, workersFlag } from "../commonFlags";
import { UsageError } from "../usageError";
import { withWhere } from "../readScenario";
import { readBatchFile } from "../readBatchFile";
import { parseShard } from "../shard";
import { readPartFile, resumePart } from "../resumePart";
import { checkOutputs, writeOutput, type CheckedOutput } from "../outputFiles";
import { progressBar } from "../progress";
import { writeChunk, type Io } from "../io";
import { runPool } from "../simulationPool";
import { estimateRunBytes, planWorkers } from "../memoryPlan";
import { packageVersion } from "../packageRoot";

export const SENSITIVITY_FLAGS: FlagSpecs = {
  points: { type: "string" },
  shard: { type: "string" },
  merge: { type: "boolean" },
  ...commonFlags("out", "resume", "workers", "allow-files-outside", "help"),
};

/** Points handed to one pool of worker threads at a time: bounds what the threads hold. */
const POINTS_PER_BATCH = 2048;

export async function sensitivityCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, SENSITIVITY_FLAGS, "sensitivity");
  const [path, ...rest] = args.positionals;
  if (path === undefined) throw new UsageError("missing SPEC.json", "sensitivity");
  const merge = booleanFlag(args, "merge");
  if (!merge && rest.length) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])} (parts are given with --merge)`, "sensitivity");
  if (merge && !rest.length) throw new UsageError("give the part files to merge after SPEC.json", "sensitivity");
  const out = stringFlag(args, "out");
  if (out === undefined) throw new UsageError("give --out FILE (the indices, or with --shard the part file)", "sensitivity");
  const shardText = stringFlag(args, "shard");
  const shard = shardText === undefined ? null : parseShard(shardText, "sensitivity");
  if (merge && (shard || booleanFlag(args, "resume"))) throw new UsageError("--merge takes neither --shard nor --resume", "sensitivity");
  const workersAsked = workersFlag(args, "sensitivity");
  const pointsPath = stringFlag(args, "points") ?? `${out.replace(/\.csv$/i, "")}-points.csv`;
  const resume = booleanFlag(args, "resume");

  const { spec, inputs } = readSpec(path, booleanFlag(args, "allow-files-outside"));
  const partPath = shard ? out : `${pointsPath}.part`;
  // The indices, the points and the part file: regular files, none an input; checked before any work.
  const requests = shard
    ? [{ flag: "--out", path: out }]
    : [
        { flag: "--out", path: out },
        { flag: "--points", path: pointsPath },
        ...(merge ? [] : [{ flag: "--points (its part file)", path: partPath }]),
      ];
  const checked = checkOutputs(requests, merge ? [...inputs, ...rest] : inputs, "sensitivity", false);
  const outputOf = (flag: string) => checked.find((o) => o.flag === flag)!;
  const hash = sensitivityHash(spec, packageVersion());
  const design = sensitivityDesign(spec);
  const header = csvLine(pointsHeader(spec)) + "\n";

  if (merge) {
    const parts = rest.map((name) => ({ name, text: readPartFile(name, "point") }));
    const analyses = await finish(spec, design, parts, header, hash, outputOf("--points"), outputOf("--out"), io);
    await writeChunk(io.stdout, `merged ${rest.length} parts into ${pointsPath} and ${out}\n${describeAnalyses(spec, analyses)}`);
    return 0;
  }

  const done = resumePart(partPath, { resume, header, hash, noun: "point", parse: parsePoints, number: (row) => row.point });
  if (!existsSync(partPath)) writeFileSync(partPath, header);

  const all = Array.from({ length: spec.points }, (_, p) => p);
  const todo = (shard ? all.filter((p) => p % shard[1] === shard[0] - 1) : all).filter((p) => !done.has(p));
  const progress = progressBar(io.stderr, todo.length * spec.runs, spec.name);
  let finishedRuns = 0;
  for (let start = 0; start < todo.length; start += POINTS_PER_BATCH) {
    const batch = todo.slice(start, start + POINTS_PER_BATCH);
    const params = batch.map((point) => withWhere(`${path} point ${point}`, () => pointParams(spec, design, point)));
    const tasks = batch.flatMap((_, k) => Array.from({ length: spec.runs }, (_, r) => ({ variant: k, seed: pointRunSeed(spec, r) })));
    const summaries: RunSummary[] = [];
    const plan = planWorkers(workersAsked, Math.max(...params.map(estimateRunBytes)), tasks.length);
    if (plan.note && start === 0) await writeChunk(io.stderr, plan.note);
    const job = { tasks: tasks.length, task: (index: number) => tasks[index], params: (variant: number) => params[variant] };
    await runPool(job, plan.workers, async (index, result) => {
      summaries.push(result.summary);
      progress.update(++finishedRuns);
      if (summaries.length < spec.runs) return;
      const point = batch[tasks[index].variant];
      appendFileSync(partPath, pointsRow(spec, point, designCells(spec, design, point), pointValues(spec, design, point), pointOutputs(summaries, spec.outputs), hash));
      summaries.length = 0;
    });
  }
  progress.finish();

  const prefix = shard ? `shard ${shard[0]}/${shard[1]}: ` : "";
  const summary = `${prefix}${todo.length} points run (${todo.length * spec.runs} runs)${done.size ? `, ${done.size} already done` : ""}`;
  if (shard) {
    await writeChunk(io.stdout, `${summary}; wrote ${out}\n`);
    return 0;
  }
  const analyses = await finish(spec, design, [{ name: partPath, text: readPartFile(partPath, "point") }], header, hash, outputOf("--points"), outputOf("--out"), io);
  rmSync(partPath);
  await writeChunk(io.stdout, `${summary}; wrote ${pointsPath} and ${out}\n${describeAnalyses(spec, analyses)}`);
  return 0;
}

/** Sorts the complete points into the points CSV, computes the indices from that text and writes them; both files atomically. */
async function finish(
  spec: SensitivitySpec,
  design: SensitivityDesign,
  parts: { name: string; text: string }[],
  header: string,
  hash: string,
  points: CheckedOutput,
  indices: CheckedOutput,
  io: Io,
): Promise<OutputAnalysis[]> {
  const { pointsText, indicesText, analyses } = sensitivityResult(spec, design, parts, header, hash);
  for (const [output, text] of [[points, pointsText], [indices, indicesText]] as const) await writeOutput(output, text, io.stdout);
  return analyses;
}

/** The ranking per output, for the terminal: index with interval, noise share, convergence findings. */
export function describeAnalyses(spec: Pick<SensitivitySpec, "method" | "sampleSize" | "tolerance">, analyses: readonly OutputAnalysis[]): string {
  const f = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(3))) : "-");
  const lines: string[] = [];
  for (const a of analyses) {
    lines.push(`${a.output}${a.noiseShare === null ? "" : ` (simulation noise: ${percent(a.noiseShare)} of its variance across points)`}:`);
    const width = Math.max(...a.inputs.map((i) => i.input.length));
    for (const row of a.inputs) {
      const v = row.values;
      const i = row.intervals;
      const text =
        spec.method === "morris"
          ? `mu* ${f(v.muStar)} [${f(i.muStar.low)}, ${f(i.muStar.high)}]  mu ${f(v.mu)}  sigma ${f(v.sigma)}`
          : `total ${f(v.total)} [${f(i.total.low)}, ${f(i.total.high)}]  first-order ${f(v.first)} [${f(i.first.low)}, ${f(i.first.high)}]`;
      lines.push(`  ${String(row.rank).padStart(2)}. ${row.input.padEnd(width)}  ${text}`);
    }
    if (a.findings.length) lines.push(`  sample too small: ${a.findings.length} finding(s), e.g. ${a.findings[0].input ? `${a.findings[0].input}: ` : ""}${a.findings[0].message} (all in the warning column)`);
  }
  const suggested = suggestedSampleSize(spec, analyses);
  if (suggested) lines.push(`To bring every interval under the tolerance ${spec.tolerance}, try sampleSize ${suggested} (intervals shrink about as 1 / sqrt(sampleSize)).`);
  return lines.join("\n") + "\n";
}

/** A share as a percentage with two significant digits below 10% (0.12%), whole above. */
function percent(share: number): string {
  const value = share * 100;
  return `${value >= 10 ? Math.round(value) : Number(value.toPrecision(2))}%`;
}

/** Sobol: the power of two at which the widest interval would shrink under the tolerance, if it is not there yet. */
function suggestedSampleSize(spec: Pick<SensitivitySpec, "method" | "sampleSize" | "tolerance">, analyses: readonly OutputAnalysis[]): number | null {
  if (spec.method !== "sobol") return null;
  const widths = analyses.flatMap((a) => a.inputs.flatMap((row) => Object.values(row.intervals).map((i) => i.high - i.low))).filter(Number.isFinite);
  const widest = Math.max(0, ...widths);
  if (widest <= spec.tolerance) return null;
  return 2 ** Math.ceil(Math.log2(spec.sampleSize * (widest / spec.tolerance) ** 2));
}


/** The spec, its base scenario (inline or by path inside the spec's folder) and every file read. */
function readSpec(path: string, allowOutside: boolean): { spec: SensitivitySpec; inputs: string[] } {
  try {
    return readBatchFile(path, allowOutside, "sensitivity spec", validateSensitivity);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.issues, `invalid sensitivity spec ${path}`);
    throw error;
  }
}
