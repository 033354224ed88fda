/**
 * Times one run as the page's worker does it (inputs kept between runs, the run advanced in slices
 * of about 30 ms) for the scenarios observed by units whose slider latency is tight, at their
 * shipped values and the values the latency tool steps to; and the bench's full-unit case. With
 * `--old DIR` (a checkout of another commit, e.g. `git archive <commit> src | tar -x -C DIR`, with
 * node_modules linked in), that code's runs alternate with this one's in the same process, and the
 * two runs' series must agree.
 *
 * `--moving`: every run at an attractiveness 1% above the last one's (a slider's moves: nothing
 * kept from a run at the same values). The stress case is the page's slider stress
 * (asylum-offer-deadline, 100,000 soldiers, 365 days, attractiveness 0.05..0.29 in steps of 0.01,
 * a new value each run, as scripts/measure-latency.ts moves it).
 *
 *   npx tsx scripts/time-unit-runs.ts [--old DIR] [--runs N] [--only hessians-1776,full-unit] [--unit-size N] [--moving] [--cpu] [--army-size N] [--days N]
 */
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { advanceSlice } from "../workers/slices";
import { loadCodeTree, type CodeTree } from "./codeTree";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Number(option("runs") ?? 9);
const ONLY = option("only")?.split(",");
const SLICE_MS = 30;
const ROOT = resolve(import.meta.dirname, "..");

type Code = CodeTree & { fullCase: any };

async function load(name: string, root: string): Promise<Code> {
  const cases = await import(pathToFileURL(join(ROOT, "bench/cases.ts")).href);
  return { ...(await loadCodeTree(name, root)), fullCase: cases.fullCase };
}

const cases: Array<{ id: string; scenario: string | null; attractiveness: number | null; army?: { size: number; days: number } }> = [
  ...[0.25, 0.28, 0.3, 0.32].map((a) => ({ id: `hessians-1776@${a}`, scenario: "hessians-1776", attractiveness: a })),
  ...[0.307, 0.33, 0.36].map((a) => ({ id: `chieu-hoi@${a}`, scenario: "chieu-hoi", attractiveness: a })),
  { id: "russia-asylum-2022", scenario: "russia-asylum-2022", attractiveness: null },
  { id: "russia-asylum-2022-open-ended", scenario: "russia-asylum-2022-open-ended", attractiveness: null },
  { id: "full-unit 100000", scenario: null, attractiveness: null },
  { id: "full-network 100000", scenario: null, attractiveness: null },
  { id: "stress asylum-offer-deadline 100000 x 365", scenario: "asylum-offer-deadline", attractiveness: null, army: { size: 100_000, days: 365 } },
].filter((c) => !ONLY || ONLY.some((o) => c.id.startsWith(o)));

/** --unit-size N: every case with units of N instead (to choose where shared unit parts pay). */
const UNIT_SIZE = option("unit-size");
const MOVING = args.includes("--moving");
/** --cpu: this process's CPU time instead of wall time (steadier on a shared machine). */
const CPU = args.includes("--cpu");
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const now = CPU ? cpuMs : () => performance.now();
/** --army-size N, --days N: every scenario case with that army or length instead (to find where a kept structure pays). */
const ARMY = { ...(option("army-size") && { size: Number(option("army-size")) }), ...(option("days") && { days: Number(option("days")) }) };

/** The attractiveness of the case's run `k` (warm-up -1): the stress case's slider values, --moving 1% up a run, else the case's own. */
function attractivenessOf(c: (typeof cases)[number], shipped: number, k: number): number {
  if (c.army) return 0.05 + ((k + 1) % 25) * 0.01;
  const base = c.attractiveness ?? shipped;
  return MOVING ? base * 1.01 ** (k + 1) : base;
}

function paramsOf(code: Code, c: (typeof cases)[number], k: number) {
  const sized = (params: any) => (UNIT_SIZE ? { ...params, unitSize: Number(UNIT_SIZE) } : params);
  if (c.scenario === null) return { params: sized(code.fullCase(100_000, c.id.startsWith("full-unit") ? "unit" : "network")), seed: 1 };
  const json = JSON.parse(readFileSync(join(ROOT, "scenarios", `${c.scenario}.json`), "utf8"));
  Object.assign(json.parameters.army, c.army, ARMY);
  json.parameters.offer.attractiveness = attractivenessOf(c, json.parameters.offer.attractiveness, k);
  const file = code.scenarioFromObject(json);
  return { params: sized(code.toModelParams(file)), seed: file.parameters.seed };
}

function timeRun(code: Code, cache: any, params: unknown, seed: number): { ms: number; defected: Int32Array | Float64Array } {
  const started = now();
  const simulation = new code.Simulation(params, seed, cache.inputsFor(params, seed));
  let sliceDays = 1;
  while (!simulation.done) sliceDays = advanceSlice(simulation, sliceDays, SLICE_MS);
  const result = simulation.result();
  return { ms: now() - started, defected: result.series.defected };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const codes = [await load("new", ROOT)];
// --old DIR,DIR...: several other trees, each named by its folder's name.
const olds = option("old")?.split(",") ?? [];
codes.unshift(...(await Promise.all(olds.map((dir) => load(olds.length === 1 ? "old" : basename(dir), resolve(dir))))));
const caches = codes.map((code) => new code.RunInputsCache(1_000_000, true));

const { execSync } = await import("node:child_process");
console.log(`uptime: ${execSync("uptime").toString().trim()}`);
for (const c of cases) {
  const times = codes.map(() => [] as number[]);
  const inputs = codes.map((code) => paramsOf(code, c, -1));
  const agree = (last: Array<Int32Array | Float64Array>, run: string) => {
    if (last.some((series) => series.join() !== last[0].join())) throw new Error(`${c.id}: the trees' runs differ (${run})`);
  };
  // One warm-up run each, then alternate (which code goes first alternates too).
  const last = codes.map((code, k) => timeRun(code, caches[k], inputs[k].params, inputs[k].seed).defected);
  agree(last, "warm-up");
  for (let r = 0; r < RUNS; r++) {
    const order = r % 2 === 0 ? codes.map((_, k) => k) : codes.map((_, k) => codes.length - 1 - k);
    const runs = codes.map((code) => paramsOf(code, c, r));
    for (const k of order) {
      const run = timeRun(codes[k], caches[k], runs[k].params, runs[k].seed);
      times[k].push(run.ms);
      last[k] = run.defected;
    }
    agree(last, `run ${r}`);
  }
  const final = last.at(-1)!;
  // Each tree's median, and how many times the new one's it takes.
  const newMs = median(times.at(-1)!);
  const line = codes.map((code, k) => `${code.name} ${median(times[k]).toFixed(1)} ms${k < codes.length - 1 ? ` (x${(median(times[k]) / newMs).toFixed(2)})` : ""}`).join(", ");
  console.log(`${c.id.padEnd(32)} ${line}  final defected ${final[final.length - 1]}`);
}
console.log(`uptime: ${execSync("uptime").toString().trim()}`);
