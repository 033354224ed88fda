/**
 * Do the shipped historical scenarios meet their own targets with their shipped values? An
 * ensemble per scenario (50 runs by default, seeds from the scenario's seed), each target's mean
 * with the 95% interval of that mean (mean +- 1.96 spread / sqrt(runs)), the middle 95% of the runs
 * (2.5% to 97.5%: where one run, as history was, falls), and the miss of the mean in the figure's
 * standard deviations. The quick version runs in `npm test` (tests/scenario/historicalTargets.test.ts).
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
  for (const c of checks) {
    const half = (1.96 * c.spread) / Math.sqrt(Number(runsText));
    console.log(
      `  ${c.target.text}: mean ${fmt(c.mean)} (95% interval of the mean ${fmt(c.mean - half)} to ${fmt(c.mean + half)}; 95% of runs ${fmt(c.runsLow)} to ${fmt(c.runsHigh)}), miss ${fmt(c.miss)} sd -> ${c.met ? "met" : "MISSED"}`,
    );
  }
  for (const t of targets.filter((t) => !targetSupported(t))) console.log(`  ${t.text}: not checked (${t.quantity} is not a model output yet)`);
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}
