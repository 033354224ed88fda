/**
 * `defection sweep`: a grid of cells over one or two parameters, each cell an ensemble, on the
 * cores. Rows stream to a part file as cells finish, so a long sweep never holds the grid in
 * memory and a killed one can --resume; tasks and cell inputs are made as they are handed out, so
 * 100,000 cells of 10,000 runs take no more memory than one. With --shard i/n only every n-th cell
 * from the i-th is run and the part file is the output (merge the parts with `defection merge`);
 * without it the part file becomes the sorted grid when the last cell is done.
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import type { RunSummary } from "../../model";
import { InputError, scenarioFromObject, toModelParams, type InputIssue, type ReadText } from "../../scenario";
import { excerpt } from "../../scenario/escapeText";
import { csvLine } from "../../output/csvCell";
import { cellStatistics } from "../../sweep/cellStatistics";
import { gridHeader, gridRow, parseGrid } from "../../sweep/gridCsv";
import { cellValues, shardCells, validateSweep, type SweepSpec } from "../../sweep/sweepSpec";
import { cellRunSeed, cellScenario } from "../../batch/sweepTasks";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";
import { parseArgs, booleanFlag, stringFlag, type FlagSpecs } from "../args";
import { commonFlags, workersFlag } from "../commonFlags";
import { oneFile } from "../oneFile";
import { UsageError } from "../usageError";
import { withWhere } from "../readScenario";
import { readBatchFile } from "../readBatchFile";
import { parseShard } from "../shard";
import { readPartFile, resumePart } from "../resumePart";
import { checkOutputs, OutputSet, type CheckedOutput } from "../outputFiles";
import { onInterrupt, setInterruptNotice } from "../interrupt";
import { progressBar } from "../progress";
import { writeChunk, type Io } from "../io";
import { runPool } from "../simulationPool";
import { estimateRunBytes, planWorkers } from "../memoryPlan";
import { packageVersion } from "../packageRoot";

/** The defaults of sweeps: the page's Sweep view reads the same object. */
export const SWEEP_DEFAULTS = BATCH_DEFAULTS.sweep;

export const SWEEP_FLAGS: FlagSpecs = {
  shard: { type: "string" },
  ...commonFlags("out", "resume", "workers", "allow-files-outside", "help"),
};

export async function sweepCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, SWEEP_FLAGS, "sweep");
  const path = oneFile(args, "SWEEP.json", "sweep");
  const out = stringFlag(args, "out");
  if (out === undefined) throw new UsageError("give --out FILE (the grid, or with --shard the part file)", "sweep");
  const shardText = stringFlag(args, "shard");
  const shard = shardText === undefined ? null : parseShard(shardText, "sweep");
  const workersAsked = workersFlag(args, "sweep");
  const resume = booleanFlag(args, "resume");
  const { spec, readText, inputs } = readSweep(path, booleanFlag(args, "allow-files-outside"));
  const hash = sweepHash(spec);

  const partPath = shard ? out : `${out}.part`;
  // The grid and the part file: regular files, neither an input; checked before any work.
  const checked = checkOutputs([{ flag: "--out", path: out }, ...(shard ? [] : [{ flag: "--out (its part file)", path: partPath }])], inputs, "sweep", false);
  const header = csvLine(gridHeader(spec)) + "\n";
  const done = resumePart(partPath, { resume, header, hash, noun: "cell", parse: parseGrid, number: (row) => row.cell });

  const cells = (shard ? shardCells(spec.cells, shard[0], shard[1]) : Array.from({ length: spec.cells }, (_, c) => c)).filter((c) => !done.has(c));
  const cellWhere = (cell: number) => `${path} cell ${cell} (${spec.axes.map((axis, k) => `${axis.path} = ${cellValues(spec, cell)[k]}`).join(", ")})`;
  const cellParams = (cell: number) => withWhere(cellWhere(cell), () => toModelParams(scenarioFromObject(cellScenario(spec, cell), readText)));
  // Every cell's scenario is checked before any run or file, so a bad middle cell (a cross-field
  // rule broken only by a combination of values) is refused up front, not after hours of work.
  for (let cell = 0; cell < spec.cells; cell++) withWhere(cellWhere(cell), () => scenarioFromObject(cellScenario(spec, cell), readText));
  // Memory is planned from the cells at the axes' ends (the estimate grows with each numeric parameter).
  const runBytes = Math.max(...cornerCells(spec).map((cell) => estimateRunBytes(cellParams(cell))));
  const plan = planWorkers(workersAsked, runBytes, cells.length * spec.runs);
  if (plan.note) await writeChunk(io.stderr, plan.note);
  if (!existsSync(partPath)) writeFileSync(partPath, header);

  let finished = 0;
  // Ctrl-C keeps the part file (its rows are whole cells) and says how to go on.
  setInterruptNotice(() => `interrupted: ${done.size + finished} finished cells are in ${partPath}; run the same command with --resume to continue\n`);
  const keepPart = onInterrupt(() => {});
  try {
    const summaries: RunSummary[] = [];
    const progress = progressBar(io.stderr, cells.length * spec.runs, spec.name);
    const job = {
      tasks: cells.length * spec.runs,
      task: (index: number) => ({ variant: Math.floor(index / spec.runs), seed: cellRunSeed(spec, index % spec.runs) }),
      params: (k: number) => cellParams(cells[k]),
    };
    await runPool(job, plan.workers, async (index, result) => {
      summaries.push(result.summary);
      progress.update(index + 1);
      if (summaries.length < spec.runs) return;
      const cell = cells[Math.floor(index / spec.runs)];
      appendFileSync(partPath, gridRow(spec, cell, cellValues(spec, cell), cellStatistics(summaries), hash));
      summaries.length = 0;
      finished++;
    });
    progress.finish();
  } finally {
    keepPart();
    setInterruptNotice(null);
  }

  if (!shard) {
    await writeSorted([partPath], checked[0], spec.cells, io);
    rmSync(partPath);
  }
  await writeChunk(io.stdout, `${shard ? `shard ${shard[0]}/${shard[1]}: ` : ""}${cells.length} cells run${done.size ? `, ${done.size} already done` : ""}; wrote ${excerpt(out, 300).slice(1, -1)}\n`);
  return 0;
}

/** The cells at the ends of each axis (its smallest and largest values): at most 4. */
function cornerCells(spec: SweepSpec): number[] {
  const ends = spec.axes.map((axis) => {
    const order = axis.values.map((v, k) => [v, k] as const).sort((a, b) => a[0] - b[0]);
    return [...new Set([order[0][1], order[order.length - 1][1]])];
  });
  const lengths = spec.axes.map((a) => a.values.length);
  const cells: number[] = [];
  const walk = (k: number, index: number) => {
    if (k === ends.length) return void cells.push(index);
    for (const e of ends[k]) walk(k + 1, index * lengths[k] + e);
  };
  walk(0, 0);
  return cells;
}


/** Checks a complete set of rows and writes them sorted by cell, atomically. */
export async function writeSorted(sources: readonly string[], to: CheckedOutput, expectedCells: number | undefined, io: Io): Promise<void> {
  const parts = sources.map((name) => ({ name, grid: parseGrid(readPartFile(name, "cell"), name) }));
  const issues: InputIssue[] = [];
  const header = parts[0].grid.header;
  const hash = parts.find((p) => p.grid.rows.length)?.grid.rows[0].spec;
  const byCell = new Map<number, { line: string; from: string }>();
  let total = expectedCells ?? parts.find((p) => p.grid.rows.length)?.grid.rows[0].cells ?? 0;
  for (const { name, grid } of parts) {
    if (grid.header !== header) issues.push({ path: name, message: "has other columns than the first part" });
    if (grid.truncated) issues.push({ path: name, message: "ends in a cut-off row: finish it with --resume first" });
    if (expectedCells === undefined && grid.rows.length === 0)
      issues.push({ path: name, message: "has a header but no rows: its shard finished no cell (run it again with --resume), or had none (more shards than cells: leave it out)" });
    for (const row of grid.rows) {
      if (row.spec !== hash) issues.push({ path: name, message: `comes from another spec or version (hash ${row.spec}, not ${hash})` });
      if (row.cells !== total) issues.push({ path: name, message: `belongs to a sweep of ${row.cells} cells, not ${total}` });
      const seen = byCell.get(row.cell);
      if (seen) issues.push({ path: name, message: `cell ${row.cell} is also in ${seen.from}: a part was given twice` });
      else byCell.set(row.cell, { line: row.line, from: name });
    }
    if (issues.length > 20) break;
  }
  total = Math.max(total, 0);
  const missing: number[] = [];
  for (let c = 0; c < total && missing.length < 10; c++) if (!byCell.has(c)) missing.push(c);
  if (missing.length) issues.push({ path: "parts", message: `cells ${missing.join(", ")}${missing.length === 10 ? ", ..." : ""} are missing (of ${total}): is a part missing?` });
  if (issues.length) throw new InputError(dedupe(issues), "cannot merge");
  const files = new OutputSet(io.stdout);
  await files.run(async () => {
    const file = (await files.open(to))!;
    await file.write(header);
    for (let c = 0; c < total; c++) await file.write(byCell.get(c)!.line);
    await files.commit();
  });
}

function dedupe<T extends { path: string; message: string }>(issues: T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path + i.message) && seen.add(i.path + i.message));
}

/**
 * The hash of what determines the numbers: the resolved spec and the program version. Long lists
 * (thresholds or ties read from files) enter by their own digest, so the hash is never one huge string.
 */
export function sweepHash(spec: SweepSpec): string {
  const digestLarge = (_key: string, raw: unknown) => {
    // Thresholds read from a file are a Float64Array now: hashed as the list they were, so a part file still resumes.
    const value = raw instanceof Float64Array ? Array.from(raw) : raw;
    if (ArrayBuffer.isView(value)) return { digest: createHash("sha256").update(value as Uint8Array).digest("hex") };
    if (Array.isArray(value) && value.length > 10_000) return { digest: createHash("sha256").update(JSON.stringify(value)).digest("hex") };
    return value;
  };
  const what = JSON.stringify({ scenario: spec.scenario, axes: spec.axes, runs: spec.runs, masterSeed: spec.masterSeed, outputs: spec.outputs, version: packageVersion() }, digestLarge);
  return createHash("sha256").update(what).digest("hex").slice(0, 16);
}

/** The sweep file, its base scenario (inline or by path inside the sweep's folder), and every file read. */
function readSweep(path: string, allowOutside: boolean): { spec: SweepSpec; readText: ReadText; inputs: string[] } {
  return readBatchFile(path, allowOutside, "sweep", validateSweep);
}
