// @vitest-environment jsdom
/**
 * Golden SVGs: every SVG chart of the page (the run's, the comparison's and the sweep's) drawn in
 * Node (jsdom) from real runs, pinned as a file in tests/ui/charts/golden/. Numbers are rounded to
 * 3 decimals and ids renumbered before the comparison, so only a visible change fails. On a
 * difference the test fails and writes NAME-changed.svg beside the golden file; an intended
 * change replaces the golden file with it in the same commit, saying why (as tests/golden does
 * for the scenarios' runs). The army grid is a canvas, not an SVG: its cells are tested in
 * armyCells.test.ts.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/ui/charts/index";
import { ENSEMBLE_CHARTS } from "../../../src/ui/charts/ensemble/index";
import { renderSweepHeatmap } from "../../../src/ui/charts/sweep/sweepHeatmap";
import { renderSweepLineChart } from "../../../src/ui/charts/sweep/sweepLineChart";
import type { SweepCell } from "../../../src/ui/charts/sweep/sweepCell";
import { readFileSync as read } from "node:fs";
import { scenarioFromObject, setParameter, toModelParams, type ScenarioFile } from "../../../src/scenario/index";
import { simulate } from "../../../src/model/index";
import { cellStatistics } from "../../../src/sweep/cellStatistics";
import { EMPTY_COMPARISON, addVariant } from "../../../src/ui/compare/comparisonState";
import { EnsembleResults } from "../../../src/ui/compare/ensembleResults";
import { ensembleView } from "../../../src/ui/compare/ensembleView";
import { ensembleTasks } from "../../../src/ui/workers/ensembleTasks";
import { chartData } from "./runData";

const goldenDir = join(import.meta.dirname, "golden");
const ROOT = join(import.meta.dirname, "../../..");

/** The SVG in `container`, with numbers rounded and ids renumbered, one element per line. */
export function normalisedSvg(container: HTMLElement): string {
  const svg = container.querySelector("svg");
  if (!svg) throw new Error("no <svg> drawn");
  const ids = new Map<string, string>();
  return svg.outerHTML
    .replace(/dc-[\w-]+?-(\d+)(?=[-"])/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/></g, ">\n<");
}

/** Fails on a difference to the golden file NAME.svg, writing NAME-changed.svg beside it. */
function expectGolden(name: string, svg: string): void {
  const goldenPath = join(goldenDir, `${name}.svg`);
  const changedPath = join(goldenDir, `${name}-changed.svg`);
  if (!existsSync(goldenPath)) {
    writeFileSync(changedPath, svg);
    throw new Error(`no golden SVG for ${name}: review tests/ui/charts/golden/${name}-changed.svg and rename it to ${name}.svg`);
  }
  const golden = readFileSync(goldenPath, "utf8");
  if (golden !== svg) writeFileSync(changedPath, svg);
  expect(svg, `${name}.svg differs: see ${name}-changed.svg`).toBe(golden);
}

const container = () => document.body.appendChild(document.createElement("div"));

/**
 * The default scenario as it was before behaviour over time (issue 14: urgency 0.1, no behaviour
 * block), which cascades: the goldens pin how cascades are drawn, and the rebuilt scenario's runs
 * (under 1% defect) would leave most of every chart empty.
 */
const cascadingDeadline = (): object => {
  const o = JSON.parse(read(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8"));
  delete o.parameters.behaviour;
  return setParameter(o, "offer.urgency", 0.1);
};

const small = (attractiveness: number): ScenarioFile => {
  let o: object = cascadingDeadline();
  o = setParameter(o, "army.size", 300);
  o = setParameter(o, "army.days", 40);
  o = setParameter(o, "offer.attractiveness", attractiveness);
  return scenarioFromObject(o);
};

describe("golden SVGs of the charts", () => {
  const run = { ...chartData({ ...toModelParams(scenarioFromObject(cascadingDeadline())), size: 2000 }), targets: [] };
  for (const chart of CHARTS.filter((c) => c.id !== "army")) {
    it(`run chart "${chart.id}" draws its golden SVG`, () => {
      const root = container();
      chart.render(root, run);
      expectGolden(`run-${chart.id}`, normalisedSvg(root));
    });
  }

  const comparison = addVariant(addVariant({ ...EMPTY_COMPARISON, runs: 8, masterSeed: 11 }, { name: "weak", hidden: false, scenario: small(0.05) }), { name: "strong", hidden: false, scenario: small(0.2) });
  const params = comparison.variants.map((v) => toModelParams(v.scenario));
  const results = new EnsembleResults(comparison.variants.length, comparison.runs, true);
  for (const t of ensembleTasks(comparison)) results.add(t.variant, t.run, simulate(params[t.variant], t.seed));
  const view = ensembleView(results, comparison);
  for (const chart of ENSEMBLE_CHARTS) {
    it(`ensemble chart "${chart.id}" draws its golden SVG`, () => {
      const root = container();
      chart.render(root, view, { showRuns: true });
      expectGolden(`ensemble-${chart.id}`, normalisedSvg(root));
    });
  }

  const attractiveness = [0.05, 0.15, 0.25];
  const means = [0.3, 0.4];
  const cells: SweepCell[] = [];
  attractiveness.forEach((a, i) =>
    means.forEach((m, j) => {
      const p = toModelParams(scenarioFromObject(setParameter(setParameter(small(a), "thresholds.mean", m), "army.size", 200)));
      cells.push({ index: i * means.length + j, values: [a, m], stats: cellStatistics([1, 2, 3, 4].map((seed) => simulate(p, seed).summary)) });
    }),
  );
  it("the sweep's phase diagram draws its golden SVG", () => {
    const root = container();
    renderSweepHeatmap(root, { title: "Phase diagram", axes: [{ values: attractiveness, label: "Offer attractiveness" }, { values: means, label: "Threshold mean" }], cells, runs: 4, onPick: () => {} });
    expectGolden("sweep-heatmap", normalisedSvg(root));
  });
  it("the sweep's line chart draws its golden SVG", () => {
    const root = container();
    const line = cells.filter((c) => c.values[1] === 0.3).map((c, k) => ({ ...c, index: k, values: [c.values[0]] }));
    renderSweepLineChart(root, { title: "Cascade probability", axis: { values: attractiveness, label: "Offer attractiveness", log: false }, cells: line, runs: 4, onPick: () => {} });
    expectGolden("sweep-line", normalisedSvg(root));
  });
});
