/**
 * How far a historical scenario's conclusion holds as its hand-set values move: for each main
 * lever (offer attractiveness, daily opportunity, leaflet reach, mean threshold; where the scenario
 * sets them, the officers' surrender and influence and the daily capture chance; any more paths in
 * the EXTRA_LEVERS environment variable, comma-separated, e.g. events.7.capture), the shipped value
 * times 0.8, 0.9, 1.1 and 1.2 (within the parameter's range), an ensemble by the command line
 * (`defection run --set LEVER=VALUE --runs RUNS --json`, seeds from the scenario's), and per value
 * the mean final defected count, its 10%-90% spread over runs, the share of runs inside the
 * final-day target (when the scenario has one), the share that cascade, the mean final captured
 * count, and how many of all the scenario's targets the same number of runs meet in process
 * (calibration/targetCheck: ensemble mean within 2 sd) with the ones missed. What the scenario
 * files' `robustness` statements say was measured with this script.
 *
 *   [EXTRA_LEVERS=a.b,c.d] npx tsx scripts/robustness.ts [RUNS=10] [SCENARIO.json ...]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { getParameter, loadScenario, parameterAt, scenarioTargets, setParameter, targetSupported, toModelParams } from "../src/scenario";
import { checkTargets } from "../src/calibration/targetCheck";

const LEVERS = [
  ...["offer.attractiveness", "opportunity.daily", "awareness.leafletReach", "thresholds.mean", "leaders.surrender", "leaders.influence", "capture.daily"],
  ...(process.env.EXTRA_LEVERS ? process.env.EXTRA_LEVERS.split(",") : []),
];
const FACTORS = [0.8, 0.9, 1, 1.1, 1.2];
const [runsText = "10", ...files] = process.argv.slice(2);
const scenarios = files.length ? files : ["hessians-1776", "chieu-hoi", "ukraine-hotline-2022", "russia-asylum-2022", "gulf-war-1991"].map((name) => `scenarios/${name}.json`);

for (const file of scenarios) {
  const text = readFileSync(file, "utf8");
  const scenario = loadScenario(text);
  const days = scenario.parameters.army.days;
  const final = scenarioTargets(scenario).find((t) => t.quantity === "defected" && t.unit === "count" && t.day === days && t.fromDay === undefined);
  console.log(`\n${file} (${runsText} runs per value${final ? `; final target ${final.low}..${final.high}` : ""}):`);
  const checked = scenarioTargets(scenario).filter((t) => targetSupported(t));
  console.log("lever,factor,value,meanDefected,p10,p90,inTarget,cascade,meanCaptured,targetsMet,missed");
  for (const lever of LEVERS) {
    const base = getParameter(JSON.parse(text), lever);
    // Paths outside the parameter table are not clamped; the CLI checks them.
    const range = parameterAt(lever) ?? { min: -Infinity, max: Infinity };
    if (typeof base !== "number" || base === 0) {
      console.log(`${lever},-,${String(base)},(not varied: ${base === 0 ? "zero" : "not set"})`);
      continue;
    }
    for (const factor of FACTORS) {
      const value = Number(Math.min(range.max, Math.max(range.min, base * factor)).toPrecision(4));
      const out = execFileSync(process.execPath, ["bin/defection.js", "run", file, "--runs", runsText, "--set", `${lever}=${value}`, "--json"], { encoding: "utf8", maxBuffer: 1 << 26 });
      const runs = JSON.parse(out) as { finalDefected: number; finalCaptured?: number; cascade: boolean }[];
      const counts = runs.map((r) => r.finalDefected).sort((a, b) => a - b);
      const mean = counts.reduce((s, c) => s + c, 0) / counts.length;
      const at = (q: number) => counts[Math.min(counts.length - 1, Math.floor(q * counts.length))];
      const inTarget = final ? counts.filter((c) => c >= final.low && c <= final.high).length / counts.length : NaN;
      const cascade = runs.filter((r) => r.cascade).length / runs.length;
      const captured = runs.reduce((s, r) => s + (r.finalCaptured ?? 0), 0) / runs.length;
      const moved = loadScenario(JSON.stringify(setParameter(JSON.parse(text), lever, value)));
      const checks = checkTargets(toModelParams(moved), checked, Number(runsText), moved.parameters.seed);
      const missed = checks.filter((c) => !c.met).map((c) => `${c.target.text} (mean ${Math.round(c.mean)})`);
      const row = [lever, factor, value, Math.round(mean), at(0.1), at(0.9), final ? inTarget.toFixed(2) : "", cascade.toFixed(2), Math.round(captured)];
      console.log([...row, `${checks.length - missed.length}/${checks.length}`, missed.join("; ")].join(","));
    }
  }
}
