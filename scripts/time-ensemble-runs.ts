/**
 * Times the runs of an ensemble as one worker makes them (workers/simulationWorker.ts runBatch, the
 * CLI's worker threads): every variant of a seed, one after another, through one RunInputsCache
 * (common random numbers: the variants share the seed's soldiers). By default the page's ensemble
 * of the bench (bench/ensembleVariants.ts: the asylum offer with its deadline and open-ended,
 * 10,000 soldiers x 365 days); `--attractiveness a,b,...` makes the variants the deadline offer at
 * those values instead (more variants per seed). With `--old DIR,...` (other trees, as for
 * time-unit-runs.ts) the trees' seeds alternate in one process, and their runs must agree.
 * Prints each tree's median CPU time of a run, over the seeds.
 *
 *   npx tsx scripts/time-ensemble-runs.ts [--old DIR,...] [--seeds N] [--attractiveness 0.1,0.12,0.14]
 */
import { basename, resolve } from "node:path";
import { ensembleVariants } from "../bench/ensembleVariants";
import { loadCodeTree, type CodeTree } from "./codeTree";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const SEEDS = Number(option("seeds") ?? 110);
const ROOT = resolve(import.meta.dirname, "..");

type Code = CodeTree;
const load = loadCodeTree;

const codes = [await load("new", ROOT)];
const olds = option("old")?.split(",") ?? [];
codes.unshift(...(await Promise.all(olds.map((dir) => load(olds.length === 1 ? "old" : basename(dir), resolve(dir))))));

/** The variants' scenarios (plain objects): the bench's pair, or the deadline offer at each --attractiveness. */
function variants(code: Code): object[] {
  const pair = ensembleVariants().map((v) => v.scenario);
  const values = option("attractiveness")?.split(",").map(Number);
  return values ? values.map((a) => code.setParameter(pair[0], "offer.attractiveness", a)) : pair;
}
const params = codes.map((code) => variants(code).map((scenario) => code.toModelParams(code.scenarioFromObject(scenario))));
const caches = codes.map((code) => new code.RunInputsCache());

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs every variant of `seed` in tree k; CPU milliseconds a run and the runs' final defected counts. */
function seedBlock(k: number, seed: number): { ms: number; finals: number[] } {
  const started = cpuMs();
  const finals = params[k].map((p) => {
    const { series } = new codes[k].Simulation(p, seed, caches[k].inputsFor(p, seed)).result();
    return series.defected[series.defected.length - 1];
  });
  return { ms: (cpuMs() - started) / params[k].length, finals };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = codes.map(() => [] as number[]);
const { execSync } = await import("node:child_process");
console.log(`uptime: ${execSync("uptime").toString().trim()}`);
for (let seed = 0; seed <= SEEDS; seed++) {
  // Seed 0 warms up; which tree goes first alternates.
  const order = seed % 2 === 0 ? codes.map((_, k) => k) : codes.map((_, k) => codes.length - 1 - k);
  const finals: string[] = [];
  for (const k of order) {
    const block = seedBlock(k, 1000 + seed);
    if (seed > 0) times[k].push(block.ms);
    finals.push(block.finals.join());
  }
  if (finals.some((f) => f !== finals[0])) throw new Error(`seed ${1000 + seed}: the trees' runs differ`);
}
const newMs = median(times.at(-1)!);
const line = codes.map((code, k) => `${code.name} ${median(times[k]).toFixed(2)} ms${k < codes.length - 1 ? ` (x${(median(times[k]) / newMs).toFixed(3)})` : ""}`).join(", ");
console.log(`${params[0].length} variants x ${SEEDS} seeds, CPU ms a run: ${line}`);
console.log(`uptime: ${execSync("uptime").toString().trim()}`);
