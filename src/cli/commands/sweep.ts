/**
 * `defection sweep`: a grid of cells over one or two parameters, each cell an ensemble, on all
 * cores. Rows stream to a part file as cells finish, so a long sweep never holds the grid in
 * memory and a killed one can --resume. With --shard i/n only every n-th cell from the i-th is run
 * and the part file is the output (merge the parts with `defection merge`); without it the part
 * file becomes the sorted grid when the last cell is done.
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { RunSummary } from "../../model";
import { InputError, scenarioFromObject, toModelParams } from "../../scenario";
import { cellScenario, cellTasks } from "../../batch/sweepTasks";
import { csvLine } from "../../output/csvCell";
import { cellStatistics } from "../../sweep/cellStatistics";
import { gridHeader, gridRow, parseGrid } from "../../sweep/gridCsv";
import { cellValues, shardCells, validateSweep, type SweepSpec } from "../../sweep/sweepSpec";
import { parseArgs, booleanFlag, stringFlag, type FlagSpecs } from "../args";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { readScenarioSource, withWhere } from "../readScenario";
import { openAtomicFile } from "../writeFileAtomic";
import { progressBar } from "../progress";
import { writeChunk, type Io } from "../io";
import { defaultWorkers, runPool } from "../simulationPool";
import { packageVersion } from "../packageRoot";
import { dirname, resolve } from "node:path";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

/** The defaults of sweeps: the page's Sweep view reads the same object. */
export const SWEEP_DEFAULTS = BATCH_DEFAULTS.sweep;

export const SWEEP_FLAGS: FlagSpecs = {
  out: { type: "string" },
  shard: { type: "string" },
  resume: { type: "boolean" },
  workers: { type: "string" },
  help: { type: "boolean", short: "h" },
};

export async function sweepCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, SWEEP_FLAGS, "sweep");
  const [path, ...extra] = args.positionals;
  if (path === undefined) throw new UsageError("missing SWEEP.json", "sweep");
  if (extra.length) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`, "sweep");
  const out = stringFlag(args, "out");
  if (out === undefined) throw new UsageError("give --out FILE (the grid, or with --shard the part file)", "sweep");
  const shardText = stringFlag(args, "shard");
  const shard = shardText === undefined ? null : parseShard(shardText);
  const workersText = stringFlag(args, "workers");
  const workers = workersText === undefined ? defaultWorkers() : wholeNumber("--workers", workersText, 1, BATCH_DEFAULTS.workers.max, "sweep");
  const spec = readSweep(path);
  const hash = sweepHash(spec);

  const partPath = shard ? out : `${out}.part`;
  const header = csvLine(gridHeader(spec)) + "\n";
  const done = new Set<number>();
  if (booleanFlag(args, "resume") && existsSync(partPath)) {
    const part = parseGrid(readFileSync(partPath, "utf8"), partPath);
    if (part.header !== header) throw new InputError([{ path: partPath, message: "has other columns than this sweep; it was not made by this spec" }], "cannot resume");
    for (const row of part.rows) {
      if (row.spec !== hash) throw new InputError([{ path: partPath, message: `comes from another spec or version (hash ${row.spec}, this sweep is ${hash})` }], "cannot resume");
      done.add(row.cell);
    }
    // Drop a row cut off by the kill; complete rows stay.
    if (part.truncated) writeFileSync(partPath, part.header + part.rows.map((r) => r.line).join(""));
  } else {
    if (existsSync(partPath) && !booleanFlag(args, "resume") && shard) throw new InputError([{ path: "--out", message: `${partPath} exists; use --resume to continue it, or remove it` }], "cannot write output");
    writeFileSync(partPath, header);
  }

  const cells = (shard ? shardCells(spec.cells, shard[0], shard[1]) : Array.from({ length: spec.cells }, (_, c) => c)).filter((c) => !done.has(c));
  const params = cells.map((cell) => withWhere(`${path} cell ${cell}`, () => toModelParams(scenarioFromObject(cellScenario(spec, cell)))));
  const tasks = cells.flatMap((_, k) => cellTasks(spec, k));
  const summaries: RunSummary[] = [];
  const progress = progressBar(io.stderr, tasks.length, spec.name);
  await runPool(params, tasks, workers, async (index, result) => {
    summaries.push(result.summary);
    progress.update(index + 1);
    if (summaries.length < spec.runs) return;
    const k = tasks[index].variant;
    appendFileSync(partPath, gridRow(spec, cells[k], cellValues(spec, cells[k]), cellStatistics(summaries), hash));
    summaries.length = 0;
  });
  progress.finish();

  if (!shard) {
    await writeSorted(partPath, out, spec.cells);
    rmSync(partPath);
  }
  await writeChunk(io.stdout, `${shard ? `shard ${shard[0]}/${shard[1]}: ` : ""}${cells.length} cells run${done.size ? `, ${done.size} already done` : ""}; wrote ${out}\n`);
  return 0;
}

/** Checks a complete set of rows and writes them sorted by cell, atomically. */
export async function writeSorted(from: string | string[], to: string, expectedCells?: number): Promise<void> {
  const sources = Array.isArray(from) ? from : [from];
  const parts = sources.map((name) => {
    let text: string;
    try {
      text = readFileSync(name, "utf8");
    } catch {
      throw new InputError([{ path: name, message: "cannot be read" }], "cannot merge");
    }
    return { name, grid: parseGrid(text, name) };
  });
  const issues: { path: string; message: string }[] = [];
  const header = parts[0].grid.header;
  const hash = parts.find((p) => p.grid.rows.length)?.grid.rows[0].spec;
  const byCell = new Map<number, { line: string; from: string }>();
  let total = expectedCells ?? parts.find((p) => p.grid.rows.length)?.grid.rows[0].cells ?? 0;
  for (const { name, grid } of parts) {
    if (grid.header !== header) issues.push({ path: name, message: "has other columns than the first part" });
    if (grid.truncated) issues.push({ path: name, message: "ends in a cut-off row: finish it with --resume first" });
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
  const file = await openAtomicFile(to);
  await file.write(header);
  for (let c = 0; c < total; c++) await file.write(byCell.get(c)!.line);
  await file.commit();
}

function dedupe<T extends { path: string; message: string }>(issues: T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path + i.message) && seen.add(i.path + i.message));
}

/** The hash of what determines the numbers: the resolved spec and the program version. */
export function sweepHash(spec: SweepSpec): string {
  const what = JSON.stringify({ scenario: spec.scenario, axes: spec.axes, runs: spec.runs, masterSeed: spec.masterSeed, outputs: spec.outputs, version: packageVersion() });
  return createHash("sha256").update(what).digest("hex").slice(0, 16);
}

function parseShard(text: string): [number, number] {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const [i, n] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(n >= 1 && i >= 1 && i <= n)) throw new UsageError(`--shard needs i/n with 1 <= i <= n (e.g. --shard 2/4), got ${JSON.stringify(text)}`, "sweep");
  return [i, n];
}

function readSweep(path: string): SweepSpec {
  const source = readScenarioSource(path);
  const folder = dirname(resolve(path));
  return withWhere(source.where, () =>
    validateSweep(
      source.object,
      (relative) => {
        const loaded = readScenarioSource(resolve(folder, relative));
        return { object: loaded.object, readText: loaded.readText };
      },
      source.readText,
    ),
  );
}
