/**
 * Do the shipped historical scenarios meet their own targets with their shipped values? An
 * ensemble per scenario (50 runs by default, seeds from the scenario's seed), each target's mean,
 * spread and miss in the figure's standard deviations; targets the model cannot produce yet
 * (captured) are listed as not checked. The quick version runs in `npm test`
 * (tests/scenario/historicalTargets.test.ts).
 *
 *   npx tsx scripts/check-targets.ts [RUNS=50] [SCENARIO.json ...]
 */
import { readFileSync } from "node:fs";
import { loadScenario, scenarioTargets, targetSupported, toModelParams } from "../src/scenario";
import { checkTargets } from "../src/calibration/targetCheck";

const [runsText = "50", ...files] = process.argv.slice(2);
const scenarios = files.length ? files : ["hessians-1776", "gulf-war-1991", "ukraine-hotline-2022", "chieu-hoi"].map((name) => `scenarios/${name}.json`);
for (const file of scenarios) {
  const scenario = loadScenario(readFileSync(file, "utf8"));
  const targets = scenarioTargets(scenario);
  const started = Date.now();
  const checks = checkTargets(toModelParams(scenario), targets.filter((t) => targetSupported(t)), Number(runsText), scenario.parameters.seed);
  console.log(`${file} (${runsText} runs, ${((Date.now() - started) / 1000).toFixed(1)} s):`);
  for (const c of checks) console.log(`  ${c.target.text}: mean ${fmt(c.mean)} (runs spread ${fmt(c.spread)}), miss ${fmt(c.miss)} sd -> ${c.met ? "met" : "MISSED"}`);
  for (const t of targets.filter((t) => !targetSupported(t))) console.log(`  ${t.text}: not checked (${t.quantity} is not a model output yet)`);
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}
