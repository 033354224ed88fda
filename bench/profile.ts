/**
 * `npm run bench:profile [-- --case full-network|full-unit|watts|global] [-- --size N] [-- --reference]`:
 * where a bench case spends its time. Runs the case's kernel (as Simulation picks it, inputs drawn
 * once; with --reference, the straightforward full sweep of kernels/reference.ts) and prints, per run:
 *  - the time in each phase of a day of the event-driven kernel (awareness, decisions, applying
 *    defections, ...), by wrapping those methods with a clock (the kernel itself is unchanged);
 *  - the functions with the most self time under V8's sampling profiler (node:inspector), where
 *    inlined functions count in their caller.
 */
import { Session } from "node:inspector/promises";
import { Simulation, type ModelParams } from "../src/model";
import { buildRunInputs } from "../src/model/kernels/state/runInputs";
import { RunState } from "../src/model/kernels/state/runState";
import { ReferenceSimulation } from "../src/model/kernels/reference";
import { ListAwareness } from "../src/model/kernels/eventDriven/listAwareness";
import { CohortAwareness } from "../src/model/kernels/eventDriven/cohortAwareness";
import { UnitAwareness } from "../src/model/kernels/eventDriven/unitAwareness";
import { UnitAwarenessSums } from "../src/model/kernels/eventDriven/unitAwarenessSums";
import { OfferForgetting } from "../src/model/kernels/eventDriven/offerForgetting";
import { LocalDecisions } from "../src/model/kernels/eventDriven/localDecisions";
import { GlobalDecisions } from "../src/model/kernels/eventDriven/globalDecisions";
import { fullCase, globalCase, wattsCase } from "./cases";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const which = option("case", "full-network");
const cases: Record<string, (size: number) => ModelParams> = {
  "full-network": (size) => fullCase(size, "network"),
  "full-unit": (size) => fullCase(size, "unit"),
  watts: wattsCase,
  global: globalCase,
};
if (!cases[which]) throw new Error(`--case must be one of ${Object.keys(cases).join(", ")}`);
const size = Number(option("size", "1000000"));
const params = cases[which](size);
const reference = args.includes("--reference");
const run = () => (reference ? new ReferenceSimulation(params, 1, inputs) : new Simulation(params, 1, inputs)).result();
/** Enough runs for a few hundred million soldier-days, at least 3. */
const RUNS = Math.max(3, Math.min(200, Math.round(3e8 / (params.size * params.days))));
const inputs = buildRunInputs(params, 1);

/** Wraps prototype methods with a clock (phase name -> total ms) until `restore` is called. */
function clockPhases(phases: [string, object, string][]): { spent: Map<string, number>; restore: () => void } {
  const spent = new Map<string, number>();
  const originals: (() => void)[] = [];
  for (const [name, prototype, method] of phases) {
    const target = prototype as Record<string, (...a: unknown[]) => unknown>;
    const original = target[method];
    originals.push(() => (target[method] = original));
    spent.set(name, 0);
    target[method] = function (this: unknown, ...a: unknown[]) {
      const start = performance.now();
      const out = original.apply(this, a);
      spent.set(name, spent.get(name)! + performance.now() - start);
      return out;
    };
  }
  return { spent, restore: () => originals.forEach((put) => put()) };
}

{
  const { spent, restore } = clockPhases([
    ["awareness (word of mouth): visit the unaware", ListAwareness.prototype, "update"],
    ["awareness (uniform hazard): cohort ladders", CohortAwareness.prototype, "update"],
    ["awareness (units): every unaware soldier's total", UnitAwareness.prototype, "update"],
    ["awareness (units): running sums, units near a key", UnitAwarenessSums.prototype, "update"],
    ["forgetting: find each newly aware soldier's forgetting day", OfferForgetting.prototype, "becameAware"],
    ["forgetting: the day's forgetters (fresh resistances)", OfferForgetting.prototype, "forgetOn"],
    ["  of which: count the newly aware (units, neighbours)", RunState.prototype, "becomeAware"],
    ["needs of the newly aware", LocalDecisions.prototype, "addAware"],
    ["decisions, local or mix: scan needs, judge, act", LocalDecisions.prototype, "decide"],
    ["decisions, global: willing prefix, pending", GlobalDecisions.prototype, "decide"],
    ["apply defections (counts, neighbours' needs)", RunState.prototype, "applyDefections"],
    ["apply catches", RunState.prototype, "applyCatches"],
    ["needs of unit mates of new defectors", LocalDecisions.prototype, "settle"],
    ["needs of witnesses of forgotten punishments", LocalDecisions.prototype, "forget"],
    ["full sweep: awareness of every unaware soldier", ReferenceSimulation.prototype, "updateAwareness"],
    ["  of which: count the newly aware, as the full sweep does", ReferenceSimulation.prototype, "countAwareness"],
    ["full sweep: decisions of every soldier", ReferenceSimulation.prototype, "decide"],
    ["full sweep: apply defections (counts)", ReferenceSimulation.prototype, "applyDefections"],
  ]);
  run(); // compiled before timing
  for (const name of spent.keys()) spent.set(name, 0);
  const start = performance.now();
  for (let r = 0; r < RUNS; r++) run();
  const wall = (performance.now() - start) / RUNS;
  console.log(`${which}${reference ? " (the full sweep, kernels/reference.ts)" : ""}, ${params.size} soldiers x ${params.days} days: ${wall.toFixed(0)} ms a run with the phase clocks (mean of ${RUNS}); per run:`);
  for (const [name, ms] of spent) if (ms > 0) console.log(`${(ms / RUNS).toFixed(1).padStart(9)} ms  ${name}`);
  if ([...spent.values()].every((ms) => ms === 0)) console.log("  (no phases of the event-driven kernel: this case runs a special kernel, see below)");
  restore();
}
run(); // compiled again without the clocks

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const t0 = performance.now();
for (let r = 0; r < RUNS; r++) run();
const wall = (performance.now() - t0) / RUNS;
const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
session.disconnect();

const byNode = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, k) => {
  const { functionName, url } = byNode.get(id)!.callFrame;
  const name = `${functionName || "(anonymous)"} ${url.split("/").pop() ?? ""}`.trim();
  const micros = profile.timeDeltas[k] ?? 0;
  self.set(name, (self.get(name) ?? 0) + micros);
  total += micros;
});
console.log(`\nunder the sampling profiler, without the phase clocks: ${wall.toFixed(0)} ms a run (mean of ${RUNS}); self time per run:`);
for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${(micros / 1000 / RUNS).toFixed(1).padStart(9)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
}
