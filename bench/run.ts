/**
 * `npm run bench [-- --quick] [-- --scenarios]`: the kernels against full-sweep references on the
 * same inputs, in one process and one sitting (issue 6). For each case: the inputs (soldiers and
 * graph) are drawn once and shared; the kernel (`new Simulation(params, seed, inputs).result()`,
 * set-up included) and the reference are each timed 5 times (median, min-max); both must give the
 * same defected count on every day. Prints a table and writes bench/results.json.
 *
 *   --quick      small sizes and 3 runs: a smoke test of the bench itself
 *   --scenarios  the shipped scenarios (scenarios/*.json): kernel and straightforward rule times
 *   --only id,id  with --scenarios, just these (e.g. the slider-bound chieu-hoi,hessians-1776,
 *                russia-asylum-2022,russia-asylum-2022-open-ended); written to results-scenarios-only.json
 *   --no-cli     skips the command-line rows (peak memory on file-based scenarios, start-up time)
 *   --cli-only   only the command-line rows (written to bench/results-cli.json)
 *   --no-ensemble  skips the page's ensemble in Node worker threads (bench/pageEnsemble.ts)
 *
 * Besides the stepping rows (inputs prebuilt and shared), end-to-end rows (bench/endToEnd.ts: from
 * scenario and seed to the result, soldiers drawn every run, against the reference drawing the same
 * inputs and sweeping), the command line's peak memory on 10^6 and 10^7 file-based scenarios
 * (bench/cliMemory.ts), `defection --version`'s start-up time, and the page's ensemble (2 x 1,000 runs
 * x 10^4 soldiers x 365 days) through `defection compare` on worker threads (bench/ensemble.ts) and
 * as the page runs it, its worker code in Node worker threads (bench/pageEnsemble.ts).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { Simulation, type ModelParams } from "../src/model";
import { ReferenceSimulation } from "../src/model/kernels/reference";
import { buildRunInputs, type RunInputs } from "../src/model/kernels/state/runInputs";
import { loadScenario, toModelParams } from "../src/scenario";
import { globalSweep, wattsEdgeWork, wattsSweep } from "./fullSweep";
import { fullCase, globalCase, wattsCase } from "./cases";
import { typedBytes } from "./memory";
import { breadthFirstOrder, relabelled } from "./relabel";
import { browserCases, type BrowserTiming } from "./browser";
import { endToEnd, type EndToEndRow } from "./endToEnd";
import { cliMemory, cliMemoryCases, type CliMemoryRow } from "./cliMemory";
import { startUp, type StartUpRow } from "./startUp";
import { ensemble, type EnsembleRow } from "./ensemble";
import { pageEnsemble, type PageEnsembleRow } from "./pageEnsemble";
import { benchFolder, repoRoot } from "./benchFolder";
// @ts-expect-error: plain JavaScript shared with bin/defection.js, no declarations
import { currentBuild } from "../bin/currentBuild.js";

const args = new Set(process.argv.slice(2));
/** `--only id,id`: the shipped scenarios to time under --scenarios (null: all). */
const only = (() => {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--only");
  if (at < 0) return null;
  const ids = (argv[at + 1] ?? "").split(",").filter((id) => id !== "");
  if (!args.has("--scenarios") || ids.length === 0) throw new Error("invalid --only: give it with --scenarios and a comma-separated list of scenario ids (scenarios/<id>.json)");
  return new Set(ids);
})();
const quick = args.has("--quick");
const RUNS = quick ? 3 : 5;

interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

interface Row {
  case: string;
  soldiers: number;
  days: number;
  seed: number;
  inputsMs: number;
  kernel: Timing;
  reference: Timing & { kind: string };
  kernelSoldierDaysPerSecond: number;
  referenceSoldierDaysPerSecond: number;
  speedup: number;
  identical: boolean;
  finalDefected: number;
  kernelBytesPerSoldier: number;
  graphBytesPerEdge?: number;
  /** Watts rows: the defectors' edge updates alone (bench/fullSweep.ts wattsEdgeWork), a floor no exact kernel can beat. */
  edgeWork?: Timing;
  /** reference / edgeWork: the most any kernel could gain over the full sweep on this case. */
  ceiling?: number;
  /** Watts rows: the same edge work with soldiers renumbered in breadth-first order (bench/relabel.ts). */
  edgeWorkBreadthFirst?: Timing;
  ceilingBreadthFirst?: number;
  note?: string;
}

function time<T>(runs: number, fn: () => T): [Timing, T] {
  const times: number[] = [];
  let out!: T;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    out = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return [{ median: times[times.length >> 1], min: times[0], max: times[times.length - 1], runs }, out];
}

const sameSeries = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (v: number, k: number) => v === b[k]);

function measure(
  name: string,
  params: ModelParams,
  seed: number,
  reference: { kind: string; runs?: number; run: (inputs: RunInputs) => ArrayLike<number> },
  note?: string,
  edgeWork?: (inputs: RunInputs, fate: Int32Array) => () => number,
): Row {
  global.gc?.();
  const t0 = performance.now();
  const inputs = buildRunInputs(params, seed);
  const inputsMs = performance.now() - t0;
  // One untimed run each first, so that both are timed compiled (and the kernel's sorted orders,
  // cached per population, are built: set-up that runs of one population share).
  new Simulation(params, seed, inputs).result();
  const [kernel, result] = time(RUNS, () => new Simulation(params, seed, inputs).result());
  const refRuns = reference.runs ?? RUNS;
  if (refRuns === RUNS) reference.run(inputs);
  const [ref, refDefected] = time(refRuns, () => reference.run(inputs));
  const soldierDays = params.size * params.days;
  const sim = new Simulation(params, seed, inputs);
  sim.advance();
  const graph = inputs.graph;
  const row: Row = {
    case: name,
    soldiers: params.size,
    days: params.days,
    seed,
    inputsMs,
    kernel,
    reference: { ...ref, kind: reference.kind },
    kernelSoldierDaysPerSecond: soldierDays / (kernel.median / 1000),
    referenceSoldierDaysPerSecond: soldierDays / (ref.median / 1000),
    speedup: ref.median / kernel.median,
    identical: sameSeries(result.series.defected, refDefected),
    finalDefected: result.summary.finalDefected,
    kernelBytesPerSoldier: (typedBytes(sim) - typedBytes(inputs)) / sim.population.capacity,
  };
  if (graph) row.graphBytesPerEdge = (graph.neighbours.byteLength * 2 + graph.offsets.byteLength) / (graph.neighbours.length / 2);
  if (note) row.note = note;
  if (edgeWork) {
    const work = edgeWork(inputs, result.fate);
    work();
    [row.edgeWork] = time(RUNS, work);
    row.ceiling = ref.median / row.edgeWork.median;
    const renumbered = relabelled(inputs.graph!, result.fate, breadthFirstOrder(inputs.graph!));
    const workRenumbered = edgeWork({ ...inputs, graph: renumbered.graph }, renumbered.fate);
    workRenumbered();
    [row.edgeWorkBreadthFirst] = time(RUNS, workRenumbered);
    row.ceilingBreadthFirst = ref.median / row.edgeWorkBreadthFirst.median;
  }
  print(row);
  return row;
}

const fmt = (x: number, digits = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(digits));
const sci = (x: number) => x.toExponential(2);

function header(): void {
  console.log(
    ["case".padEnd(24), "N".padStart(9), "days".padStart(5), "kernel ms (min-max)".padStart(24), "ref ms (min-max)".padStart(26), "kernel s-d/s".padStart(13), "ref s-d/s".padStart(10), "x ref".padStart(7), "same".padStart(5), "B/soldier".padStart(10)].join(" "),
  );
}

function print(row: Row): void {
  const k = row.kernel;
  const r = row.reference;
  console.log(
    [
      row.case.padEnd(24),
      String(row.soldiers).padStart(9),
      String(row.days).padStart(5),
      `${fmt(k.median, 2)} (${fmt(k.min, 2)}-${fmt(k.max, 2)})`.padStart(24),
      `${fmt(r.median)} (${fmt(r.min)}-${fmt(r.max)})${r.runs !== RUNS ? ` x${r.runs}` : ""}`.padStart(26),
      sci(row.kernelSoldierDaysPerSecond).padStart(13),
      sci(row.referenceSoldierDaysPerSecond).padStart(10),
      fmt(row.speedup).padStart(7),
      (row.identical ? "yes" : "NO").padStart(5),
      fmt(row.kernelBytesPerSoldier).padStart(10),
    ].join(" ") +
      (row.edgeWork ? `  (edge work alone ${fmt(row.edgeWork.median, 2)} ms: at most ${fmt(row.ceiling!)}x; in breadth-first order ${fmt(row.edgeWorkBreadthFirst!.median, 2)} ms: ${fmt(row.ceilingBreadthFirst!)}x)` : ""),
  );
}

/** The first run seed (1, 2, ...) whose single initial defector sets off a global cascade (> 10%). */
function cascadingSeed(params: ModelParams): number {
  for (let seed = 1; seed < 50; seed++) if (new Simulation(params, seed).result().summary.finalShare > 0.1) return seed;
  return 1;
}

function models(): Row[] {
  const rows: Row[] = [];
  header();
  for (const size of quick ? [1e4, 1e5] : [1e4, 1e5, 1e6, 1e7]) {
    const params = globalCase(size);
    rows.push(measure(`global`, params, 1, { kind: "bench/fullSweep.ts globalSweep", run: (inputs) => globalSweep(inputs.population.thresholds, inputs.population.initialDefectors, params.days) }));
  }
  for (const size of quick ? [1e4, 1e5] : [1e4, 1e5, 1e6]) {
    const params = wattsCase(size);
    const seed = cascadingSeed(params);
    rows.push(
      measure(
        `watts z=4 t=0.18`,
        params,
        seed,
        { kind: "bench/fullSweep.ts wattsSweep", run: (inputs) => wattsSweep(inputs.graph!, inputs.population.thresholds, inputs.population.initialDefectors, params.days) },
        undefined,
        (inputs, fate) => wattsEdgeWork(inputs.graph!, fate, params.days),
      ),
    );
  }
  for (const local of ["network", "unit"] as const) {
    const size = quick ? 1e5 : 1e6;
    const params = fullCase(size, local);
    rows.push(
      measure(`full model, mix+${local}`, params, 1, { kind: "src/model/kernels/reference.ts", runs: quick ? 1 : RUNS, run: (inputs) => new ReferenceSimulation(params, 1, inputs).result().series.defected }, "reference: the straightforward rule with every mechanism"),
    );
  }
  return rows;
}

function scenarios(): Row[] {
  const dir = join(repoRoot, "scenarios");
  const rows: Row[] = [];
  header();
  const files = readdirSync(dir).filter((f) => f.endsWith(".json") && (only === null || only.has(f.replace(/\.json$/, "")))).sort();
  const missing = only === null ? [] : [...only].filter((id) => !files.includes(`${id}.json`));
  if (missing.length > 0) throw new Error(`invalid --only: no scenarios/${missing.join(".json, scenarios/")}.json`);
  for (const file of files) {
    const scenario = loadScenario(readFileSync(join(dir, file), "utf8"), (path) => readFileSync(join(dir, path), "utf8"));
    const params = toModelParams(scenario);
    rows.push(measure(file.replace(/\.json$/, ""), params, 1, { kind: "src/model/kernels/reference.ts", run: (inputs) => new ReferenceSimulation(params, 1, inputs).result().series.defected }));
  }
  return rows;
}

const cliOnly = args.has("--cli-only");
const rows = cliOnly ? [] : args.has("--scenarios") ? scenarios() : models();

/** End to end: scenario and seed to the result, soldiers drawn each run, kernel against reference. */
function endToEndRows(): EndToEndRow[] {
  const rows: EndToEndRow[] = [];
  console.log(`\nend to end (soldiers and graph drawn, kernel built, stepped, result), median of ${RUNS}:`);
  console.log(["case".padEnd(24), "N".padStart(9), "days".padStart(5), "kernel ms (min-max)".padStart(24), "ref ms (min-max)".padStart(26), "x ref".padStart(7), "cpu ms".padStart(8), "ref cpu".padStart(8), "x cpu".padStart(6), "same".padStart(5), "B/soldier".padStart(10), "B/tie".padStart(6)].join(" "));
  const show = (row: EndToEndRow) => {
    const k = row.kernel;
    const r = row.reference;
    console.log(
      [
        row.case.padEnd(24),
        String(row.soldiers).padStart(9),
        String(row.days).padStart(5),
        `${fmt(k.median)} (${fmt(k.min)}-${fmt(k.max)})`.padStart(24),
        `${fmt(r.median)} (${fmt(r.min)}-${fmt(r.max)})${r.runs !== RUNS ? ` x${r.runs}` : ""}`.padStart(26),
        fmt(row.speedup).padStart(7),
        fmt(k.cpuMedian).padStart(8),
        fmt(r.cpuMedian).padStart(8),
        fmt(row.cpuSpeedup).padStart(6),
        (row.identical ? "yes" : "NO").padStart(5),
        fmt(row.bytesPerSoldier).padStart(10),
        (row.bytesPerTie === undefined ? "" : fmt(row.bytesPerTie)).padStart(6),
      ].join(" "),
    );
    rows.push(row);
  };
  for (const size of quick ? [1e4, 1e5] : [1e5, 1e6, 1e7]) {
    const params = globalCase(size);
    show(endToEnd("global", params, 1, RUNS, { kind: "buildRunInputs + bench/fullSweep.ts globalSweep", runs: size >= 1e7 ? 3 : RUNS, run: (inputs) => globalSweep(inputs.population.thresholds, inputs.population.initialDefectors, params.days) }));
  }
  for (const size of quick ? [1e4, 1e5] : [1e5, 1e6]) {
    const params = wattsCase(size);
    const seed = cascadingSeed(params);
    show(endToEnd("watts z=4 t=0.18", params, seed, RUNS, { kind: "buildRunInputs + bench/fullSweep.ts wattsSweep", run: (inputs) => wattsSweep(inputs.graph!, inputs.population.thresholds, inputs.population.initialDefectors, params.days) }));
  }
  for (const local of ["network", "unit"] as const) {
    const params = fullCase(quick ? 1e5 : 1e6, local);
    show(endToEnd(`full model, mix+${local}`, params, 1, quick ? 1 : 3, { kind: "src/model/kernels/reference.ts (drawing its own inputs)", run: (inputs) => new ReferenceSimulation(params, 1, inputs).result().series.defected }));
  }
  return rows;
}
const endToEndTable = args.has("--scenarios") || cliOnly ? null : endToEndRows();

let cli: { peakMemory: CliMemoryRow[]; startUp: StartUpRow; ensemble: EnsembleRow } | null = null;
if (!args.has("--scenarios") && !args.has("--no-cli")) {
  console.log("\nthe command line (`defection run SCENARIO --summary FILE`, one child process each):");
  // A source edited since the bench started makes the compiled build stale, and `defection` would
  // then run its TypeScript through tsx: time the command as installed, rebuilt if need be.
  if (!currentBuild(repoRoot)) {
    console.log("(the command's build is stale: a source changed since it was built; rebuilding it first)");
    const built = spawnSync(process.execPath, [join(repoRoot, "scripts", "build-cli.mjs")], { stdio: "inherit" });
    if (built.status !== 0 || !currentBuild(repoRoot)) throw new Error("could not rebuild the command line (scripts/build-cli.mjs)");
  }
  const peakMemory = await cliMemory(cliMemoryCases(quick));
  cli = { peakMemory, startUp: startUp(quick ? 3 : 10), ensemble: ensemble(quick ? 20 : 1000) };
}

let pageEnsembleRow: PageEnsembleRow | null = null;
if (!args.has("--scenarios") && !args.has("--no-ensemble") && !cliOnly) {
  console.log("\nthe page's ensemble (its worker code in Node worker threads, one per core):");
  pageEnsembleRow = await pageEnsemble(quick ? 20 : 1000);
}

/** Bench cases in a Web Worker in headless Chromium (the full model; the global model at 10^7), compared with Node on the same inputs. */
async function browserRows(): Promise<(Omit<BrowserTiming, "defected"> & { sameAsNode: boolean })[] | null> {
  if (args.has("--scenarios") || args.has("--no-browser") || cliOnly) return null;
  const cases = quick
    ? [{ model: "full" as const, size: 1e5, runs: 1 }, { model: "global" as const, size: 1e5, runs: 1 }]
    : [{ model: "full" as const, size: 1e6, runs: RUNS }, { model: "global" as const, size: 1e7, runs: RUNS }];
  const rows = [];
  for (const timing of await browserCases(cases)) {
    const params = timing.model === "global" ? globalCase(timing.soldiers) : fullCase(timing.soldiers, "network");
    const node = new Simulation(params, 1).result().series.defected;
    const sameAsNode = timing.defected.length === node.length && timing.defected.every((v, d) => v === node[d]);
    const { defected: _, ...rest } = timing;
    console.log(
      `\n${timing.model} model in a Web Worker (headless Chromium), ${timing.soldiers} x ${timing.days}: ${fmt(timing.median)} ms median of ${timing.runs} (${fmt(timing.min)}-${fmt(timing.max)}), ` +
        `soldiers and network drawn once in ${fmt(timing.setupMs)} ms; same daily counts as Node: ${sameAsNode ? "yes" : "NO"}`,
    );
    rows.push({ ...rest, sameAsNode });
  }
  return rows;
}
const browser = await browserRows();
const out = {
  date: new Date().toISOString(),
  mode: args.has("--scenarios") ? "scenarios" : cliOnly ? "cli" : quick ? "quick" : "models",
  node: process.version,
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  runsPerTiming: RUNS,
  timing:
    "kernel: new Simulation(params, seed, inputs).result() with inputs (soldiers, graph) prebuilt and shared, after one untimed run (so the per-population sorted orders are cached); reference on the same inputs, after one untimed run unless run fewer times",
  rows,
  endToEnd: endToEndTable,
  endToEndTiming:
    "kernel: new Simulation(params, seed).result() with nothing prebuilt (soldiers and graph drawn every run); reference: buildRunInputs(params, seed) then the full sweep on them; each after one untimed run unless run fewer times",
  cli,
  pageEnsemble: pageEnsembleRow,
  browserWorker: browser,
};
const file = join(benchFolder, args.has("--scenarios") ? (only ? "results-scenarios-only.json" : "results-scenarios.json") : cliOnly ? "results-cli.json" : quick ? "results-quick.json" : "results.json");
writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
console.log(`\nwrote ${file}`);
if (rows.some((r) => !r.identical) || endToEndTable?.some((r) => !r.identical) || cli?.peakMemory.some((r) => r.exitCode !== 0) || (cli !== null && cli.ensemble.exitCode !== 0) || browser?.some((b) => !b.sameAsNode)) {
  console.error("a kernel and its reference disagree");
  process.exitCode = 1;
}
