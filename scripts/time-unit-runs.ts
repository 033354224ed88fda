/**
 * Times one run as the page's worker does it (inputs kept between runs, the run advanced in slices
 * of about 30 ms) for the scenarios observed by units whose slider latency is tight, at their
 * shipped values and the values the latency tool steps to; and the bench's full-unit case. With
 * `--old DIR` (a checkout of another commit, e.g. `git archive <commit> src | tar -x -C DIR`, with
 * node_modules linked in), that code's runs alternate with this one's in the same process, and the
 * two runs' series must agree.
 *
 *   npx tsx scripts/time-unit-runs.ts [--old DIR] [--runs N] [--only hessians-1776,full-unit] [--unit-size N]
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { advanceSlice } from "../workers/slices";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Number(option("runs") ?? 9);
const ONLY = option("only")?.split(",");
const SLICE_MS = 30;
const ROOT = resolve(import.meta.dirname, "..");

type Code = { name: string; Simulation: any; RunInputsCache: any; scenarioFromObject: any; toModelParams: any; fullCase: any };

async function load(name: string, root: string): Promise<Code> {
  const at = (path: string) => import(pathToFileURL(join(root, path)).href);
  const model = await at("src/model/index.ts");
  const scenario = await at("src/scenario/index.ts");
  const cache = await at("src/model/kernels/state/runInputsCache.ts");
  const cases = await import(pathToFileURL(join(ROOT, "bench/cases.ts")).href);
  return { name, Simulation: model.Simulation, RunInputsCache: cache.RunInputsCache, scenarioFromObject: scenario.scenarioFromObject, toModelParams: scenario.toModelParams, fullCase: cases.fullCase };
}

const cases: Array<{ id: string; scenario: string | null; attractiveness: number | null }> = [
  ...[0.25, 0.28, 0.3, 0.32].map((a) => ({ id: `hessians-1776@${a}`, scenario: "hessians-1776", attractiveness: a })),
  ...[0.307, 0.33, 0.36].map((a) => ({ id: `chieu-hoi@${a}`, scenario: "chieu-hoi", attractiveness: a })),
  { id: "russia-asylum-2022", scenario: "russia-asylum-2022", attractiveness: null },
  { id: "russia-asylum-2022-open-ended", scenario: "russia-asylum-2022-open-ended", attractiveness: null },
  { id: "full-unit 100000", scenario: null, attractiveness: null },
  { id: "full-network 100000", scenario: null, attractiveness: null },
].filter((c) => !ONLY || ONLY.some((o) => c.id.startsWith(o)));

/** --unit-size N: every case with units of N instead (to choose where shared unit parts pay). */
const UNIT_SIZE = option("unit-size");

function paramsOf(code: Code, c: (typeof cases)[number]) {
  const sized = (params: any) => (UNIT_SIZE ? { ...params, unitSize: Number(UNIT_SIZE) } : params);
  if (c.scenario === null) return { params: sized(code.fullCase(100_000, c.id.startsWith("full-unit") ? "unit" : "network")), seed: 1 };
  const json = JSON.parse(readFileSync(join(ROOT, "scenarios", `${c.scenario}.json`), "utf8"));
  if (c.attractiveness !== null) json.parameters.offer.attractiveness = c.attractiveness;
  const file = code.scenarioFromObject(json);
  return { params: sized(code.toModelParams(file)), seed: file.parameters.seed };
}

function timeRun(code: Code, cache: any, params: unknown, seed: number): { ms: number; defected: Int32Array | Float64Array } {
  const started = performance.now();
  const simulation = new code.Simulation(params, seed, cache.inputsFor(params, seed));
  let sliceDays = 1;
  while (!simulation.done) sliceDays = advanceSlice(simulation, sliceDays, SLICE_MS);
  const result = simulation.result();
  return { ms: performance.now() - started, defected: result.series.defected };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const codes = [await load("new", ROOT)];
const old = option("old");
if (old) codes.unshift(await load("old", resolve(old)));
const caches = codes.map((code) => new code.RunInputsCache(1_000_000));

const { execSync } = await import("node:child_process");
console.log(`uptime: ${execSync("uptime").toString().trim()}`);
for (const c of cases) {
  const times = codes.map(() => [] as number[]);
  const inputs = codes.map((code) => paramsOf(code, c));
  // One warm-up run each, then alternate (which code goes first alternates too).
  const last = codes.map((code, k) => timeRun(code, caches[k], inputs[k].params, inputs[k].seed).defected);
  if (last.length === 2 && last[0].join() !== last[1].join()) throw new Error(`${c.id}: old and new runs differ`);
  for (let r = 0; r < RUNS; r++) {
    const order = r % 2 === 0 ? codes.map((_, k) => k) : codes.map((_, k) => codes.length - 1 - k);
    for (const k of order) times[k].push(timeRun(codes[k], caches[k], inputs[k].params, inputs[k].seed).ms);
  }
  const final = last.at(-1)!;
  const line = codes.map((code, k) => `${code.name} ${median(times[k]).toFixed(1)} ms`).join(", ");
  console.log(`${c.id.padEnd(32)} ${line}${codes.length === 2 ? `  (x${(median(times[0]) / median(times[1])).toFixed(2)})` : ""}  final defected ${final[final.length - 1]}`);
}
console.log(`uptime: ${execSync("uptime").toString().trim()}`);
