/**
 * The sweep's chart on the page: a figure with its title, the chart (a line chart for one
 * parameter, a phase diagram for two), its text alternative and the export buttons; drawn from
 * the finished cells.
 */
import type { SweepSpec } from "../../sweep/sweepSpec";
import { renderSweepHeatmap } from "../charts/sweep/sweepHeatmap";
import { renderSweepLineChart } from "../charts/sweep/sweepLineChart";
import type { SweepCell } from "../charts/sweep/sweepCell";
import { appendElement as el } from "../appendElement";
import type { AxisScale } from "./sweepForm";

export interface SweepFigure {
  body: HTMLElement;
  csvButton: HTMLButtonElement;
  svgButton: HTMLButtonElement;
  pngButton: HTMLButtonElement;
  /** Draws `cells` of the sweep; `onPick` gets a clicked cell. */
  draw(sweep: { spec: SweepSpec; scales: AxisScale[]; labels: string[] }, cells: readonly SweepCell[], onPick: (cell: SweepCell) => void): void;
  clear(): void;
}

export function sweepFigure(root: HTMLElement): SweepFigure {
  const figure = el(root, "section", { class: "chart sweep-chart", id: "sweep-chart", "aria-labelledby": "sweep-chart-title" });
  const title = el(figure, "h3", { id: "sweep-chart-title" }, "Sweep");
  const body = el(figure, "div", { class: "chart-body", id: "sweep-chart-body" });
  const alt = el(figure, "p", { class: "chart-alt", id: "sweep-chart-alt" });
  const exports = el(figure, "div", { class: "chart-exports" });
  const csvButton = el(exports, "button", { type: "button", id: "sweep-download-csv" }, "Grid CSV");
  const svgButton = el(exports, "button", { type: "button", id: "sweep-download-svg", "aria-label": "SVG: sweep chart" }, "SVG");
  const pngButton = el(exports, "button", { type: "button", id: "sweep-download-png", "aria-label": "PNG: sweep chart" }, "PNG");
  figure.hidden = true;
  return {
    body,
    csvButton,
    svgButton,
    pngButton,
    draw({ spec, scales, labels }, cells, onPick) {
      figure.hidden = false;
      title.textContent = spec.axes.length === 2 ? `Phase diagram: probability of a cascade (${spec.name})` : `Cascade probability and final share (${spec.name})`;
      if (spec.axes.length === 2)
        renderSweepHeatmap(body, { title: title.textContent, axes: spec.axes.map((a, k) => ({ values: a.values, label: labels[k] })), cells, runs: spec.runs, onPick });
      else renderSweepLineChart(body, { title: title.textContent, axis: { values: spec.axes[0].values, label: labels[0], log: scales[0] === "log" }, cells, runs: spec.runs, onPick });
      alt.textContent = summary(spec, cells, labels);
    },
    clear() {
      body.replaceChildren();
    },
  };
}

function summary(spec: SweepSpec, cells: readonly SweepCell[], labels: string[]): string {
  if (cells.length === 0) return "No cells finished yet.";
  const likely = cells.filter((c) => (c.stats.cascadeProbability ?? 0) >= 0.5).length;
  return `${cells.length} of ${spec.cells} cells done over ${labels.join(" and ")}, ${spec.runs} runs each; a cascade is at least as likely as not in ${likely} of them.`;
}
