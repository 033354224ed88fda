/** ChartData from real runs, for the chart tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { foundationParams, simulate } from "../../../src/model/index";
import type { ModelParams } from "../../../src/model/params";
import { loadScenario, toModelParams } from "../../../src/scenario/index";
import type { ChartData } from "../../../src/ui/charts/chartData";

export function chartData(params: ModelParams, seed = 1): ChartData {
  const run = simulate(params, seed);
  return { params, series: run.series, summary: run.summary, fate: run.fate, thresholds: run.thresholds };
}

/** Granovetter's 100 soldiers with thresholds 0/100 .. 99/100: cascades to all. */
export function granovetter(overrides: Partial<ModelParams> = {}): ChartData {
  const values = Array.from({ length: 100 }, (_, i) => i / 100);
  return chartData(foundationParams({ size: 100, days: 120, thresholds: { kind: "list", values }, ...overrides }));
}

export function deadlineScenario(overrides: Partial<ModelParams> = {}): ChartData {
  const params = toModelParams(loadScenario(readFileSync(join(import.meta.dirname, "../../../scenarios/asylum-offer-deadline.json"), "utf8")));
  return chartData({ ...params, ...overrides });
}
