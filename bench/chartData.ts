/**
 * `npm run bench:charts`: the lab's chart data preparation for 100,000 soldiers and 365 days (the
 * default scenario without forgetting, which only the reference full sweep gives: this times the
 * charts' data, not the model). Times bandwagonModel, thresholdBins, cascadePoints and armyCells
 * together, 7 times after one warm-up; prints median, min and max in ms. Target: well inside a
 * frame (16 ms). Measured on the shared 2-core box: median 1.0 ms (min 0.9, max 5.0). Moved out of
 * tests/ui/charts/index.test.ts: speed targets live in the bench, not in timed unit tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { behaviourOff, simulate } from "../src/model";
import { loadScenario, toModelParams } from "../src/scenario";
import { bandwagonModel } from "../src/ui/charts/bandwagonModel";
import { thresholdBins } from "../src/ui/charts/thresholdBins";
import { cascadePoints } from "../src/ui/charts/cascadeChart";
import { armyCells } from "../src/ui/charts/armyCells";
import type { ChartData } from "../src/ui/charts/chartData";
import { repoRoot } from "./benchFolder";

const RUNS = 7;
const ROOT = repoRoot;
const scenario = loadScenario(readFileSync(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8"));
const params = { ...toModelParams(scenario), size: 100_000, days: 365, behaviour: { ...behaviourOff(), actRate: 0.00416, pullDays: 7 } };
const run = simulate(params, 1);
const data: ChartData = { params, series: run.series, summary: run.summary, fate: run.fate, thresholds: run.thresholds };

const prepare = () => {
  bandwagonModel(data);
  thresholdBins(data.thresholds, data.params.size);
  cascadePoints(data);
  armyCells(data.fate, data.params.size, data.params.unitSize, data.params.days);
};
prepare();
const times: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  prepare();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const ms = (x: number) => x.toFixed(1);
console.log(`chart data, ${params.size.toLocaleString("en-US")} soldiers x ${params.days} days: median ${ms(times[RUNS >> 1])} ms (min ${ms(times[0])}, max ${ms(times[RUNS - 1])}, ${RUNS} runs)`);
