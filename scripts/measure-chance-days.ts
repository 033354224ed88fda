/**
 * Times one run as the page's worker makes it (kept soldiers, a Simulation advanced to the end)
 * without and with kept opportunity days (src/model/kernels/structures/chanceDays.ts), alternating
 * in one process: "old" runs on the kept soldiers without a chance-days slot (the drawing-ahead of
 * before), "cold" with a new slot (a first run on these soldiers; its arrays are those of the days
 * let go before it, as in an ensemble or after a seed change; the first run in a thread also pays
 * their page faults, some 5 ms for 16 MB), "step" with a slot warmed by one run at the value
 * below (as the latency tool's upward steps find it), "warm" with a slot warmed by runs at every
 * listed value. Checks that every run gives the old run's numbers. Prints medians in ms.
 *
 *   npx tsx scripts/measure-chance-days.ts [--reps N] [--only id,id] [--cpu]
 */
import { readFileSync } from "node:fs";
import { Simulation, type ModelParams } from "../src/model/index";
import { scenarioFromObject, toModelParams } from "../src/scenario/index";
import { buildRunInputs, type RunInputs } from "../src/model/kernels/state/runInputs";
import { ChanceDaysSlot } from "../src/model/kernels/structures/chanceDays";

const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const REPS = Number(flag("--reps") ?? 9);
const CASES: Record<string, number[]> = {
  "chieu-hoi": [0.307, 0.33, 0.36],
  "hessians-1776": [0.25, 0.28, 0.32],
  "russia-asylum-2022-open-ended": [0.12, 0.16],
};
const ONLY = flag("--only")?.split(",");

function paramsOf(id: string, attractiveness: number): { params: ModelParams; seed: number } {
  const object = JSON.parse(readFileSync(`scenarios/${id}.json`, "utf8"));
  object.parameters.offer.attractiveness = attractiveness;
  const file = scenarioFromObject(object);
  return { params: toModelParams(file), seed: file.parameters.seed };
}

/**
 * The run's time: its process CPU time with --cpu (steadier than wall time when other work shares
 * the cores; includes the GC's helper threads), else wall time.
 */
const CPU = process.argv.includes("--cpu");
const now = () => {
  if (!CPU) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function timedRun(params: ModelParams, seed: number, inputs: RunInputs): { ms: number; fingerprint: string } {
  const t = now();
  const simulation = new Simulation(params, seed, inputs);
  while (!simulation.done) simulation.advance(64);
  const result = simulation.result();
  const ms = now() - t;
  const s = result.series;
  return { ms, fingerprint: `${s.defected.join(",")}|${s.caught.join(",")}|${result.fate.join(",")}` };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

for (const [id, values] of Object.entries(CASES)) {
  if (ONLY && !ONLY.includes(id)) continue;
  const shipped = paramsOf(id, values[0]);
  const soldiers = buildRunInputs(shipped.params, shipped.seed);
  const plain: RunInputs = { population: soldiers.population, graph: soldiers.graph };
  const warm: RunInputs = { ...plain, chanceDays: new ChanceDaysSlot() };
  for (const v of values) timedRun(paramsOf(id, v).params, shipped.seed, warm); // also warms the JIT
  for (const v of values) {
    const { params, seed } = paramsOf(id, v);
    const below = paramsOf(id, Math.round((v - 0.01) * 1000) / 1000).params;
    const times: Record<"old" | "cold" | "step" | "warm", number[]> = { old: [], cold: [], step: [], warm: [] };
    let expected = "";
    for (let r = 0; r < REPS; r++) {
      const old = timedRun(params, seed, plain);
      expected ||= old.fingerprint;
      const coldSlot = new ChanceDaysSlot();
      const cold = timedRun(params, seed, { ...plain, chanceDays: coldSlot });
      coldSlot.clear(); // as a new seed's inputs replace these: the arrays go to the next days
      const stepSlot = new ChanceDaysSlot();
      timedRun(below, seed, { ...plain, chanceDays: stepSlot });
      const step = timedRun(params, seed, { ...plain, chanceDays: stepSlot });
      stepSlot.clear();
      const hot = timedRun(params, seed, warm);
      for (const [name, run] of [["old", old], ["cold", cold], ["step", step], ["warm", hot]] as const) {
        if (run.fingerprint !== expected) throw new Error(`${id} ${v} ${name}: numbers differ from the run without kept opportunity days`);
        times[name].push(run.ms);
      }
    }
    const m = (name: keyof typeof times) => median(times[name]).toFixed(1).padStart(6);
    console.log(`${id.padEnd(30)} ${v.toFixed(3)}  old ${m("old")}  cold ${m("cold")}  step ${m("step")}  warm ${m("warm")}  (${CPU ? "CPU " : ""}ms, median of ${REPS})`);
  }
}
